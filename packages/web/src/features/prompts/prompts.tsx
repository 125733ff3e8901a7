import { useEffect, useRef, useState } from "react";
import { PROMPT_THEMES, PROMPTS, shufflePrompt, type Prompt } from "@inward/core/page";
import { t } from "./strings.ts";
import { ReadinessGate } from "../practices/index.ts";
import { openHelp } from "../../safety/open-help.ts";

/** Themes whose prompts reach into childhood: the readiness questions come first. */
const DEEPER_THEMES = new Set(["inner-child"]);

/** Runs once the readiness questions let the person through. */
const Proceed = ({ onProceed }: { onProceed: () => void }) => {
  useEffect(onProceed, []);
  return null;
};

/** Journal prompts: one at random (shuffle again any time), or browse by theme; start an entry from one. */
export const Prompts = ({ onWrite, random = Math.random }: { onWrite: (prompt: Prompt) => void; random?: () => number }) => {
  const [theme, setTheme] = useState<string | undefined>();
  const [current, setCurrent] = useState(() => shufflePrompt(random()));
  const [asking, setAsking] = useState<Prompt | undefined>();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const shuffle = () => setCurrent((p) => shufflePrompt(random(), p.id, theme));
  const chooseTheme = (id: string | undefined) => {
    setTheme(id);
    setCurrent((p) => (id === undefined || p.theme === id ? p : shufflePrompt(random(), p.id, id)));
  };
  const write = (prompt: Prompt) => (DEEPER_THEMES.has(prompt.theme) ? setAsking(prompt) : onWrite(prompt));
  if (asking !== undefined) {
    return (
      <ReadinessGate title={t.prompts.childTitle} leave={() => setAsking(undefined)}>
        <Proceed onProceed={() => onWrite(asking)} />
      </ReadinessGate>
    );
  }
  const list = PROMPTS.filter((p) => theme === undefined || p.theme === theme);
  const themeName = (id: string) => PROMPT_THEMES.find((x) => x.id === id)?.name ?? id;

  return (
    <section className="stack" aria-labelledby="prompts-title">
      <h1 id="prompts-title" ref={heading} tabIndex={-1}>
        {t.prompts.title}
      </h1>
      <p className="lead">{t.prompts.lead}</p>
      <div className="card stack-sm prompt-card" aria-live="polite">
        <span className="hint">{themeName(current.theme)}</span>
        <p className="prompt-text">{current.text}</p>
        <div className="row">
          <button type="button" className="primary" onClick={() => write(current)}>
            {t.prompts.write}
          </button>
          <button type="button" onClick={shuffle}>
            {t.prompts.shuffle}
          </button>
        </div>
      </div>
      <h2>{t.prompts.browse}</h2>
      <div className="choice-row" role="group" aria-label={t.prompts.browse}>
        <button type="button" className="chip" aria-pressed={theme === undefined} onClick={() => chooseTheme(undefined)}>
          {t.prompts.all}
        </button>
        {PROMPT_THEMES.map((th) => (
          <button key={th.id} type="button" className="chip" aria-pressed={theme === th.id} onClick={() => chooseTheme(th.id)}>
            {th.name}
          </button>
        ))}
      </div>
      {theme !== undefined && DEEPER_THEMES.has(theme) ? (
        <p className="note row spread">
          <span>{t.prompts.gently}</span>
          <button type="button" onClick={openHelp}>
            {t.prompts.help}
          </button>
        </p>
      ) : null}
      <ul className="entry-list prompt-list" aria-label={theme === undefined ? t.prompts.all : themeName(theme)}>
        {list.map((p) => (
          <li key={p.id} className="row spread">
            <span>{p.text}</span>
            <button type="button" className="link-button" onClick={() => write(p)} aria-label={`${t.prompts.write}: ${p.text}`}>
              {t.prompts.write}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
};
