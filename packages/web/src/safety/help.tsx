import { useCallback, useEffect, useId, useRef, useState } from "react";
import { helpFor, LAST_CHECKED, listedCountries } from "@inward/core/crisis-lines";
import { useCountry } from "./country.ts";
import { type PlanCopy, readPlanCopy } from "./plan-copy.ts";
import { PlanView } from "./plan-view.tsx";
import { href } from "../shell/router.ts";
import { t } from "./strings.ts";
import { BreathingPacer } from "../ui/breathing-pacer.tsx";
import { CrisisLines } from "./crisis-lines.tsx";
import { OPEN_HELP } from "./open-help.ts";

/**
 * Help on every screen, locked or not, online or not: one tap on the button, or Alt+H.
 * Everything here is built in, so it works with no network and no unlock.
 */
export const Help = ({ unlocked }: { unlocked: boolean }) => {
  const dialog = useRef<HTMLDialogElement>(null);
  const selectId = useId();
  const [country, choose] = useCountry();
  const help = helpFor(country);
  /** Set once Help has been opened: only then is the locked copy of the plan read. */
  const [opened, setOpened] = useState(false);
  const open = useCallback(() => {
    setOpened(true);
    dialog.current?.showModal();
  }, []);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey && (e.key === "h" || e.key === "H" || e.code === "KeyH")) {
        e.preventDefault();
        open();
      }
    };
    window.addEventListener("keydown", onKey);
    window.addEventListener(OPEN_HELP, open);
    return () => {
      window.removeEventListener("keydown", onKey);
      window.removeEventListener(OPEN_HELP, open);
    };
  }, [open]);

  return (
    <>
      <button type="button" className="help-button" onClick={open} aria-haspopup="dialog" aria-keyshortcuts="Alt+H">
        {t.help.button}
      </button>
      <dialog ref={dialog} className="help-dialog" aria-labelledby="help-title">
        <div className="stack">
          <div className="row spread">
            <h2 id="help-title">{t.help.title}</h2>
            <button type="button" onClick={() => dialog.current?.close()}>
              {t.help.close}
            </button>
          </div>
          <CrisisLines country={help.country} />
          <div className="field">
            <label htmlFor={selectId}>{t.help.country}</label>
            <select id={selectId} value={help.country} onChange={(e) => choose(e.target.value)}>
              {listedCountries().map((c) => (
                <option key={c.code} value={c.code}>
                  {c.name}
                </option>
              ))}
            </select>
          </div>
          <h3>{t.help.groundTitle}</h3>
          <ol className="grounding">
            {t.help.ground.map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ol>
          <h3>{t.help.breatheTitle}</h3>
          <BreathingPacer cycles={6} />
          <h3>{t.help.planTitle}</h3>
          {unlocked ? (
            <p>
              <a href={href({ name: "safety-plan" })} onClick={() => dialog.current?.close()}>
                {t.help.openPlan}
              </a>
            </p>
          ) : opened ? (
            <LockedPlan />
          ) : null}
          <p className="hint">
            {t.help.checked(LAST_CHECKED)} {t.help.shortcut}
          </p>
        </div>
      </dialog>
    </>
  );
};

/** The person's own plan while locked, only if they chose to keep a readable copy here. */
const LockedPlan = () => {
  const [copy, setCopy] = useState<PlanCopy | undefined>();
  useEffect(() => {
    let live = true;
    // A copy that cannot be read (changed by hand, or by another program) says so calmly.
    void readPlanCopy()
      .catch((): PlanCopy => ({ state: "unreadable" }))
      .then((c) => live && setCopy(c));
    return () => {
      live = false;
    };
  }, []);
  if (copy === undefined) return <p aria-busy="true">…</p>;
  if (copy.state === "ok") return <PlanView data={copy.data} />;
  return <p>{copy.state === "none" ? t.help.planLocked : t.help.planUnreadable}</p>;
};
