/**
 * Sentences written for Inward that pin the shipped weights: `npm run train:screen` records the
 * model's probability for each in `screen-model.json`, and a test checks the shipped weights still
 * give exactly those. Not used to train or to measure.
 */
export const PROBES: readonly string[] = [
  "I made pancakes with my niece and we laughed the whole morning.",
  "Work was stressful and my manager ignored my idea again.",
  "I miss how things were before the move.",
  "I'm so tired of everything, nothing ever changes.",
  "Some nights I wish I could just sleep and not wake up.",
  "i wanna kms",
  "I scratched at my arms until they bled.",
  "My best friend stopped answering and I'm worried about her.",
  "The film about the lighthouse keeper was slow but lovely.",
  "I keep thinking everyone would be fine without me around.",
  "Dinner with the team tonight, looking forward to it.",
  "I feel numb and far away from everyone.",
];
