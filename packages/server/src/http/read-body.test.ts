import { request } from "node:http";
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { Hono } from "hono";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readBody } from "./read-body.ts";

describe("reading a body, over real HTTP", () => {
  let server: ReturnType<typeof serve>;
  let port = 0;
  const outcomes: string[] = [];
  const app = new Hono().post("/", async (c) => {
    try {
      const buffer = await readBody(c);
      const bytes = new Uint8Array(buffer);
      // Its own buffer, exactly the body: it can be handed to a worker thread whole.
      const summary = `${buffer.byteLength} ${bytes.every((b, i) => b === i % 251)}`;
      outcomes.push(summary);
      return c.text(summary);
    } catch (error) {
      outcomes.push(`refused: ${(error as Error).message}`);
      return c.text("refused", 400);
    }
  });
  beforeAll(async () => {
    await new Promise<void>((resolve) => {
      server = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" }, () => resolve());
    });
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const body = (size: number) => Buffer.from(Array.from({ length: size }, (_, i) => i % 251));

  /** Sends `size` bytes in pieces, with a Content-Length or chunked; `cut` stops after half. */
  const send = (size: number, how: "length" | "chunked" | "cut") =>
    new Promise<{ status: number; text: string } | "cut">((resolve, reject) => {
      const bytes = body(size);
      const req = request(
        {
          port,
          host: "127.0.0.1",
          method: "POST",
          path: "/",
          headers: how === "chunked" ? { "transfer-encoding": "chunked" } : { "content-length": size },
        },
        (res) => {
          let text = "";
          res.setEncoding("utf8");
          res.on("data", (d: string) => (text += d));
          res.on("end", () => resolve({ status: res.statusCode ?? 0, text }));
        },
      );
      req.on("error", (e) => (how === "cut" ? resolve("cut") : reject(e)));
      const half = size >> 1;
      req.write(bytes.subarray(0, half));
      if (how === "cut") setTimeout(() => req.destroy(), 50);
      else setTimeout(() => req.end(bytes.subarray(half)), 10);
    });

  it("reads a body with a length whole, straight from the socket, in pieces as they come", async () => {
    expect(await send(3_000_000, "length")).toEqual({ status: 200, text: "3000000 true" });
    expect(await send(0, "length")).toEqual({ status: 200, text: "0 true" });
  });

  it("reads a chunked body through Hono, and one without a socket too", async () => {
    expect(await send(100_000, "chunked")).toEqual({ status: 200, text: "100000 true" });
    const res = await app.request("/", { method: "POST", body: body(1000) });
    expect(await res.text()).toBe("1000 true");
  });

  it("refuses a body cut off partway, and keeps nothing of it", async () => {
    outcomes.length = 0;
    expect(await send(200_000, "cut")).toBe("cut");
    await expect.poll(() => outcomes).toEqual(["refused: The body did not arrive whole."]);
  });
});
