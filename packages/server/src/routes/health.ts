import { Hono } from "hono";
import { sql } from "kysely";
import type { AppDeps } from "../app-deps.ts";

export const healthRoutes = (deps: AppDeps) =>
  new Hono().get("/health", async (c) => {
    await sql`select 1`.execute(deps.db);
    return c.json({ ok: true, api: 1 });
  });
