import { type ReactNode, useCallback, useEffect, useRef, useState } from "react";
import { createPortal } from "react-dom";
import type { Prompt } from "@inward/core/page";
import { uuidv7 } from "@inward/core/ids";
import { SyncBadge } from "./sync-badge.tsx";
import { Toast } from "../ui/toast.tsx";
import { href, navigate, type PlainRoute, type RecordRoute, type Route, useRoute } from "./router.ts";
import { useIdleLock } from "./use-idle-lock.ts";
import { useSync } from "./use-sync.ts";
import { t } from "./strings.ts";
import type { VaultClient } from "../vault/client.ts";
import type { Account, Entry, Item, Settings as SettingsValue, SaveItem } from "../vault/protocol.ts";
import type { KindName } from "@inward/core/page";
import { AttachmentScreen } from "../features/attachments/index.ts";
import { Attachments } from "../features/attachments/index.ts";
import { BeliefScreen } from "../features/beliefs/index.ts";
import { Beliefs } from "../features/beliefs/index.ts";
import { CheckInEdit, CheckIns, NewCheckIn } from "../features/check-in/index.ts";
import { EntryEditor } from "../features/journal/index.ts";
import { Home } from "../features/home/index.ts";
import { Pause } from "../features/pause/index.ts";
import { MeetingScreen, PartScreen, Parts, PartsAbout } from "../features/parts/index.ts";
import { BodyHeatMap } from "../features/body/index.ts";
import { RhythmScreen } from "../features/rhythm/index.ts";
import { Explainer, Learn } from "../features/learn/index.ts";
import {
  Boundaries,
  BoundaryScreen,
  CaregiverScreen,
  Caregivers,
  ChildNeeds,
  ChildSigns,
  DrawingScreen,
  Drawings,
  InnerChild,
  Joys,
  JoyScreen,
  Letters,
  LetterScreen,
  Mantras,
  NeedsLook,
  Reframes,
  ReframeScreen,
} from "../features/inner-child/index.ts";
import { PracticeScreen } from "../features/practices/index.ts";
import { Practices } from "../features/practices/index.ts";
import { Prompts } from "../features/prompts/index.ts";
import { SafetyPlanScreen } from "../features/safety-plan/index.ts";
import { SelfCheckIn } from "../features/self/index.ts";
import { Settings } from "../features/settings/index.ts";
import { YourData } from "../features/your-data/index.ts";
import { SessionPrep } from "../features/session-prep/index.ts";
import { Search } from "../features/search/index.ts";
import { Insights } from "../features/insights/index.ts";
import { TriggerScreen } from "../features/triggers/index.ts";
import { Triggers } from "../features/triggers/index.ts";

type Props = {
  client: VaultClient;
  initialSettings: SettingsValue;
  initialAccount: Account | null;
  onLock: () => void;
  /** Where the main areas go: the bar at the bottom, beside Help, in reach of a thumb. */
  dock: HTMLElement | null;
};

const isEntry = (item: Item): item is Entry => item.kind === "journal-entry";

