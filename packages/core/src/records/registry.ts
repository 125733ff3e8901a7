import type { z } from "zod";
import { InwardError } from "../errors.ts";
import { RecordBaseSchema } from "./record.ts";

/** One step from version `from` to `from + 1`. Steps are named, ordered and additive. */
export type Migration = { from: number; name: string; up: (data: unknown) => unknown };

export type KindDefinition<T, K extends string = string> = {
  kind: K;
  /** The current schema version; data older than this is migrated on the device after decrypt. */
  version: number;
  schema: z.ZodType<T>;
  migrations: readonly Migration[];
  /** Everything a person wrote in their own words: each save runs it through the crisis screen. */
  freeText: (data: T) => string[];
  /** Tidies input before it is checked (trims, drops repeats). */
  normalize?: (data: T) => T;
  /** A vault holds at most one record of this kind, under `singletonId`. */
  singleton?: boolean;
  /** The records this one links to (ids inside the ciphertext), and how to drop one when it is deleted. */
  links?: { of: (data: T) => readonly string[]; without: (data: T, id: string) => T };
};

export type TypedRecord<T> = {
  id: string;
  kind: string;
  v: number;
  createdAt: number;
  updatedAt: number;
  conflictOf?: string;
  data: T;
};

export type KindRegistry = ReadonlyMap<string, KindDefinition<unknown>>;

/** Any kind's definition, whatever its data. */
// biome-ignore lint/suspicious/noExplicitAny: a list of definitions of different data types
export type AnyKindDefinition = KindDefinition<any>;

export const createRegistry = (kinds: readonly AnyKindDefinition[]): KindRegistry => {
  const registry = new Map<string, KindDefinition<unknown>>();
  for (const def of kinds) {
    const froms = def.migrations.map((m) => m.from);
    const expected = Array.from({ length: def.version - 1 }, (_, i) => i + 1);
    if (froms.join() !== expected.join()) throw new Error(`migrations for ${def.kind} must cover 1..${def.version}`);
    registry.set(def.kind, def);
  }
  return registry;
};

/**
 * Validates a decrypted record and brings its data up to the kind's current version.
 * @example parseRecord(registry, JSON.parse(text)) // { kind: "journal-entry", v: 1, ... }
 */
export const parseRecord = (registry: KindRegistry, input: unknown): TypedRecord<unknown> => {
  const base = RecordBaseSchema.safeParse(input);
  if (!base.success) throw new InwardError("invalid-record", "A record is not in the expected shape.");
  const def = registry.get(base.data.kind);
  if (def === undefined) throw new InwardError("unknown-kind", `Records of kind "${base.data.kind}" are not known here.`);
  if (base.data.v > def.version) throw new InwardError("unsupported-version", "A record was written by a newer version of Inward.");
  let data = base.data.data;
  for (const step of def.migrations) if (step.from >= base.data.v) data = step.up(data);
  const parsed = def.schema.safeParse(data);
  if (!parsed.success) throw new InwardError("invalid-record", `A ${def.kind} record is not in the expected shape.`);
  const { conflictOf, ...rest } = base.data;
  return { ...rest, v: def.version, data: parsed.data, ...(conflictOf === undefined ? {} : { conflictOf }) };
};

/**
 * Tidies and checks data a person is about to save, the one way every save goes.
 * @example prepareData(registry, "check-in", input) // the normalized, valid data, or an InwardError
 */
export const prepareData = <T = unknown>(registry: KindRegistry, kind: string, input: unknown): { def: KindDefinition<T>; data: T } => {
  const def = registry.get(kind) as KindDefinition<T> | undefined;
  if (def === undefined) throw new InwardError("unknown-kind", `Records of kind "${kind}" are not known here.`);
  let parsed;
  try {
    parsed = def.schema.safeParse(def.normalize === undefined ? input : def.normalize(input as T));
  } catch {
    parsed = undefined;
  }
  if (parsed?.success !== true) {
    const tooLong = parsed?.error.issues.some((i) => i.code === "too_big" && (i.origin === "string" || i.origin === "array")) === true;
    throw new InwardError(tooLong ? "too-long" : "invalid-record", `A ${kind} record did not pass its schema.`);
  }
  return { def, data: parsed.data };
};
