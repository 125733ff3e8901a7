import { useCallback, useEffect, useId, useRef, useState } from "react";
import { countryFromLocale, DIRECTORY, helpFor, LAST_CHECKED, listedCountries } from "@inward/core/crisis-lines";
import { t } from "../strings.ts";

const COUNTRY_KEY = "inward.country";

const initialCountry = (): string => {
  try {
    const saved = localStorage.getItem(COUNTRY_KEY);
    if (saved !== null && /^[A-Z]{2}$/.test(saved)) return saved;
  } catch {
    // Storage can be unavailable; the locale still works.
  }
  return countryFromLocale(navigator.language) ?? "US";
};

/**
 * Help on every screen, locked or not, online or not: one tap on the button, or Alt+H.
 * Everything here is built in, so it works with no network and no unlock.
 */
export const Help = () => {
  const dialog = useRef<HTMLDialogElement>(null);
  const selectId = useId();
  const [country, setCountry] = useState(initialCountry);
  const help = helpFor(country);
  const open = useCallback(() => dialog.current?.showModal(), []);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey && (e.key === "h" || e.key === "H" || e.code === "KeyH")) {
        e.preventDefault();
        open();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [open]);

  const choose = (code: string) => {
    setCountry(code);
    try {
      localStorage.setItem(COUNTRY_KEY, code);
    } catch {
      // Fine: the choice lasts for this visit.
    }
  };

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
          <p className="note">
            {t.help.danger(help.emergency)}{" "}
            <a href={`tel:${help.emergency.split(" ")[0]}`} className="call">
              {t.help.callEmergency(help.emergency.split(" ")[0]!)}
            </a>
          </p>
          <h3>{t.help.linesTitle}</h3>
          {help.lines.length === 0 ? <p>{t.help.noLines}</p> : null}
          <ul className="lines">
            {help.lines.map((line) => (
              <li key={line.name} className="card stack-sm" data-confidence={line.confidence}>
                <strong>{line.name}</strong>
                <span className="hint">{line.hours}</span>
                <span className="row">
                  {line.call === undefined ? null : (
                    <a className="call" href={`tel:${line.call.dial}`}>
                      {t.help.call(line.call.display)}
                    </a>
                  )}
                  {line.text === undefined ? null : (
                    <a className="call" href={`sms:${line.text.number}${line.text.body === undefined ? "" : `?body=${encodeURIComponent(line.text.body)}`}`}>
                      {line.text.body === undefined ? t.help.text(line.text.display) : line.text.display}
                    </a>
                  )}
                </span>
                {line.call?.note === undefined ? null : <span>{line.call.note}</span>}
                {line.note === undefined && line.confidence !== "low" ? null : <span className="hint">{line.note ?? t.help.lessCertain}</span>}
              </li>
            ))}
          </ul>
          <p>
            {t.help.directory} <a href={DIRECTORY.url}>{DIRECTORY.name}</a>
          </p>
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
          <p>{t.help.breathe}</p>
          <p className="hint">
            {t.help.checked(LAST_CHECKED)} {t.help.shortcut}
          </p>
        </div>
      </dialog>
    </>
  );
};
