/** Table shapes as Kysely sees them. Ciphertext is stored as base64 text: the server never reads it. */
export type UsersTable = {
  id: string;
  username: string;
  seed: string;
  kdf: string;
  auth_hash: string;
  recovery_auth_hash: string;
  key_id: string;
  wrapped_key: string;
  recovery_wrapped_key: string;
  rev: number;
  record_count: number;
  created_at: number;
  stored_bytes: number;
};

export type RecordsTable = {
  user_id: string;
  id: string;
  rev: number;
  ciphertext: string | null;
  size: number;
  mutation_id: string;
  updated_at: number;
};

export type MutationsTable = {
  user_id: string;
  mutation_id: string;
  result: string;
  created_at: number;
};

export type SessionsTable = {
  token_hash: string;
  user_id: string;
  created_at: number;
  last_seen_at: number;
};

export type LoginAttemptsTable = {
  key: string;
  failures: number;
  blocked_until: number;
  updated_at: number;
};

export type SecretsTable = { name: string; value: string };

export type DeviceTokensTable = { token_hash: string; user_id: string; created_at: number; last_used_at: number };

export type SharesTable = {
  id: string;
  user_id: string;
  ciphertext: string | null;
  created_at: number;
  expires_at: number;
  revoked_at: number | null;
};

export type BlobPartsTable = {
  user_id: string;
  blob_id: string;
  part: number;
  parts: number;
  ciphertext: string;
  size: number;
  created_at: number;
};

export type Database = {
  blob_parts: BlobPartsTable;
  shares: SharesTable;
  users: UsersTable;
  records: RecordsTable;
  mutations: MutationsTable;
  sessions: SessionsTable;
  login_attempts: LoginAttemptsTable;
  secrets: SecretsTable;
  device_tokens: DeviceTokensTable;
};
