import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { Hono } from "hono";
import { afterAll, describe, expect, it } from "vitest";
import { chooseEncoding, serveWeb } from "./static.ts";

const root = mkdtempSync(join(tmpdir(), "inward-static-"));
mkdirSync(join(root, "assets"));
const script = `export const words = ${JSON.stringify(Array.from({ length: 2000 }, (_, i) => `word ${i}`))};\n`;
writeFileSync(join(root, "index.html"), `<!doctype html><title>Inward</title>${"<p>calm</p>".repeat(300)}`);
writeFileSync(join(root, "assets", "app-abc.js"), script);
writeFileSync(join(root, "assets", "icon.png"), Buffer.alloc(4096, 1));
const app = new Hono().use(serveWeb(root));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const get = (path: string, acceptEncoding?: string) =>
  app.request(path, acceptEncoding === undefined ? {} : { headers: { "accept-encoding": acceptEncoding } });

describe("serving the web app", () => {
  it("sends text as Brotli when the browser takes it, else gzip, else plain, and says it varies", async () => {
    const br = await get("/assets/app-abc.js", "gzip, deflate, br");
    expect(br.headers.get("content-encoding")).toBe("br");
    expect(br.headers.get("vary")).toBe("Accept-Encoding");
    expect(br.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    const packed = Buffer.from(await br.arrayBuffer());
    expect(packed.length).toBeLessThan(script.length / 3);
    expect(brotliDecompressSync(packed).toString()).toBe(script);

    const gz = await get("/assets/app-abc.js", "gzip");
    expect(gz.headers.get("content-encoding")).toBe("gzip");
    expect(gunzipSync(Buffer.from(await gz.arrayBuffer())).toString()).toBe(script);

    const refused = await get("/assets/app-abc.js", "br;q=0, gzip;q=0");
    expect(refused.headers.get("content-encoding")).toBeNull();
    expect(await refused.text()).toBe(script);
    expect((await get("/assets/app-abc.js")).headers.get("content-encoding")).toBeNull();
  });

  it("compresses the page too, keeps it revalidated, and leaves images as they are", async () => {
    const page = await get("/some/route", "br");
    expect(page.headers.get("content-encoding")).toBe("br");
    expect(page.headers.get("cache-control")).toBe("no-cache");
    expect(brotliDecompressSync(Buffer.from(await page.arrayBuffer())).toString()).toContain("<title>Inward</title>");
    const png = await get("/assets/icon.png", "br");
    expect(png.headers.get("content-encoding")).toBeNull();
    expect((await png.arrayBuffer()).byteLength).toBe(4096);
  });

  it("reads Accept-Encoding with its weights", () => {
    expect(chooseEncoding("br")).toBe("br");
    expect(chooseEncoding("gzip;q=0.5, br;q=0")).toBe("gzip");
    expect(chooseEncoding("*")).toBe("br");
    expect(chooseEncoding("*;q=0, gzip")).toBe("gzip");
    expect(chooseEncoding("identity")).toBeUndefined();
    expect(chooseEncoding(undefined)).toBeUndefined();
  });
});
