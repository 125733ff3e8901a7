import { useEffect, useId, useRef, useState } from "react";
import { bellsBy, breathPattern, type Practice, type PracticeStep, positionAt, stepStartMs, totalMs } from "@inward/core/page";
import { BreathGuide } from "../../ui/breath-guide.tsx";
import { ringBell } from "../../ui/bell.ts";
import { deviceChoice } from "../../ui/device-choice.ts";
import { speak, stopSpeaking, useVoices } from "../../ui/voice.ts";
import { useWakeLock } from "../../ui/wake-lock.ts";
import { navigate } from "../../shell/router.ts";
import { t } from "./strings.ts";

/** How a practice sounds on this device: the voice reading steps aloud, and the bell. */
export type Sound = { voice: boolean; name: string; rate: number; bell: boolean };
const QUIET: Sound = { voice: false, name: "", rate: 1, bell: false };
const RATES = [0.8, 1, 1.2] as const;

const parseSound = (saved: string | null): string => {
  try {
    const s = JSON.parse(saved ?? "") as Partial<Sound>;
    return JSON.stringify({
      voice: s.voice === true,
      name: typeof s.name === "string" ? s.name : "",
      rate: RATES.includes(s.rate as 1) ? s.rate : 1,
      bell: s.bell === true,
    });
  } catch {
    return JSON.stringify(QUIET);
  }
};
/** Kept on this device: a choice about sound, nothing about the person. */
const soundChoice = deviceChoice<string>("inward.sound", parseSound);

export const useSound = (): [Sound, (s: Sound) => void] => {
  const [text, set] = soundChoice.use();
  return [JSON.parse(text) as Sound, (s) => set(JSON.stringify(s))];
};

