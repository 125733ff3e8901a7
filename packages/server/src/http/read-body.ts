import type { IncomingMessage } from "node:http";
import type { Context } from "hono";

/**
 * The request body as one ArrayBuffer of its own (so it can be handed to a worker thread whole).
 * A body Node serves with a Content-Length is read from the socket straight into a buffer of that
 * size, piece by piece as it arrives: nothing is copied twice, and a 4 MiB body never holds the
 * event loop in one long copy at its end (through a web Request it did, for tens of milliseconds,
 * while a small sync waited). Anything else (a chunked body, which Hono's limit counted as it came,
 * or a request made without a socket, as in tests) is read through Hono.
 */
export const readBody = (c: Context): Promise<ArrayBuffer> => {
  const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
  const length = Number(c.req.header("content-length"));
  const untouched = incoming !== undefined && incoming.readableFlowing === null && !incoming.readableEnded;
  if (!untouched || !Number.isSafeInteger(length) || c.req.header("transfer-encoding") !== undefined) return c.req.arrayBuffer();
  return new Promise((resolve, reject) => {
    const bytes = new Uint8Array(length);
    let at = 0;
    const cut = () => reject(new Error("The body did not arrive whole."));
    incoming.on("data", (piece: Buffer) => {
      // Node's parser holds a body to its Content-Length; this only guards the buffer.
      if (at + piece.length > length) return incoming.destroy();
      bytes.set(piece, at);
      at += piece.length;
    });
    incoming.once("end", () => (at === length ? resolve(bytes.buffer) : cut()));
    incoming.once("error", cut);
    incoming.once("close", () => {
      if (at !== length) cut();
    });
  });
};
