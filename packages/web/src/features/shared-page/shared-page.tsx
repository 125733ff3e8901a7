import { errorMessage } from "@inward/core/page";
import { openShare, shareKeyFromText } from "@inward/core/share";
import { useEffect, useState } from "react";
import { MarkdownView } from "../../ui/markdown-view.tsx";
import { t } from "./strings.ts";

type State = { step: "opening" } | { step: "open"; text: string; expiresAt: number } | { step: "closed"; message: string };

const dayFormat = new Intl.DateTimeFormat(undefined, { dateStyle: "long", timeStyle: "short" });

/** A shared page, opened in any browser without an account: fetched, then opened here with the key from the link. */
export const SharedPage = ({ id, keyText }: { id: string; keyText: string }) => {
  const [state, setState] = useState<State>({ step: "opening" });
  useEffect(() => {
    const key = shareKeyFromText(keyText);
    if (key === null) return setState({ step: "closed", message: t.shared.broken });
    let live = true;
    void (async () => {
      let res: Response;
      try {
        res = await fetch(`/api/v1/shares/${id}`, { credentials: "omit", cache: "no-store" });
      } catch {
        if (live) setState({ step: "closed", message: t.shared.offline });
        return;
      }
      const json = (await res.json().catch(() => undefined)) as
        | { ciphertext?: string; expiresAt?: number; error?: { code?: string } }
        | undefined;
      if (!live) return;
      if (!res.ok || json?.ciphertext === undefined || json.expiresAt === undefined) {
        const code = json?.error?.code ?? (res.status === 404 ? "not-found" : "server");
        setState({ step: "closed", message: code === "not-found" ? t.shared.notFound : errorMessage(code) });
        return;
      }
      const text = openShare(key, id, json.ciphertext);
      setState(text === null ? { step: "closed", message: t.shared.broken } : { step: "open", text, expiresAt: json.expiresAt });
    })();
    return () => {
      live = false;
    };
  }, [id, keyText]);

  return (
    <main className="narrow stack" id="main">
      <h1>{t.shared.title}</h1>
      <p className="hint no-print">{t.shared.lead}</p>
      {state.step === "opening" && (
        <p role="status" aria-busy="true">
          {t.shared.opening}
        </p>
      )}
      {state.step === "closed" && (
        <p role="alert" className="error">
          {state.message}
        </p>
      )}
      {state.step === "open" && (
        <>
          <p className="hint no-print">{t.shared.until(dayFormat.format(state.expiresAt))}</p>
          <article className="card stack-sm session-summary">
            <MarkdownView text={state.text} base={2} />
          </article>
        </>
      )}
    </main>
  );
};
