// NOTE: core is compiled without DOM and without Node types, so that a file reaching for I/O
// (fetch, localStorage, node:fs) fails to compile. These are the only platform features core
// uses, standard in browsers, workers and Node alike. Add one here only if it does no I/O.

declare class TextEncoder {
  encode(input?: string): Uint8Array<ArrayBuffer>;
  encodeInto(source: string, destination: Uint8Array): { read: number; written: number };
}
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean });
  decode(input?: Uint8Array): string;
}
declare function btoa(data: string): string;
declare function atob(data: string): string;
declare var crypto: { getRandomValues<T extends Uint8Array>(array: T): T };
