import type { ComponentProps } from "react";

/**
 * How a save, a sync or an action stands, in one quiet way everywhere: a small dot in a colour
 * and a few words. Green when kept, blue while working, amber while waiting, red only when
 * something needs the person.
 */
export type SignalKind = "idle" | "working" | "done" | "waiting" | "error";

type Props = { kind: SignalKind } & Omit<ComponentProps<"p">, "className">;

/** An error is said at once (an alert); anything else politely, when the reader is ready. */
export const Signal = ({ kind, ...rest }: Props) => (
  <p
    className={`signal signal-${kind}`}
    role={kind === "error" ? "alert" : "status"}
    aria-live={kind === "error" ? undefined : "polite"}
    {...rest}
  />
);
