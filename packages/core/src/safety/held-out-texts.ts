/**
 * Texts written before the latest change to the screen and never used to tune it or to train its
 * model. They measure how well the screen generalises; `npm run bench` and `npm run train:screen`
 * report recall and false alarms on them. Do not tune against these: once studied, move them into
 * `labelled-texts.ts` (which the model trains on) and write a new held-out set.
 *
 * This is the seventh set, written after the model's first measurement (on sets 5 and 6) and
 * before the changes that followed it.
 */
export const HELD_OUT: { self: string[]; supporter: string[]; none: string[] } = {
  self: [
    "I don't see the point of tomorrow or the day after.",
    "Honestly I'm just waiting for it all to stop.",
    "I've been researching which meds are the most dangerous together.",
    "Everyone keeps asking if I'm okay and I keep lying. I'm not going to be around for long.",
    "I punched the mirror on purpose and liked how my knuckles looked after.",
    "I deserve the pain, so I keep doing it. Three new marks this week.",
    "i rly dont wanna be alive anymore",
    "want 2 die",
    "I swallowed everything in the cabinet on Friday. They pumped my stomach. I don't feel lucky.",
    "The kids would get over it eventually. Maybe they'd even be happier.",
    "I stood at the edge of the platform for a long time today.",
    "Life is just pain and I'm done with it.",
    "I keep thinking about how peaceful it would be to just stop.",
    "I have it all planned out, where and how.",
    "Nobody would even notice if I was gone for good.",
    "I can't handle one more day of feeling like this. I need it to end.",
    "I sat in the garage with the engine running, then turned it off. I'll try again.",
    "There's no point in anything, I'm a burden on everyone I love.",
    "My chest hurts from crying and all I want is to stop existing.",
    "I'm counting down the days until I can finally leave this world.",
  ],
  supporter: [
    "My girlfriend told me she has a plan to end her life and I don't know who to call.",
    "Our son has been hurting himself and hiding it under long sleeves.",
    "I'm scared for my friend, she said nobody would miss her.",
    "You are not a burden, please let me help you through tonight.",
  ],
  none: [
    "Today was okay. Coffee with Sam, a long walk, early night.",
    "I got the promotion! I can't believe it, I nearly cried in the lift.",
    "My mind keeps replaying the argument with my sister.",
    "The dentist appointment is going to kill me, I hate needles.",
    "I'm dead set on finishing the course this time.",
    "This commute is slowly killing my soul, ha.",
    "I'm sick of the rain. Three weeks straight.",
    "I felt really lonely in the new city but the climbing club helped.",
    "I stayed in bed till noon. It was what I needed.",
    "Feeling anxious about the biopsy results on Thursday.",
    "My mum's illness is getting worse and I feel helpless.",
    "I had a nightmare about falling and woke up sweating.",
    "I was so embarrassed at the meeting I wanted the floor to swallow me.",
    "I'm worn out from caring for everyone but myself.",
    "I argued with my partner about money again. We made up later.",
    "I've been feeling low since the clocks went back.",
    "My boss is going to murder me when she sees the numbers.",
    "Grief comes in waves. Today was a big one.",
    "I cut my hair short and I love it.",
    "Burnt the toast and my fingers, what a morning.",
    "I'm scared I'll never find someone who gets me.",
    "The documentary on overdoses in small towns was harrowing.",
    "Years ago I hurt myself a lot. I haven't in a long time and I'm gentle with that younger me.",
    "I hate that part of me that always needs to be perfect.",
    "I screamed into a pillow and then felt a bit better.",
    "My knee is killing me after the run.",
    "I'm ready to let go of the old resentment towards my father.",
    "I wish I could run away to the sea for a month.",
    "Everything is too much this week: work, the kids, the house.",
    "I shot myself in the foot by agreeing to host again.",
  ],
};