/** Everything a person sees once the vault is open. */
export const Shell = ({ client, initialSettings, initialAccount, onLock: lockNow, dock }: Props) => {
  const pending = useRef(new Set<Promise<unknown>>());
  /** Lets saves already on their way commit before the worker (and its keys) go away. */
  const onLock = useCallback(() => {
    void Promise.allSettled([...pending.current]).then(lockNow);
  }, [lockNow]);
  const route = useRoute();
  const [entries, setEntries] = useState<Entry[] | undefined>();
  const [settings, setSettings] = useState(initialSettings);
  const [account, setAccount] = useState(initialAccount);
  const [deleted, setDeleted] = useState<Entry | undefined>();

  /** Bumped when sync brings changes, so every screen reads again. */
  const [version, setVersion] = useState(0);
  /** Counts local saves, so a list read that a save overtook is read again rather than shown stale. */
  const saves = useRef(0);
  const reload = useCallback(() => {
    const read = () => {
      const at = saves.current;
      void client.list("journal-entry").then((items) => (saves.current === at ? setEntries(items) : read()));
    };
    read();
    setVersion((v) => v + 1);
  }, [client]);
  useEffect(reload, [reload]);

  const sync = useSync(client, account !== null, reload);
  const { soon } = sync;
  const closeToast = useCallback(() => setDeleted(undefined), []);
  useIdleLock(settings.autoLockMinutes, onLock);

  /** Every save of every kind goes through here, so a lock waits for it and sync follows it. */
  const saveItem: SaveItem = useCallback(
    async <K extends KindName>(item: Item<K>) => {
      const saving = client.save(item);
      saves.current++;
      pending.current.add(saving);
      // Counted again when it lands: a list read that ran while it committed is read again.
      const saved = await saving.finally(() => {
        saves.current++;
        pending.current.delete(saving);
      });
      soon();
      return saved;
    },
    [client, soon],
  );

  /** Saves from the journal editor also keep the journal list here up to date. */
  const save: SaveItem = useCallback(
    async <K extends KindName>(entry: Item<K>) => {
      const saved = await saveItem(entry);
      const item: Item = saved.item;
      if (isEntry(item))
        setEntries((list) => [item, ...(list ?? []).filter((e) => e.id !== item.id)].sort((a, b) => b.createdAt - a.createdAt));
      return saved;
    },
    [saveItem],
  );

  const remove = useCallback(
    async (entry: Entry) => {
      await client.remove(entry.id);
      setEntries((list) => (list ?? []).filter((e) => e.id !== entry.id));
      setDeleted(entry);
      soon();
      navigate({ name: "home" });
    },
    [client, soon],
  );

  /** Deletes a record of any kind; records that linked to it drop the link in the same step. */
  const removeItem = useCallback(
    async (item: Item) => {
      await client.remove(item.id);
      soon();
    },
    [client, soon],
  );

  const undo = async () => {
    if (deleted === undefined) return;
    setDeleted(undefined);
    await save(deleted);
  };

  const newEntry = (prompt?: Prompt) =>
    navigate(prompt === undefined ? { name: "entry", id: uuidv7() } : { name: "entry", id: uuidv7(), prompt: prompt.id });

  /** Every route and its screen: the compiler keeps this complete (adding a route: docs/adding-a-capability.md). */
  const screens: { [N in PlainRoute]: () => ReactNode } & { [N in RecordRoute]: (r: { id: string; prompt?: string }) => ReactNode } = {
    home: () => <Home entries={entries ?? []} onNew={() => newEntry()} onWrite={newEntry} client={client} version={version} />,
    entry: (r) => (
      <EntryEditor
        key={r.id}
        id={r.id}
        {...(r.prompt === undefined ? {} : { promptId: r.prompt })}
        onSave={save}
        onDelete={remove}
        onBack={() => navigate({ name: "home" })}
        client={client}
        version={version}
      />
    ),
    settings: () => (
      <Settings
        settings={settings}
        account={account}
        syncState={sync.state}
        onSettings={async (s) => {
          await client.setSettings(s);
          setSettings(s);
        }}
        onRegister={async (username) => setAccount(await client.register(username))}
        onReauth={async (passphrase) => {
          await client.reauthenticate(passphrase);
          void sync.syncNow();
        }}
        onSyncNow={() => void sync.syncNow()}
        onSignOut={async () => {
          await client.signOut();
          setAccount(null);
        }}
        onLock={onLock}
        onChangePassphrase={(current, next) => client.changePassphrase(current, next)}
        onNewKit={async (passphrase) => (await client.newRecoveryKit(passphrase)).recoveryKey}
      />
    ),
    "check-in": () => <NewCheckIn client={client} onSave={saveItem} />,
    "check-ins": () => <CheckIns client={client} version={version} />,
    "check-in-edit": (r) => <CheckInEdit key={r.id} client={client} id={r.id} onSave={saveItem} onDelete={removeItem} />,
    pause: () => <Pause client={client} version={version} onSave={saveItem} />,
    triggers: () => <Triggers client={client} version={version} />,
    trigger: (r) => <TriggerScreen key={r.id} client={client} id={r.id} version={version} onSave={saveItem} onDelete={removeItem} />,
    prompts: () => <Prompts onWrite={newEntry} />,
    self: () => <SelfCheckIn client={client} version={version} onSave={saveItem} />,
    beliefs: () => <Beliefs client={client} version={version} />,
    belief: (r) => <BeliefScreen key={r.id} client={client} id={r.id} version={version} onSave={saveItem} onDelete={removeItem} />,
    attachments: () => <Attachments client={client} version={version} />,
    attachment: (r) => <AttachmentScreen key={r.id} client={client} id={r.id} version={version} onSave={saveItem} onDelete={removeItem} />,
    "safety-plan": () => <SafetyPlanScreen client={client} version={version} onSave={saveItem} />,
    practices: () => <Practices client={client} version={version} />,
    parts: () => <Parts client={client} version={version} />,
    "parts-about": () => <PartsAbout />,
    body: () => <BodyHeatMap client={client} version={version} />,
    "inner-child": () => <InnerChild client={client} version={version} />,
    "child-signs": () => <ChildSigns client={client} version={version} onSave={saveItem} />,
    "child-needs": () => <ChildNeeds client={client} version={version} />,
    "child-letters": () => <Letters client={client} version={version} />,
    "child-letter": (r) => (
      <LetterScreen
        key={r.id}
        client={client}
        id={r.id}
        {...(r.prompt === undefined ? {} : { start: r.prompt })}
        version={version}
        onSave={saveItem}
        onDelete={removeItem}
      />
    ),
    drawings: () => <Drawings client={client} version={version} />,
    reframes: () => <Reframes client={client} version={version} />,
    reframe: (r) => <ReframeScreen key={r.id} client={client} id={r.id} version={version} onSave={saveItem} onDelete={removeItem} />,
    mantras: () => <Mantras client={client} version={version} onSave={saveItem} onDelete={removeItem} />,
    caregivers: () => <Caregivers client={client} version={version} />,
    caregiver: (r) => <CaregiverScreen key={r.id} client={client} id={r.id} version={version} onSave={saveItem} onDelete={removeItem} />,
    joys: () => <Joys client={client} version={version} />,
    joy: (r) => <JoyScreen key={r.id} client={client} id={r.id} version={version} onSave={saveItem} onDelete={removeItem} />,
    learn: () => <Learn />,
    data: () => <YourData client={client} onImported={reload} />,
    "session-prep": () => <SessionPrep client={client} version={version} signedIn={account !== null} />,
    search: () => <Search client={client} version={version} />,
    insights: () => <Insights client={client} version={version} />,
    explainer: (r) => <Explainer key={r.id} id={r.id} />,
    rhythm: () => <RhythmScreen client={client} version={version} onSave={saveItem} />,
    boundaries: () => <Boundaries client={client} version={version} />,
    boundary: (r) => <BoundaryScreen key={r.id} client={client} id={r.id} version={version} onSave={saveItem} onDelete={removeItem} />,
    drawing: (r) => (
      <DrawingScreen
        key={r.id}
        client={client}
        id={r.id}
        {...(r.prompt === undefined ? {} : { link: r.prompt })}
        version={version}
        onSave={saveItem}
        onDelete={removeItem}
      />
    ),
    "child-needs-look": (r) => <NeedsLook key={r.id} client={client} id={r.id} version={version} onSave={saveItem} onDelete={removeItem} />,
    part: (r) => (
      <PartScreen
        key={r.id}
        client={client}
        id={r.id}
        {...(r.prompt === undefined ? {} : { from: r.prompt })}
        version={version}
        onSave={saveItem}
        onDelete={removeItem}
      />
    ),
    "part-meeting": (r) => (
      <MeetingScreen
        key={r.id}
        client={client}
        id={r.id}
        {...(r.prompt === undefined ? {} : { partId: r.prompt })}
        version={version}
        onSave={saveItem}
        onDelete={removeItem}
      />
    ),
    practice: (r) => <PracticeScreen key={r.id} practiceId={r.id} client={client} onSave={saveItem} />,
  };
  const content = entries === undefined ? <p aria-busy="true">…</p> : screenFor(route);
  function screenFor(r: Route): ReactNode {
    return "id" in r ? screens[r.name](r) : screens[r.name]();
  }

  return (
    <>
      <header className="app-header">
        <a className="brand" href={href({ name: "home" })}>
          {t.appName}
        </a>
        <SyncBadge state={sync.state} />
        <button type="button" className="link-button lock-button" onClick={onLock}>
          {t.lock}
        </button>
      </header>
      {dock === null
        ? null
        : createPortal(
            <nav aria-label="Main" className="dock-links">
              <a href={href({ name: "home" })} aria-current={route.name === "home" ? "page" : undefined}>
                {t.navJournal}
              </a>
              <a
                href={href({ name: "practices" })}
                aria-current={route.name === "practices" || route.name === "practice" ? "page" : undefined}
              >
                {t.navPractices}
              </a>
              <a href={href({ name: "safety-plan" })} aria-current={route.name === "safety-plan" ? "page" : undefined}>
                {t.navPlan}
              </a>
              <a href={href({ name: "settings" })} aria-current={route.name === "settings" ? "page" : undefined}>
                {t.navSettings}
              </a>
            </nav>,
            dock,
          )}
      <main id="main" className="content">
        {content}
      </main>
      {deleted === undefined ? null : (
        <Toast message={t.entry.deleted} action={t.entry.undo} onAction={() => void undo()} onClose={closeToast} />
      )}
    </>
  );
};