/** Voice on or off, which voice and how fast (the device's own, offline), and the bell. */
export const SoundSettings = ({ sound, onChange, timer }: { sound: Sound; onChange: (s: Sound) => void; timer: boolean }) => {
  const base = useId();
  const voices = useVoices();
  return (
    <fieldset className="stack-sm">
      <legend>{t.practices.settings}</legend>
      {timer ? null : (
        <label className="check">
          <input type="checkbox" checked={sound.voice} onChange={(e) => onChange({ ...sound, voice: e.target.checked })} />
          <span>{t.practices.voice}</span>
        </label>
      )}
      {sound.voice && !timer ? (
        <div className="filters">
          <div className="field">
            <label htmlFor={`${base}-voice`}>{t.practices.voiceName}</label>
            <select id={`${base}-voice`} value={sound.name} onChange={(e) => onChange({ ...sound, name: e.target.value })}>
              <option value="">{t.practices.voiceDefault}</option>
              {voices.map((v) => (
                <option key={v.name} value={v.name}>
                  {v.name}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${base}-rate`}>{t.practices.rate}</label>
            <select id={`${base}-rate`} value={sound.rate} onChange={(e) => onChange({ ...sound, rate: Number(e.target.value) })}>
              {RATES.map((r) => (
                <option key={r} value={r}>
                  {t.practices.rates[String(r) as keyof typeof t.practices.rates]}
                </option>
              ))}
            </select>
          </div>
        </div>
      ) : null}
      <label className="check">
        <input type="checkbox" checked={sound.bell} onChange={(e) => onChange({ ...sound, bell: e.target.checked })} />
        <span>{t.practices.bell}</span>
      </label>
    </fieldset>
  );
};

type Props = {
  practice: Practice;
  steps: readonly PracticeStep[];
  sound: Sound;
  /** For the silent timer: a bell this often (0: only at the end). */
  bellEveryMs?: number | undefined;
  onDone: () => void;
  onStop: () => void;
};

/**
 * Plays timed steps by the clock: where it is comes from the time since it began (less pauses),
 * so a slow or background tab is on the right step as soon as it looks. Pause, back and next move
 * that start; "ground me" is always there. The screen stays awake while it plays.
 */
export const Player = ({ practice, steps, sound, bellEveryMs, onDone, onStop }: Props) => {
  const [start, setStart] = useState(() => Date.now());
  const [pausedAt, setPausedAt] = useState<number | null>(null);
  const [now, setNow] = useState(() => Date.now());
  const heading = useRef<HTMLHeadingElement>(null);
  const spoken = useRef(-1);
  const rung = useRef(0);
  useWakeLock(pausedAt === null);

  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 200);
    return () => {
      window.clearInterval(timer);
      stopSpeaking();
    };
  }, []);

  const elapsed = Math.max(0, (pausedAt ?? now) - start);
  const total = totalMs(steps);
  const pos = positionAt(steps, elapsed);
  const step = steps[pos.index]!;

  // A new step: its heading takes focus, the voice reads it, the bell rings (if chosen).
  useEffect(() => {
    if (pos.done) return;
    if (spoken.current === pos.index) return;
    spoken.current = pos.index;
    heading.current?.focus();
    if (sound.voice) speak(step.text, sound.name, sound.rate);
    if (sound.bell && bellEveryMs === undefined) ringBell();
  }, [pos.index, pos.done]);

  // The silent timer's bells follow the clock too: each one due since the last look rings once.
  useEffect(() => {
    if (bellEveryMs === undefined) return;
    const due = bellsBy(total, bellEveryMs, elapsed);
    if (due > rung.current) {
      rung.current = due;
      ringBell();
    }
  }, [elapsed]);

  useEffect(() => {
    if (pos.done) {
      stopSpeaking();
      onDone();
    }
  }, [pos.done]);

  /** Moves to `ms` into the practice, paused or not. */
  const seek = (ms: number) => {
    const at = pausedAt ?? Date.now();
    setStart(at - ms);
    setNow(Date.now());
  };
  const back = () => seek(stepStartMs(steps, pos.intoStepMs > 3000 || pos.index === 0 ? pos.index : pos.index - 1));
  const next = () => seek(Math.min(total, stepStartMs(steps, pos.index + 1)));
  const pause = () => {
    if (pausedAt === null) {
      setPausedAt(Date.now());
      stopSpeaking();
    } else {
      setStart(start + (Date.now() - pausedAt));
      setPausedAt(null);
      setNow(Date.now());
    }
  };
  const left = Math.max(0, Math.ceil((total - elapsed) / 1000));

  return (
    <section className="stack" aria-labelledby="player-title" data-step={pos.index}>
      <h1 id="player-title" ref={heading} tabIndex={-1}>
        {practice.title}
      </h1>
      <p className="hint row spread">
        {steps.length > 1 ? <span>{t.practices.step(pos.index + 1, steps.length)}</span> : null}
        <span>{t.practices.timeLeft(Math.floor(left / 60), left % 60)}</span>
      </p>
      <progress className="step-progress" max={total} value={elapsed} aria-label={t.practices.progress} />
      <p className="step-text" aria-live="polite">
        {step.text}
      </p>
      {step.breath === undefined ? null : <BreathGuide phases={breathPattern(step.breath).phases} ms={pos.intoStepMs} />}
      <div className="row player-controls">
        {steps.length > 1 ? (
          <button type="button" onClick={back}>
            {t.practices.back}
          </button>
        ) : null}
        <button type="button" className="primary" onClick={pause}>
          {pausedAt === null ? t.practices.pause : t.practices.resume}
        </button>
        <button type="button" onClick={next}>
          {t.practices.next}
        </button>
        <button type="button" className="link-button" onClick={onStop}>
          {t.practices.stopHere}
        </button>
      </div>
      {practice.id === "grounding" ? null : (
        <p>
          <button type="button" className="ground-me" onClick={() => navigate({ name: "practice", id: "grounding" })}>
            {t.practices.groundMe}
          </button>
        </p>
      )}
    </section>
  );
};
