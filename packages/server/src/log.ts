/** Operator logs: one JSON line each. Never secrets, ciphertext, usernames or record ids. */
export type Logger = {
  info(message: string, fields?: Record<string, string | number | boolean>): void;
  error(message: string, fields?: Record<string, string | number | boolean>): void;
};

export const createLogger = (level: "silent" | "info", write: (line: string) => void = (l) => process.stdout.write(l)): Logger => {
  const emit = (lvl: string, message: string, fields: Record<string, string | number | boolean> = {}) => {
    if (level === "silent") return;
    write(`${JSON.stringify({ t: new Date().toISOString(), level: lvl, message, ...fields })}\n`);
  };
  return { info: (m, f) => emit("info", m, f), error: (m, f) => emit("error", m, f) };
};
