import type { Call, Reply } from "./protocol.ts";

type Port = { postMessage(message: unknown): void; addEventListener(type: "message", fn: (e: MessageEvent) => void): void };
type Handlers = Record<string, (...args: never[]) => Promise<unknown>>;

/** An error that crossed the worker boundary: a stable code and a message for people. */
export class RemoteError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.code = code;
  }
}

const toWire = (error: unknown): { code: string; message: string } => {
  const e = error as { code?: unknown; kind?: unknown; message?: unknown };
  const code = typeof e?.code === "string" ? e.code : typeof e?.kind === "string" ? e.kind : "unknown";
  return { code, message: typeof e?.message === "string" ? e.message : "Something went wrong." };
};

/** Calls in both directions over one message port: the page calls the worker, the worker calls the page. */
export const createEndpoint = (port: Port, handlers: Handlers) => {
  let next = 0;
  const waiting = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  port.addEventListener("message", (event: MessageEvent) => {
    const msg = event.data as Call | Reply;
    if (msg.kind === "reply") {
      const w = waiting.get(msg.id);
      waiting.delete(msg.id);
      if (msg.error !== undefined) w?.reject(new RemoteError(msg.error.code, msg.error.message));
      else w?.resolve(msg.result);
      return;
    }
    const handler = handlers[msg.method] as ((...args: unknown[]) => Promise<unknown>) | undefined;
    const answer = (reply: Omit<Reply, "kind" | "id">) => port.postMessage({ kind: "reply", id: msg.id, ...reply });
    if (handler === undefined) return answer({ error: { code: "unknown", message: `No method ${msg.method}` } });
    handler(...msg.args).then(
      (result) => answer({ result }),
      (error: unknown) => answer({ error: toWire(error) }),
    );
  });
  const call = (method: string, ...args: unknown[]): Promise<unknown> =>
    new Promise((resolve, reject) => {
      const id = next++;
      waiting.set(id, { resolve, reject });
      port.postMessage({ kind: "call", id, method, args } satisfies Call);
    });
  return { call };
};
