import { type ErrorCode, isErrorCode } from "@inward/core/page";
import type { Call, Reply } from "./protocol.ts";

type Port = { postMessage(message: unknown): void; addEventListener(type: "message", fn: (e: MessageEvent) => void): void };
type Handlers = Record<string, (...args: never[]) => Promise<unknown>>;

/** An error that crossed the worker boundary: a shared code (the words come from it) and a detail for logs. */
export class RemoteError extends Error {
  readonly code: ErrorCode;
  constructor(code: unknown, detail: string) {
    super(detail);
    this.code = isErrorCode(code) ? code : "unknown";
  }
}

const toWire = (error: unknown): { code: ErrorCode; message: string } => {
  const code = error instanceof Error && "code" in error && isErrorCode(error.code) ? error.code : "unknown";
  return { code, message: error instanceof Error ? error.message : "unknown" };
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
