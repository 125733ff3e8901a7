import { Fragment } from "react";
import { familyOf } from "@inward/core/page";

/** Feelings named in a list, each in its family's colour; read aloud as words with commas. */
export const Feelings = ({ words }: { words: readonly string[] }) => (
  <span className="feelings">
    {words.map((word, i) => (
      <Fragment key={word}>
        {i === 0 ? null : <span className="visually-hidden">, </span>}
        <span className="feeling" data-family={familyOf(word)} dir="auto">
          {word}
        </span>
      </Fragment>
    ))}
  </span>
);
