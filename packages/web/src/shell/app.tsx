import { lazy, Suspense, useCallback, useEffect, useState } from "react";
import { Help } from "../safety/help.tsx";
import { startVaultWorker, type VaultClient } from "../vault/client.ts";
import type { VaultStatus } from "../vault/protocol.ts";
import { CreateVault } from "../features/unlock/index.ts";
import { Recover } from "../features/unlock/index.ts";
import { RecoveryKit } from "../features/unlock/index.ts";
import { Restore } from "../features/unlock/index.ts";
import { SignIn } from "../features/unlock/index.ts";
import { Unlock } from "../features/unlock/index.ts";
import { Welcome } from "../features/unlock/index.ts";
import { shareLinkOf } from "./router.ts";

/** The screens behind the lock load once the unlock screen is up (and are cached for offline use). */
const loadShell = () => import("./shell.tsx");
const Shell = lazy(() => loadShell().then((m) => ({ default: m.Shell })));
/** A page someone shared: its own small chunk, opened without the vault. */
const SharedPage = lazy(() => import("../features/shared-page/index.ts").then((m) => ({ default: m.SharedPage })));

type Phase =
  | { name: "loading" }
  | { name: "welcome" }
  | { name: "create" }
  | { name: "sign-in" }
  | { name: "restore" }
  | { name: "recover"; newDevice: boolean }
  | { name: "recovery-kit"; recoveryKey: string }
  | { name: "locked" }
  | { name: "open"; status: VaultStatus };

/**
 * The vault's life: welcome, create or sign in, the recovery kit once, then locked and open;
 * with help always within reach.
 */
export const App = () => {
  const [client, setClient] = useState<VaultClient>(() => startVaultWorker());
  const [phase, setPhase] = useState<Phase>({ name: "loading" });
  const [dock, setDock] = useState<HTMLElement | null>(null);
  const [shared, setShared] = useState(() => shareLinkOf(window.location.hash));
  useEffect(() => {
    const follow = () => setShared(shareLinkOf(window.location.hash));
    window.addEventListener("hashchange", follow);
    return () => window.removeEventListener("hashchange", follow);
  }, []);

  const refresh = useCallback(async (c: VaultClient) => {
    const status = await c.status();
    setPhase(!status.hasVault ? { name: "welcome" } : status.unlocked ? { name: "open", status } : { name: "locked" });
  }, []);

  // Fetched once the first screen has painted, so opening the vault never waits for it and the
  // first screen never shares the network with it.
  const firstScreenUp = phase.name !== "loading";
  useEffect(() => {
    if (!firstScreenUp) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => void loadShell(), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [firstScreenUp]);

  // Only the first screen waits for the worker; after that the person's own steps lead.
  useEffect(() => {
    void client
      .status()
      .then((status) =>
        setPhase((p) =>
          p.name !== "loading"
            ? p
            : !status.hasVault
              ? { name: "welcome" }
              : status.unlocked
                ? { name: "open", status }
                : { name: "locked" },
        ),
      );
  }, [client]);

  /** Locking ends the worker, and with it the keys and every decrypted text. */
  const lock = useCallback(() => {
    client.terminate();
    window.location.hash = "#/";
    setPhase({ name: "locked" });
    setClient(startVaultWorker());
  }, [client]);

  return (
    <>
      {shared === null ? (
        screenFor(phase)
      ) : (
        <Suspense fallback={<main id="main" aria-busy="true" className="narrow" />}>
          <SharedPage key={shared.id} id={shared.id} keyText={shared.key} />
        </Suspense>
      )}
      {/* The bar at the bottom: the main areas once unlocked, and Help, always. */}
      <div className="dock">
        <div className="dock-slot" ref={setDock} />
        <Help unlocked={phase.name === "open"} />
      </div>
    </>
  );

  function screenFor(phase: Phase) {
    switch (phase.name) {
      case "loading":
        return <main id="main" aria-busy="true" className="narrow" />;
      case "welcome":
        return (
          <Welcome
            onCreate={() => setPhase({ name: "create" })}
            onSignIn={() => setPhase({ name: "sign-in" })}
            onRestore={() => setPhase({ name: "restore" })}
          />
        );
      case "restore":
        return (
          <Restore
            onRestore={(file) => client.restoreBackup(file)}
            onDone={() => void refresh(client)}
            onBack={() => setPhase({ name: "welcome" })}
          />
        );
      case "create":
        return (
          <CreateVault
            onBack={() => setPhase({ name: "welcome" })}
            onCreate={async (passphrase) => setPhase({ name: "recovery-kit", recoveryKey: (await client.create(passphrase)).recoveryKey })}
          />
        );
      case "sign-in":
        return (
          <SignIn
            onBack={() => setPhase({ name: "welcome" })}
            onRecover={() => setPhase({ name: "recover", newDevice: true })}
            onSignIn={async (username, passphrase) => {
              await client.signIn(username, passphrase);
              await refresh(client);
            }}
          />
        );
      case "recover":
        return (
          <Recover
            askUsername={phase.newDevice}
            onBack={() => setPhase(phase.newDevice ? { name: "sign-in" } : { name: "locked" })}
            onRecover={async (kit, passphrase, username) => {
              const { recoveryKey } = await client.recover(kit, passphrase, username);
              setPhase({ name: "recovery-kit", recoveryKey });
            }}
          />
        );
      case "recovery-kit":
        return <RecoveryKit recoveryKey={phase.recoveryKey} onDone={() => void refresh(client)} />;
      case "locked":
        return (
          <Unlock
            onForgot={() => setPhase({ name: "recover", newDevice: false })}
            onUnlock={async (passphrase) => {
              await client.unlock(passphrase);
              await refresh(client);
            }}
          />
        );
      case "open":
        return (
          <Suspense fallback={<p aria-busy="true">…</p>}>
            <Shell
              client={client}
              initialSettings={phase.status.settings}
              initialAccount={phase.status.account}
              onLock={lock}
              dock={dock}
            />
          </Suspense>
        );
    }
  }
};
