import { useEffect, useState } from "react";

/** The device's own voices (offline speech synthesis), once the browser has listed them. */
export const useVoices = (): SpeechSynthesisVoice[] => {
  const [voices, setVoices] = useState<SpeechSynthesisVoice[]>([]);
  useEffect(() => {
    if (typeof speechSynthesis === "undefined") return;
    const read = () => setVoices(speechSynthesis.getVoices().filter((v) => v.localService));
    read();
    speechSynthesis.addEventListener("voiceschanged", read);
    return () => speechSynthesis.removeEventListener("voiceschanged", read);
  }, []);
  return voices;
};

/** Says a step aloud with the chosen voice and rate, after stopping whatever was being said. */
export const speak = (text: string, voiceName: string, rate: number): void => {
  if (typeof speechSynthesis === "undefined") return;
  speechSynthesis.cancel();
  const utterance = new SpeechSynthesisUtterance(text);
  const voice = speechSynthesis.getVoices().find((v) => v.name === voiceName);
  if (voice !== undefined) utterance.voice = voice;
  utterance.rate = rate;
  speechSynthesis.speak(utterance);
};

export const stopSpeaking = (): void => {
  if (typeof speechSynthesis !== "undefined") speechSynthesis.cancel();
};
