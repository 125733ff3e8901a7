import { useEffect, useId, useRef, useState } from "react";

type Props = {
  label: string;
  /** Shown to screen readers only, where the group's question already says it. */
  hideLabel?: boolean;
  placeholder?: string;
  maxLength: number;
  addLabel: string;
  /** A word, trimmed and never empty; the list decides whether it already holds it. */
  onAdd: (word: string) => void;
};

/**
 * A word of the person's own, added to a list beside the given ones by Enter or Add. A word typed
 * and not yet added is added as the form around it is saved, so Save never drops it: the form's
 * own listener runs before the screen's save (React hears a submit only once it reaches the page's
 * root), and the editor keeps each change at once. Leaving the field adds nothing: that would move
 * the screen under a finger already on its way to a button.
 */
export const AddOwn = ({ label, hideLabel = false, placeholder, maxLength, addLabel, onAdd }: Props) => {
  const id = useId();
  const [own, setOwn] = useState("");
  const field = useRef<HTMLInputElement>(null);
  const add = () => {
    const word = own.trim();
    setOwn("");
    if (word !== "") onAdd(word);
  };
  const latest = useRef(add);
  latest.current = add;
  useEffect(() => {
    const form = field.current?.form;
    if (form == null) return;
    const beforeSave = () => latest.current();
    form.addEventListener("submit", beforeSave);
    return () => form.removeEventListener("submit", beforeSave);
  }, []);
  return (
    <div className="row">
      <div className="field grow">
        <label className={hideLabel ? "visually-hidden" : undefined} htmlFor={id}>
          {label}
        </label>
        <input
          id={id}
          ref={field}
          dir="auto"
          value={own}
          maxLength={maxLength}
          placeholder={placeholder}
          onChange={(e) => setOwn(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === "Enter") {
              e.preventDefault();
              add();
            }
          }}
        />
      </div>
      <button type="button" onClick={add} disabled={own.trim() === ""}>
        {addLabel}
      </button>
    </div>
  );
};
