import { request } from "node:http";
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { Hono } from "hono";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { limitBody } from "./body-limit.ts";

const LIMIT = 1000;

describe("the body limit, over real HTTP", () => {
  let server: ReturnType<typeof serve>;
  let port = 0;
  beforeAll(async () => {
    const app = new Hono();
    app.use(
      "*",
      limitBody(LIMIT, (c) => {
        throw Object.assign(new Error("too large"), { status: 413, path: c.req.path });
      }),
    );
    app.post("/", async (c) => c.text(String((await c.req.arrayBuffer()).byteLength)));
    app.get("/", (c) => c.text("got"));
    app.onError((e, c) => c.text(e.message, (e as { status?: 413 }).status ?? 500));
    await new Promise<void>((resolve) => {
      server = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" }, () => resolve());
    });
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  /** Sends `size` bytes, with a Content-Length or chunked in two writes. */
  const send = (method: string, size: number, chunked: boolean) =>
    new Promise<{ status: number; text: string }>((resolve, reject) => {
      const body = Buffer.alloc(size, 97);
      const req = request(
        { port, host: "127.0.0.1", method, path: "/", headers: chunked ? { "transfer-encoding": "chunked" } : { "content-length": size } },
        (res) => {
          let text = "";
          res.setEncoding("utf8");
          res.on("data", (d: string) => (text += d));
          res.on("end", () => resolve({ status: res.statusCode ?? 0, text }));
        },
      );
      req.on("error", reject);
      if (chunked) {
        req.write(body.subarray(0, size >> 1));
        req.end(body.subarray(size >> 1));
      } else req.end(body);
    });

  it("lets a body within the limit through whole, with a length or chunked", async () => {
    expect(await send("POST", LIMIT, false)).toEqual({ status: 200, text: String(LIMIT) });
    expect(await send("POST", LIMIT, true)).toEqual({ status: 200, text: String(LIMIT) });
    expect(await send("POST", 0, false)).toEqual({ status: 200, text: "0" });
  });

  it("refuses a body over the limit, by its length or as it is counted", async () => {
    expect((await send("POST", LIMIT + 1, false)).status).toBe(413);
    expect((await send("POST", LIMIT * 5, true)).status).toBe(413);
  });

  it("leaves GET alone", async () => {
    expect(await send("GET", 0, false)).toEqual({ status: 200, text: "got" });
  });
});
