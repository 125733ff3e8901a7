import { useId, type InputHTMLAttributes, type Ref } from "react";
import { Signal } from "./signal.tsx";

type Props = InputHTMLAttributes<HTMLInputElement> & {
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  ref?: Ref<HTMLInputElement>;
};

/** A labelled input; its hint and error are announced with it. */
export const Field = ({ label, hint, error, ...input }: Props) => {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint === undefined ? "" : hintId, error === undefined ? "" : errorId].filter(Boolean).join(" ");
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        {...input}
        aria-invalid={error === undefined ? undefined : true}
        aria-describedby={describedBy === "" ? undefined : describedBy}
      />
      {hint === undefined ? null : (
        <p id={hintId} className="hint" aria-live="polite">
          {hint}
        </p>
      )}
      {error === undefined ? null : (
        <Signal kind="error" id={errorId}>
          {error}
        </Signal>
      )}
    </div>
  );
};
