import type { ScreenResult } from "@inward/core/page";
import { type FormEvent, type ReactNode, useId } from "react";
import { SafetyCard } from "../safety/safety-card.tsx";

type Props = {
  /** What the crisis screen noticed in the last save, and how the person puts it away. */
  editor: { concern: ScreenResult | undefined; close: () => void };
  /** Enter or Save: the form is never sent anywhere, only handed to this. */
  onSubmit: () => void;
  /** The way back to the list, and anything that sits beside it. */
  back: { href: string; label: string; aside?: ReactNode };
  title: ReactNode;
  /** The title as the person wrote it, in their own direction of writing. */
  titleIsTheirs?: boolean;
  /** Anything said between the title and what the crisis screen noticed. */
  intro?: ReactNode;
  children: ReactNode;
};

/**
 * The frame of a record's screen: a form named by its title, the way back, and the safety card
 * right under the title when the last save asked for it, so it appears in view.
 */
export const RecordForm = ({ editor, onSubmit, back, title, titleIsTheirs = false, intro, children }: Props) => {
  const titleId = `${useId()}-title`;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit();
  };
  const backLink = <a href={back.href}>← {back.label}</a>;
  return (
    <form className="stack" onSubmit={submit} noValidate aria-labelledby={titleId}>
      {back.aside === undefined ? (
        backLink
      ) : (
        <div className="row spread">
          {backLink}
          {back.aside}
        </div>
      )}
      <h1 id={titleId} dir={titleIsTheirs ? "auto" : undefined}>
        {title}
      </h1>
      {intro}
      {editor.concern === undefined ? null : <SafetyCard concern={editor.concern} onClose={editor.close} />}
      {children}
    </form>
  );
};
