import { z } from "zod";
import { API_ERROR_CODES } from "../errors.ts";
import { base64Length, isBase64 } from "../bytes.ts";
import { KdfParamsSchema } from "../crypto/kdf.ts";
import { LIMITS } from "./limits.ts";

/** Protocol version 1. Request and response shapes shared by server, web and cli. */
export const API_VERSION = 1;

const base64Of = (bytes: number) =>
  z.string().refine((s) => isBase64(s) && base64Length(s) === bytes, { message: `must be ${bytes} bytes of base64` });
const base64Max = (maxBytes: number) =>
  z
    .string()
    .max(Math.ceil(maxBytes / 3) * 4)
    .refine((s) => isBase64(s) && s.length > 0, { message: "must be base64" });

export const UsernameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(3, "Usernames have at least 3 characters.")
  .max(64, "Usernames have at most 64 characters.")
  .regex(/^[a-z0-9][a-z0-9._-]*$/, "Use letters, digits, dots, dashes or underscores.");

export const RegisterRequestSchema = z.strictObject({
  username: UsernameSchema,
  userId: z.uuid(),
  seed: base64Of(32),
  kdf: KdfParamsSchema,
  authKey: base64Of(32),
  keyId: z.uuid(),
  wrappedKey: base64Max(256),
  recoveryAuthKey: base64Of(32),
  recoveryWrappedKey: base64Max(256),
});
export type RegisterRequest = z.infer<typeof RegisterRequestSchema>;

export const ParamsRequestSchema = z.strictObject({ username: UsernameSchema });
export const ParamsResponseSchema = z.strictObject({ userId: z.uuid(), seed: base64Of(32), kdf: KdfParamsSchema });
export type ParamsResponse = z.infer<typeof ParamsResponseSchema>;

export const LoginRequestSchema = z.strictObject({ username: UsernameSchema, authKey: base64Of(32) });
/** Deleting an account and everything in it: asked from a signed-in device, proven again with the passphrase. */
export const DeleteAccountRequestSchema = z.strictObject({ authKey: base64Of(32) });
export const SessionResponseSchema = z.strictObject({
  username: z.string(),
  userId: z.uuid(),
  keyId: z.uuid(),
  wrappedKey: z.string(),
  recoveryWrappedKey: z.string(),
});
export type SessionResponse = z.infer<typeof SessionResponseSchema>;

/** Proves who may change the way in: the current auth key, or the recovery kit's auth key. */
export const ProofSchema = z.discriminatedUnion("method", [
  z.strictObject({ method: z.literal("passphrase"), authKey: base64Of(32) }),
  z.strictObject({ method: z.literal("recovery"), recoveryAuthKey: base64Of(32) }),
]);

/**
 * Replaces the passphrase (and, with `recovery`, the recovery kit) in one step: the same data key,
 * newly wrapped. Every session of the account ends; the caller gets a fresh one.
 */
export const RekeyRequestSchema = z.strictObject({
  username: UsernameSchema,
  proof: ProofSchema,
  keyId: z.uuid(),
  seed: base64Of(32),
  kdf: KdfParamsSchema,
  authKey: base64Of(32),
  wrappedKey: base64Max(256),
  recovery: z.strictObject({ recoveryAuthKey: base64Of(32), recoveryWrappedKey: base64Max(256) }).optional(),
});
export type RekeyRequest = z.infer<typeof RekeyRequestSchema>;

/** A device with only the recovery kit asks for the wrapped keys, to open the vault and rekey it. */
export const RecoverRequestSchema = z.strictObject({ username: UsernameSchema, recoveryAuthKey: base64Of(32) });

const Rev = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);
const Ciphertext = base64Max(LIMITS.recordBytes);

export const PushItemSchema = z.strictObject({
  id: z.uuid(),
  baseRev: Rev,
  ciphertext: Ciphertext.nullable(),
  mutationId: z.uuid(),
});
export type PushItem = z.infer<typeof PushItemSchema>;

export const SyncRequestSchema = z.strictObject({
  cursor: Rev,
  push: z.array(PushItemSchema).max(LIMITS.pushBatch),
});
export type SyncRequest = z.infer<typeof SyncRequestSchema>;

export const AcceptedSchema = z.strictObject({ id: z.uuid(), mutationId: z.uuid(), rev: Rev });
export const ConflictSchema = z.strictObject({
  id: z.uuid(),
  mutationId: z.uuid(),
  rev: Rev,
  ciphertext: z.string().nullable(),
  /** The mutation that wrote the server's version, so a device can spot its own lost write. */
  lastMutationId: z.uuid().nullable(),
});
export const PulledSchema = z.strictObject({ id: z.uuid(), rev: Rev, ciphertext: z.string().nullable() });
export type Accepted = z.infer<typeof AcceptedSchema>;
export type Conflict = z.infer<typeof ConflictSchema>;
export type Pulled = z.infer<typeof PulledSchema>;

export const SyncResponseSchema = z.strictObject({
  accepted: z.array(AcceptedSchema),
  conflicts: z.array(ConflictSchema),
  pull: z.array(PulledSchema),
  cursor: Rev,
  more: z.boolean(),
});
export type SyncResponse = z.infer<typeof SyncResponseSchema>;

/** Every error answer has this shape; `code` is stable, `message` is for people. */
export const ErrorBodySchema = z.object({
  error: z.object({ code: z.enum(API_ERROR_CODES), message: z.string(), id: z.string().optional() }),
});
export type ErrorBody = z.infer<typeof ErrorBodySchema>;

/** A page shared with a practitioner: sealed on the device with a key that lives only in the link. */
export const ShareCreateRequestSchema = z.strictObject({
  id: z.uuid(),
  ciphertext: base64Max(LIMITS.shareBytes),
  expiresAt: z.number().int().positive(),
});
/** One part of a photo's ciphertext, and how many parts the whole has. */
export const BlobPartSchema = z.strictObject({
  parts: z.number().int().min(1).max(LIMITS.blobParts),
  ciphertext: base64Max(LIMITS.blobPartBytes),
});
export type BlobPart = z.infer<typeof BlobPartSchema>;
export const ShareStateSchema = z.enum(["active", "expired", "revoked"]);
export type ShareState = z.infer<typeof ShareStateSchema>;
export const ShareListResponseSchema = z.strictObject({
  shares: z.array(z.strictObject({ id: z.uuid(), createdAt: z.number(), expiresAt: z.number(), state: ShareStateSchema })),
});
export type ShareList = z.infer<typeof ShareListResponseSchema>;
/** What anyone with the link fetches: the ciphertext, and when it stops opening. */
export const ShareGetResponseSchema = z.strictObject({ ciphertext: z.string(), createdAt: z.number(), expiresAt: z.number() });
