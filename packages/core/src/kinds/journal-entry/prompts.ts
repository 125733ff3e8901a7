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

// NOTE: ids are stored in journal entries (the prompt an entry started from): they never change,
// and a new prompt gets a new id, wherever it is inserted.
export const PROMPTS: readonly Prompt[] = [
  { id: "inward-1", theme: "inward", text: "What has been asking for my attention this week that I keep putting aside?" },
  { id: "inward-2", theme: "inward", text: "If today had a weather report for my inner world, what would it say?" },
  { id: "inward-3", theme: "inward", text: "What am I carrying right now that is not mine to carry?" },
  { id: "inward-4", theme: "inward", text: "When did I last feel fully like myself? What was around me?" },
  { id: "inward-5", theme: "inward", text: "What would I like to say out loud, if I knew nobody would judge it?" },
  { id: "inward-6", theme: "inward", text: "Which feeling have I been avoiding lately, and what might it want me to know?" },
  { id: "inward-7", theme: "inward", text: "What does my body seem to know today that my mind has not caught up with?" },
  { id: "inward-8", theme: "inward", text: "What is one thing I understand about myself now that I did not a year ago?" },
  { id: "triggers-1", theme: "triggers", text: "Think of a recent moment that stung. What happened just before it?" },
  { id: "triggers-2", theme: "triggers", text: "What story did I tell myself in that moment, and what else could be true?" },
  { id: "triggers-3", theme: "triggers", text: "Which words, tones or looks tend to set something off in me?" },
  { id: "triggers-4", theme: "triggers", text: "After a hard moment, what helps me come back to myself?" },
  { id: "triggers-5", theme: "triggers", text: "When I reacted rather than responded, what was I trying to protect?" },
  { id: "triggers-6", theme: "triggers", text: "What did I need in that moment that I did not get?" },
  { id: "triggers-7", theme: "triggers", text: "If I could replay the moment, what would I like to do the same, and what differently?" },
  { id: "triggers-8", theme: "triggers", text: "Where in my body did I first notice the reaction starting?" },
  { id: "parts-1", theme: "parts", text: "Which part of me has been loudest lately? What is it worried about?" },
  { id: "parts-2", theme: "parts", text: "If my inner critic wrote me a letter, what would it say, and what is it afraid of?" },
  {
    id: "parts-3",
    theme: "parts",
    text: "Which part of me tries hardest to keep everyone happy? What does it believe would happen if it stopped?",
  },
  { id: "parts-4", theme: "parts", text: "What does my perfectionist part want for me, underneath the pressure?" },
  { id: "parts-5", theme: "parts", text: "Is there a part of me that rarely gets a say? What would it like to tell me?" },
  { id: "parts-6", theme: "parts", text: "How old does the part that took over today feel?" },
  { id: "parts-7", theme: "parts", text: "What would I like to thank one of my protective parts for?" },
  { id: "parts-8", theme: "parts", text: "When two parts of me want different things, what does each one need?" },
  { id: "beliefs-1", theme: "beliefs", text: "Finish the sentence: 'People like me always…'. Where did I learn that?" },
  { id: "beliefs-2", theme: "beliefs", text: "Which belief about myself would I most like to loosen?" },
  { id: "beliefs-3", theme: "beliefs", text: "What did my family believe about feelings, money, or success that I still carry?" },
  { id: "beliefs-4", theme: "beliefs", text: "What belief has kept me safe, and what has it cost me?" },
  { id: "beliefs-5", theme: "beliefs", text: "When do I feel most sure that I am not enough? What is happening around me then?" },
  { id: "beliefs-6", theme: "beliefs", text: "What would I do differently this week if I believed I was worth it?" },
  { id: "beliefs-7", theme: "beliefs", text: "Which 'should' have I been living by, and whose voice does it sound like?" },
  { id: "beliefs-8", theme: "beliefs", text: "What is a kinder belief that might also be true?" },
  {
    id: "attachments-1",
    theme: "attachments",
    text: "What am I holding onto tightly right now, and what do I fear would happen if I let go?",
  },
  { id: "attachments-2", theme: "attachments", text: "What outcome am I trying to control? What is out of my hands?" },
  { id: "attachments-3", theme: "attachments", text: "Which wish keeps coming back, and what is underneath it?" },
  { id: "attachments-4", theme: "attachments", text: "What role or label am I most attached to being seen as?" },
  { id: "attachments-5", theme: "attachments", text: "What has holding on cost me in rest, joy or closeness?" },
  { id: "attachments-6", theme: "attachments", text: "What could I loosen my grip on by just a little today?" },
  { id: "attachments-7", theme: "attachments", text: "When have I let go of something before and found I was still all right?" },
  { id: "attachments-8", theme: "attachments", text: "What would be left of me if this did not go my way?" },
  { id: "inner-child-1", theme: "inner-child", text: "What did I love doing as a child, before I worried what anyone thought?" },
  { id: "inner-child-2", theme: "inner-child", text: "What did the younger me most need to hear, and rarely did?" },
  { id: "inner-child-3", theme: "inner-child", text: "Write a few lines to yourself at seven years old. What do they need to know?" },
  { id: "inner-child-4", theme: "inner-child", text: "When did the younger me feel safe? Who or what made that possible?" },
  { id: "inner-child-5", theme: "inner-child", text: "What would my inner child like to do this weekend?" },
  { id: "inner-child-6", theme: "inner-child", text: "Which of my reactions today felt younger than my age?" },
  { id: "inner-child-7", theme: "inner-child", text: "How can I offer myself a little protection this week?" },
  { id: "inner-child-8", theme: "inner-child", text: "If my younger self could ask me one question, what would it be?" },
  { id: "self-1", theme: "self", text: "When did I last feel calm and curious at the same time? What was that like?" },
  { id: "self-2", theme: "self", text: "What would the wisest, kindest version of me say about today?" },
  { id: "self-3", theme: "self", text: "If I looked at my struggles with compassion instead of criticism, what would I notice?" },
  { id: "self-4", theme: "self", text: "Where did I show courage this week, even in a small way?" },
  { id: "self-5", theme: "self", text: "What helps me feel connected to something larger than myself?" },
  { id: "self-6", theme: "self", text: "What do I see more clearly now than I did this morning?" },
  { id: "self-7", theme: "self", text: "What is a creative thing I could make or try, just for the joy of it?" },
  { id: "self-8", theme: "self", text: "What does confidence feel like in my body when it is there?" },
  { id: "gratitude-1", theme: "gratitude", text: "What is one small thing that went well today?" },
  { id: "gratitude-2", theme: "gratitude", text: "Who made my day a little easier, and how?" },
  { id: "gratitude-3", theme: "gratitude", text: "What did I see, hear or taste today that I would like to remember?" },
  { id: "gratitude-4", theme: "gratitude", text: "What is something my body did for me today?" },
  { id: "gratitude-5", theme: "gratitude", text: "What is a comfort I often overlook?" },
  { id: "gratitude-6", theme: "gratitude", text: "Which small kindness did I give or receive this week?" },
  { id: "gratitude-7", theme: "gratitude", text: "What is one thing about where I live that I appreciate?" },
  { id: "gratitude-8", theme: "gratitude", text: "What made me smile, even briefly?" },
];

export const promptById = (id: string): Prompt | undefined => PROMPTS.find((p) => p.id === id);

/** The day's prompt: the same all day on this device, a different one tomorrow, every one in turn. */
export const promptForDay = (date: Date): Prompt => {
  const day = Math.floor(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()) / 86_400_000);
  return PROMPTS[day % PROMPTS.length]!;
};

/** A prompt chosen by `random` (0 ≤ r < 1), never the same as `notId` when there is a choice. */
export const shufflePrompt = (random: number, notId?: string, themeId?: string): Prompt => {
  const pool = PROMPTS.filter((p) => (themeId === undefined || p.theme === themeId) && p.id !== notId);
  const from = pool.length === 0 ? PROMPTS : pool;
  return from[Math.min(from.length - 1, Math.floor(random * from.length))]!;
};
