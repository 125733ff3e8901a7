import { useCallback, useEffect, useRef, useState } from "react";
import { emptyEntryData, JOURNAL_ENTRY, type Prompt } from "@inward/core/page";
import { uuidv7 } from "@inward/core/ids";
import { SyncBadge } from "./sync-badge.tsx";
import { Toast } from "../ui/toast.tsx";
import { href, navigate, useRoute } from "./router.ts";
import { useIdleLock } from "./use-idle-lock.ts";
import { useSync } from "./use-sync.ts";
import { t } from "../strings.ts";
import type { VaultClient } from "../vault/client.ts";
import type { Account, Entry, Item, Settings as SettingsValue } from "../vault/protocol.ts";
import { AttachmentScreen } from "../features/attachments/attachment.tsx";
import { Attachments } from "../features/attachments/attachments.tsx";
import { BeliefScreen } from "../features/beliefs/belief.tsx";
import { Beliefs } from "../features/beliefs/beliefs.tsx";
import { CheckIn, CheckIns } from "../features/check-in/check-in.tsx";
import { EntryEditor } from "../features/journal/entry-editor.tsx";
import { JournalList } from "../features/home/home.tsx";
import { Pause } from "../features/pause/pause.tsx";
import { PracticeScreen } from "../features/practices/practice.tsx";
import { Practices } from "../features/practices/practices.tsx";
import { Prompts } from "../features/prompts/prompts.tsx";
import { SafetyPlanScreen } from "../features/safety-plan/safety-plan.tsx";
import { SelfCheckIn } from "../features/self/self-check-in.tsx";
import { Settings } from "../features/settings/settings.tsx";
import { TriggerScreen } from "../features/triggers/trigger.tsx";
import { Triggers } from "../features/triggers/triggers.tsx";

type Props = { client: VaultClient; initialSettings: SettingsValue; initialAccount: Account | null; onLock: () => void };

const blankEntry = (id: string, promptId: string | null = null): Entry => ({ id, kind: JOURNAL_ENTRY, createdAt: Date.now(), updatedAt: 0, data: { ...emptyEntryData(), promptId } });

/** Everything a person sees once the vault is open. */
export const OpenVault = ({ client, initialSettings, initialAccount, onLock: lockNow }: Props) => {
  const pending = useRef(new Set<Promise<unknown>>());
  /** Lets saves already on their way commit before the worker (and its keys) go away. */
  const onLock = useCallback(() => {
    void Promise.allSettled([...pending.current]).then(lockNow);
  }, [lockNow]);
  const route = useRoute();
  const [entries, setEntries] = useState<Entry[] | undefined>();
  const [settings, setSettings] = useState(initialSettings);
  const [account, setAccount] = useState(initialAccount);
  const [drafts] = useState(() => new Map<string, Entry>());
  const [deleted, setDeleted] = useState<Entry | undefined>();

  /** Bumped when sync brings changes, so every screen reads again. */
  const [version, setVersion] = useState(0);
  /** Counts local saves, so a list read that a save overtook is read again rather than shown stale. */
  const saves = useRef(0);
  const reload = useCallback(() => {
    const read = () => {
      const at = saves.current;
      void client.list(JOURNAL_ENTRY).then((items) => (saves.current === at ? setEntries(items as Entry[]) : read()));
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
  const saveItem = useCallback(
    async (item: Item) => {
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

  const save = useCallback(
    async (entry: Entry) => {
      const saved = await saveItem(entry);
      const item = saved.item as Entry;
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
      navigate({ name: "journal" });
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

  const newEntry = (prompt?: Prompt) => {
    const id = uuidv7();
    drafts.set(id, blankEntry(id, prompt?.id ?? null));
    navigate({ name: "entry", id });
  };

  let content;
  if (entries === undefined) content = <p aria-busy="true">…</p>;
  else if (route.name === "entry") {
    const entry = entries.find((e) => e.id === route.id) ?? drafts.get(route.id) ?? blankEntry(route.id);
    content = (
      <EntryEditor
        key={route.id}
        entry={entry}
        onSave={save}
        onSaveOther={saveItem}
        onDelete={remove}
        onBack={() => navigate({ name: "journal" })}
        client={client}
        version={version}
      />
    );
  } else if (route.name === "settings") {
    content = (
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
    );
  } else if (route.name === "check-in") {
    content = <CheckIn onSave={saveItem} />;
  } else if (route.name === "check-ins") {
    content = <CheckIns client={client} version={version} />;
  } else if (route.name === "pause") {
    content = <Pause onSave={saveItem} />;
  } else if (route.name === "triggers") {
    content = <Triggers client={client} version={version} />;
  } else if (route.name === "trigger") {
    content = <TriggerScreen key={route.id} client={client} id={route.id} version={version} onSave={saveItem} onDelete={removeItem} />;
  } else if (route.name === "prompts") {
    content = <Prompts onWrite={newEntry} />;
  } else if (route.name === "self") {
    content = <SelfCheckIn client={client} version={version} onSave={saveItem} />;
  } else if (route.name === "beliefs") {
    content = <Beliefs client={client} version={version} />;
  } else if (route.name === "belief") {
    content = <BeliefScreen key={route.id} client={client} id={route.id} version={version} onSave={saveItem} onDelete={removeItem} />;
  } else if (route.name === "attachments") {
    content = <Attachments client={client} version={version} />;
  } else if (route.name === "attachment") {
    content = <AttachmentScreen key={route.id} client={client} id={route.id} version={version} onSave={saveItem} onDelete={removeItem} />;
  } else if (route.name === "safety-plan") {
    content = <SafetyPlanScreen client={client} version={version} onSave={saveItem} />;
  } else if (route.name === "practices") {
    content = <Practices client={client} version={version} />;
  } else if (route.name === "practice") {
    content = <PracticeScreen key={route.id} practiceId={route.id} client={client} onSave={saveItem} />;
  } else content = <JournalList entries={entries} onNew={() => newEntry()} client={client} version={version} />;

  return (
    <>
      <header className="app-header">
        <a className="brand" href={href({ name: "journal" })}>
          {t.appName}
        </a>
        <SyncBadge state={sync.state} />
        <nav aria-label="Main">
          <a href={href({ name: "journal" })} aria-current={route.name === "journal" ? "page" : undefined}>
            {t.navJournal}
          </a>
          <a href={href({ name: "practices" })} aria-current={route.name === "practices" || route.name === "practice" ? "page" : undefined}>
            {t.navPractices}
          </a>
          <a href={href({ name: "safety-plan" })} aria-current={route.name === "safety-plan" ? "page" : undefined}>
            {t.navPlan}
          </a>
          <a href={href({ name: "settings" })} aria-current={route.name === "settings" ? "page" : undefined}>
            {t.navSettings}
          </a>
          <button type="button" className="link-button" onClick={onLock}>
            {t.lock}
          </button>
        </nav>
      </header>
      <main id="main" className="content">
        {content}
      </main>
      {deleted === undefined ? null : (
        <Toast message={t.entry.deleted} action={t.entry.undo} onAction={() => void undo()} onClose={closeToast} />
      )}
    </>
  );
};
