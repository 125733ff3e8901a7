import { useCallback, useState } from "react";
import { readsAsEnglish, type ScreenResult } from "@inward/core/page";
import { helpFor } from "@inward/core/crisis-lines";
import { useCountry } from "./country.ts";
import { href } from "../shell/router.ts";
import { t } from "./strings.ts";
import { CrisisLines } from "./crisis-lines.tsx";

/**
 * What a form does with the crisis screen's answer to a save: keep the card up once it has
 * something to say, and after it is closed, bring it back only if something new is noticed.
 */
export const useConcern = () => {
  const [concern, setConcern] = useState<ScreenResult | undefined>();
  const [seen, setSeen] = useState<Set<string>>(() => new Set());
  const noticed = useCallback(
    (screen: ScreenResult) => {
      if (screen.audience === "none") return;
      const keys = screen.audience === "supporter" ? ["supporter"] : screen.matches.map((m) => m.phrase);
      if (keys.every((k) => seen.has(k))) return;
      setConcern(screen);
    },
    [seen],
  );
  const close = useCallback(() => {
    setSeen((s) => {
      const next = new Set(s);
      for (const k of concern?.audience === "supporter" ? ["supporter"] : (concern?.matches.map((m) => m.phrase) ?? [])) next.add(k);
      return next;
    });
    setConcern(undefined);
  }, [concern]);
  return { concern, noticed, close };
};

/**
 * A calm card when what someone wrote sounds like they, or someone they care about, may be in
 * danger. It never blocks, never takes focus from the writing, and the save has already happened.
 */
export const SafetyCard = ({ concern, onClose }: { concern: ScreenResult; onClose: () => void }) => {
  const [country] = useCountry();
  const forSupporter = concern.audience === "supporter";
  const words = [...new Set(concern.matches.map((m) => m.phrase))];
  const help = helpFor(country);
  const first = help.lines.find((l) => l.call !== undefined)?.call;
  const emergency = help.emergency.split(" ")[0]!;
  return (
    <aside className="safety-card stack-sm" aria-labelledby="safety-card-title" data-audience={concern.audience}>
      <div className="safety-card-head">
        <h2 id="safety-card-title">{forSupporter ? t.card.supporterTitle : t.card.title}</h2>
        <button type="button" className="link-button" onClick={onClose}>
          {t.card.close}
        </button>
      </div>
      <p>{forSupporter ? t.card.supporterLead : t.card.lead}</p>
      <div className="row">
        {first === undefined ? null : (
          <a className="call" href={`tel:${first.dial}`}>
            {t.help.call(first.display)}
          </a>
        )}
        <a className="call" href={`tel:${emergency}`}>
          {t.help.callEmergency(emergency)}
        </a>
        {forSupporter ? null : <a href={href({ name: "safety-plan" })}>{t.card.plan}</a>}
      </div>
      {/* Compact, so the writing stays in view; the rest is one tap away. */}
      <details>
        <summary>{t.card.more}</summary>
        <div className="stack-sm">
          <p className="hint">{t.card.saved}</p>
          <CrisisLines country={country} />
          {forSupporter ? <p>{t.card.supporterSelf}</p> : null}
        </div>
      </details>
      {words.length === 0 ? null : (
        <details>
          <summary>{t.card.why}</summary>
          <p className="hint">{concern.categories.includes("overall") ? t.card.weighed(words) : t.card.because(words)}</p>
          <p className="hint">{t.card.englishOnly}</p>
        </details>
      )}
    </aside>
  );
};

/** A quiet note under writing that does not read as English: the crisis check would not understand it. */
export const EnglishOnlyNote = ({ text }: { text: string }) =>
  readsAsEnglish(text) === false ? (
    <p className="note" role="note">
      {t.card.englishOnlyNote}
    </p>
  ) : null;
