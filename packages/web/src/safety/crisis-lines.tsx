import { DIRECTORY, helpFor } from "@inward/core/crisis-lines";
import { t } from "./strings.ts";

/** The emergency number and the crisis lines for one country, as tappable links. */
export const CrisisLines = ({ country, headingLevel = 3 }: { country: string; headingLevel?: 2 | 3 }) => {
  const help = helpFor(country);
  const emergency = help.emergency.split(" ")[0]!;
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <>
      <p className="note">
        {t.help.danger(help.emergency)}{" "}
        <a href={`tel:${emergency}`} className="call">
          {t.help.callEmergency(emergency)}
        </a>
      </p>
      <Heading>{t.help.linesTitle}</Heading>
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
                <a
                  className="call"
                  href={`sms:${line.text.number}${line.text.body === undefined ? "" : `?body=${encodeURIComponent(line.text.body)}`}`}
                >
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
    </>
  );
};
