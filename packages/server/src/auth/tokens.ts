import { createHash, createHmac, randomBytes } from "node:crypto";

/** 256-bit session tokens; only their SHA-256 is stored, so a database thief cannot reuse them. */
export const newSessionToken = (): string => randomBytes(32).toString("base64url");
export const hashToken = (token: string): string => createHash("sha256").update(token).digest("hex");

export const hmac = (secret: string, label: string): Buffer => createHmac("sha256", secret).update(label).digest();
