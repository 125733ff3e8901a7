import { useState } from "react";

/** Items shown at first in a long list, and added each time a person asks for older ones. */
export const PAGE = 50;

/**
 * The first `PAGE` of a long list, newest first, and a way to show older ones a page at a time:
 * a screen draws what a person can read, not ten years at once.
 * @example const { shown, more } = useShowOlder(items, words); // render `shown`, then `more`
 */
export const useShowOlder = <T,>(
  items: readonly T[],
  words: { button: (n: number) => string; left: (n: number) => string },
  /** When this changes (a filter), the list starts again from its first page. */
  from?: unknown,
) => {
  const [upTo, setUpTo] = useState({ n: PAGE, from });
  const n = upTo.from === from ? upTo.n : PAGE;
  const left = items.length - n;
  return {
    shown: items.slice(0, n),
    more:
      left > 0 ? (
        <p className="row">
          <button type="button" onClick={() => setUpTo({ n: n + PAGE, from })}>
            {words.button(Math.min(PAGE, left))}
          </button>
          {left > PAGE ? <span className="hint">{words.left(left)}</span> : null}
        </p>
      ) : null,
  };
};
