/**
 * Journal prompts, in our own words, grouped by the practice they belong to. Ids are stable:
 * an entry keeps the id of the prompt it started from.
 */
export type PromptTheme = { id: string; name: string };
export type Prompt = { id: string; theme: string; text: string };

export const PROMPT_THEMES: readonly PromptTheme[] = [
  { id: "inward", name: "Looking inward" },
  { id: "triggers", name: "Triggers" },
  { id: "parts", name: "Parts" },
  { id: "beliefs", name: "Beliefs" },
  { id: "attachments", name: "Attachments" },
  { id: "inner-child", name: "Inner child" },
  { id: "self", name: "Self" },
  { id: "gratitude", name: "Small good things" },
];

const theme = (id: string, texts: readonly string[]): Prompt[] => texts.map((text, i) => ({ id: `${id}-${i + 1}`, theme: id, text }));

export const PROMPTS: readonly Prompt[] = [
  ...theme("inward", [
    "What has been asking for my attention this week that I keep putting aside?",
    "If today had a weather report for my inner world, what would it say?",
    "What am I carrying right now that is not mine to carry?",
    "When did I last feel fully like myself? What was around me?",
    "What would I like to say out loud, if I knew nobody would judge it?",
    "Which feeling have I been avoiding lately, and what might it want me to know?",
    "What does my body seem to know today that my mind has not caught up with?",
    "What is one thing I understand about myself now that I did not a year ago?",
  ]),
  ...theme("triggers", [
    "Think of a recent moment that stung. What happened just before it?",
    "What story did I tell myself in that moment, and what else could be true?",
    "Which words, tones or looks tend to set something off in me?",
    "After a hard moment, what helps me come back to myself?",
    "When I reacted rather than responded, what was I trying to protect?",
    "What did I need in that moment that I did not get?",
    "If I could replay the moment, what would I like to do the same, and what differently?",
    "Where in my body did I first notice the reaction starting?",
  ]),
  ...theme("parts", [
    "Which part of me has been loudest lately? What is it worried about?",
    "If my inner critic wrote me a letter, what would it say, and what is it afraid of?",
    "Which part of me tries hardest to keep everyone happy? What does it believe would happen if it stopped?",
    "What does my perfectionist part want for me, underneath the pressure?",
    "Is there a part of me that rarely gets a say? What would it like to tell me?",
    "How old does the part that took over today feel?",
    "What would I like to thank one of my protective parts for?",
    "When two parts of me want different things, what does each one need?",
  ]),
  ...theme("beliefs", [
    "Finish the sentence: 'People like me always…'. Where did I learn that?",
    "Which belief about myself would I most like to loosen?",
    "What did my family believe about feelings, money, or success that I still carry?",
    "What belief has kept me safe, and what has it cost me?",
    "When do I feel most sure that I am not enough? What is happening around me then?",
    "What would I do differently this week if I believed I was worth it?",
    "Which 'should' have I been living by, and whose voice does it sound like?",
    "What is a kinder belief that might also be true?",
  ]),
  ...theme("attachments", [
    "What am I holding onto tightly right now, and what do I fear would happen if I let go?",
    "What outcome am I trying to control? What is out of my hands?",
    "Which wish keeps coming back, and what is underneath it?",
    "What role or label am I most attached to being seen as?",
    "What has holding on cost me in rest, joy or closeness?",
    "What could I loosen my grip on by just a little today?",
    "When have I let go of something before and found I was still all right?",
    "What would be left of me if this did not go my way?",
  ]),
  ...theme("inner-child", [
    "What did I love doing as a child, before I worried what anyone thought?",
    "What did the younger me most need to hear, and rarely did?",
    "Write a few lines to yourself at seven years old. What do they need to know?",
    "When did the younger me feel safe? Who or what made that possible?",
    "What would my inner child like to do this weekend?",
    "Which of my reactions today felt younger than my age?",
    "How can I offer myself a little protection this week?",
    "If my younger self could ask me one question, what would it be?",
  ]),
  ...theme("self", [
    "When did I last feel calm and curious at the same time? What was that like?",
    "What would the wisest, kindest version of me say about today?",
    "If I looked at my struggles with compassion instead of criticism, what would I notice?",
    "Where did I show courage this week, even in a small way?",
    "What helps me feel connected to something larger than myself?",
    "What do I see more clearly now than I did this morning?",
    "What is a creative thing I could make or try, just for the joy of it?",
    "What does confidence feel like in my body when it is there?",
  ]),
  ...theme("gratitude", [
    "What is one small thing that went well today?",
    "Who made my day a little easier, and how?",
    "What did I see, hear or taste today that I would like to remember?",
    "What is something my body did for me today?",
    "What is a comfort I often overlook?",
    "Which small kindness did I give or receive this week?",
    "What is one thing about where I live that I appreciate?",
    "What made me smile, even briefly?",
  ]),
];

export const promptById = (id: string): Prompt | undefined => PROMPTS.find((p) => p.id === id);

/** A prompt chosen by `random` (0 ≤ r < 1), never the same as `notId` when there is a choice. */
export const shufflePrompt = (random: number, notId?: string, themeId?: string): Prompt => {
  const pool = PROMPTS.filter((p) => (themeId === undefined || p.theme === themeId) && p.id !== notId);
  const from = pool.length === 0 ? PROMPTS : pool;
  return from[Math.min(from.length - 1, Math.floor(random * from.length))]!;
};
