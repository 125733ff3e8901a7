import type { PGlite } from "@electric-sql/pglite";
import {
  CompiledQuery,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type Kysely,
  type QueryResult,
} from "kysely";

/**
 * A Kysely dialect over PGlite (PostgreSQL compiled to WASM), so every storage test runs on a
 * real PostgreSQL engine with no server to set up. PGlite has one connection: a lock serialises it.
 */
export const createPgliteDialect = (pglite: PGlite): Dialect => {
  let queue: Promise<void> = Promise.resolve();
  const connection: DatabaseConnection = {
    async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
      const result = await pglite.query<R>(query.sql, [...query.parameters]);
      return {
        rows: result.rows,
        ...(result.affectedRows === undefined ? {} : { numAffectedRows: BigInt(result.affectedRows) }),
      };
    },
    streamQuery() {
      throw new Error("streaming is not used");
    },
  };
  let release: (() => void) | undefined;
  const driver: Driver = {
    init: async () => {},
    acquireConnection: async () => {
      const previous = queue;
      let done!: () => void;
      queue = new Promise((resolve) => (done = resolve));
      await previous;
      release = done;
      return connection;
    },
    beginTransaction: async (conn) => void (await conn.executeQuery(CompiledQuery.raw("begin"))),
    commitTransaction: async (conn) => void (await conn.executeQuery(CompiledQuery.raw("commit"))),
    rollbackTransaction: async (conn) => void (await conn.executeQuery(CompiledQuery.raw("rollback"))),
    releaseConnection: async () => release?.(),
    destroy: async () => pglite.close(),
  };
  return {
    createAdapter: () => new PostgresAdapter(),
    createDriver: () => driver,
    createQueryCompiler: () => new PostgresQueryCompiler(),
    createIntrospector: (db: Kysely<unknown>) => new PostgresIntrospector(db),
  };
};
