import { describe, expect, it } from "vitest";
import { preparingClient } from "./connect.ts";

const url = process.env.DATABASE_URL;

describe("statements on a PostgreSQL server", () => {
  it.runIf(url !== undefined && url !== "")(
    "are parsed once per connection under a name, and a connection keeps a bounded number",
    async () => {
      const Client = preparingClient(3);
      const client = new Client({ connectionString: url });
      await client.connect();
      try {
        const prepared = async () => (await client.query("select name, statement from pg_prepared_statements order by name")).rows;
        for (let i = 0; i < 3; i++) expect((await client.query("select $1::int + 1 as n", [i])).rows).toEqual([{ n: i + 1 }]);
        // Run three times, parsed once; a statement without values is sent as it is.
        expect(await prepared()).toEqual([{ name: "inward_0", statement: "select $1::int + 1 as n" }]);
        for (const k of [2, 3, 4, 5]) expect((await client.query(`select $1::int + ${k} as n`, [1])).rows).toEqual([{ n: 1 + k }]);
        // Texts past the bound are still answered, unnamed.
        expect((await prepared()).map((r) => r.name)).toEqual(["inward_0", "inward_1", "inward_2"]);
      } finally {
        await client.end();
      }
    },
  );
});
