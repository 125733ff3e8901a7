import { useEffect, useRef } from "react";
import { CHILD_CARRIES } from "@inward/core/page";
import { uuidv7 } from "@inward/core/ids";
import { describeItem } from "../../records/describe.ts";
import { useRecords } from "../../records/use-records.ts";
import { openHelp } from "../../safety/open-help.ts";
import { href, type Route } from "../../shell/router.ts";
import { t } from "./strings.ts";
import type { VaultClient } from "../../vault/client.ts";
import type { Item } from "../../vault/protocol.ts";

/** One line on what a younger self carries, in the person's words. */
const carried = (p: Item<"part">): string => {
  const child = p.data.child;
  if (child === null) return "";
  return [...child.carries.map((c) => CHILD_CARRIES.find((x) => x.id === c)?.name ?? c), ...child.ownCarries].join(", ");
};

const TOOLS: readonly { route: Route; name: string; about: string }[] = [
  { route: { name: "child-signs" }, name: t.child.signs, about: t.child.signsHint },
  { route: { name: "child-needs" }, name: t.child.needs, about: t.child.needsHint },
  { route: { name: "child-letters" }, name: t.child.letters, about: t.child.lettersHint },
  { route: { name: "drawings" }, name: t.child.drawings, about: t.child.drawingsHint },
  { route: { name: "reframes" }, name: t.child.reframes, about: t.child.reframesHint },
  { route: { name: "mantras" }, name: t.child.mantras, about: t.child.mantrasHint },
  { route: { name: "caregivers" }, name: t.child.caregivers, about: t.child.caregiversHint },
  { route: { name: "joys" }, name: t.child.joys, about: t.child.joysHint },
  { route: { name: "boundaries" }, name: t.child.boundaries, about: t.child.boundariesHint },
  { route: { name: "practice", id: "meeting-the-inner-child" }, name: t.child.meeting, about: t.child.meetingHint },
  { route: { name: "prompts" }, name: t.child.prompts, about: t.child.promptsHint },
];

/**
 * The home of inner child work: what the inner child is, the younger selves the person pictured
 * (each a part on the map), and the ways to tend to them.
 */
export const InnerChild = ({ client, version }: { client: VaultClient; version: number }) => {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const parts = useRecords(client, "part", version);
  const children = (parts ?? []).filter((p) => p.data.child !== null);
  const start = href({ name: "part", id: uuidv7(), prompt: "inner-child" });
  return (
    <section className="stack" aria-labelledby="inner-child-title">
      <h1 id="inner-child-title" ref={heading} tabIndex={-1}>
        {t.child.title}
      </h1>
      <p className="lead">{t.child.lead}</p>
      {/* Open for a first visit; folded away once the person has pictured their younger self. */}
      <details
        key={parts === undefined ? "reading" : "read"}
        className="prose stack-sm explainer"
        open={parts === undefined || children.length === 0}
      >
        <summary>{t.child.aboutTitle}</summary>
        {t.child.about.map((p) => (
          <p key={p}>{p}</p>
        ))}
      </details>

      <section className="stack-sm" aria-labelledby="inner-child-profile">
        <h2 id="inner-child-profile">{t.child.profileTitle}</h2>
        {children.length === 0 ? (
          <>
            <p className="hint">{t.child.profileEmpty}</p>
            <p>
              <a className="button primary" href={start}>
                {t.child.startProfile}
              </a>
            </p>
          </>
        ) : (
          <>
            <ul className="entry-list">
              {children.map((p) => (
                <li key={p.id}>
                  <a className="entry-link" href={href({ name: "part", id: p.id })}>
                    <span className="entry-title" dir="auto">
                      {describeItem(p)}
                      {p.data.child?.calledThen ? ` (${p.data.child.calledThen})` : ""}
                    </span>
                    <span className="entry-meta" dir="auto">
                      <span>{t.child.ages(p.data.age)}</span>
                      <span>{carried(p)}</span>
                    </span>
                  </a>
                </li>
              ))}
            </ul>
            <p>
              <a className="button primary" href={href({ name: "part-meeting", id: uuidv7(), prompt: children[0]!.id })}>
                {t.child.talk}
              </a>
            </p>
            <p className="hint">{t.child.talkHint}</p>
            <p className="row">
              <a href={start}>{t.child.anotherProfile}</a>
              <a href={href({ name: "parts" })}>{t.child.parts}</a>
            </p>
          </>
        )}
        <p className="hint">{t.child.partsHint}</p>
      </section>

      <nav aria-labelledby="inner-child-tools">
        <h2 id="inner-child-tools" className="section-head">
          {t.child.tools}
        </h2>
        <ul className="areas">
          {TOOLS.map((tool) => (
            <li key={tool.name}>
              <a href={href(tool.route)}>
                <span className="area-name">{tool.name}</span>
                <span className="area-about">{tool.about}</span>
              </a>
            </li>
          ))}
        </ul>
      </nav>

      <p className="note row spread">
        <span>{t.child.careNote}</span>
        <button type="button" onClick={openHelp}>
          {t.child.openHelp}
        </button>
      </p>
    </section>
  );
};
