import type { SafetyPlanData } from "@inward/core/page";
import { t } from "./strings.ts";

export type TextKey = "warningSigns" | "copingAlone" | "distractionPlaces" | "safeSurroundings" | "reasonsForLiving";
export type ContactKey = "distractionPeople" | "helpPeople" | "professionals";
type Section = { key: TextKey; contacts: false } | { key: ContactKey; contacts: true };

/** The seven steps, in order; step 3 has people and places. */
export const SECTIONS: readonly Section[] = [
  { key: "warningSigns", contacts: false },
  { key: "copingAlone", contacts: false },
  { key: "distractionPeople", contacts: true },
  { key: "distractionPlaces", contacts: false },
  { key: "helpPeople", contacts: true },
  { key: "professionals", contacts: true },
  { key: "safeSurroundings", contacts: false },
  { key: "reasonsForLiving", contacts: false },
];

/** A safety plan as it reads: in Help while locked (by choice), on the plan screen, and in print. */
export const PlanView = ({ data }: { data: SafetyPlanData }) => (
  <div className="stack">
    {SECTIONS.map((section) => (
      <section key={section.key} className="plan-section stack-sm" aria-label={t.planView.sections[section.key].title}>
        <h2>{t.planView.sections[section.key].title}</h2>
        {data[section.key].length === 0 ? (
          <p className="hint">{t.planView.empty}</p>
        ) : (
          <ul>
            {section.contacts
              ? data[section.key].map((c, i) => (
                  <li key={i}>
                    {c.name}{" "}
                    {c.phone === "" ? null : (
                      <a className="call" href={`tel:${c.phone.replace(/[^\d+]/g, "")}`}>
                        {t.planView.call(c.phone)}
                      </a>
                    )}
                  </li>
                ))
              : data[section.key].map((text, i) => <li key={i}>{text}</li>)}
          </ul>
        )}
      </section>
    ))}
  </div>
);
