/**
 * A soft bell, made on the device (no sound files): two sine tones that fade over a few seconds.
 * The audio context is made on the first ring, which follows a tap, as browsers require.
 */
let context: AudioContext | undefined;

export const ringBell = (): void => {
  try {
    context ??= new AudioContext();
    const now = context.currentTime;
    for (const [frequency, level] of [
      [528, 0.18],
      [1056, 0.05],
    ] as const) {
      const tone = context.createOscillator();
      const gain = context.createGain();
      tone.type = "sine";
      tone.frequency.value = frequency;
      gain.gain.setValueAtTime(0, now);
      gain.gain.linearRampToValueAtTime(level, now + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, now + 3.5);
      tone.connect(gain).connect(context.destination);
      tone.start(now);
      tone.stop(now + 3.6);
    }
  } catch {
    // No audio here: the practice goes on in silence.
  }
};
