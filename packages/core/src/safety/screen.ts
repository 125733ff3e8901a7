/**
 * The crisis screen: a fast, explainable check of free text, run on the device when it is saved.
 * No network. Rules say which phrase matched, so a person (and a test) can see why; a small model
 * (`model.ts`) beside them hears indirect wording and names the words that weighed most.
 *
 * Missing a real signal is worse than a false alarm, so signal patterns are broad; figures of
 * speech, negations and clearly past, resolved events are then set aside.
 */
import { aboutSomeoneElse, CONCEPT_SIGNALS, OTHER_CONCEPT } from "./concepts.ts";
import type { ScreenModel } from "./model.ts";

export type { SignalCategory } from "./concepts.ts";
import type { SignalCategory } from "./concepts.ts";
export type ScreenResult = {
  /** "none": nothing to show; "self": the person may be at risk; "supporter": they write about someone else at risk. */
  audience: "none" | "self" | "supporter";
  categories: SignalCategory[];
  matches: { category: SignalCategory; phrase: string }[];
};

const NONE: ScreenResult = { audience: "none", categories: [], matches: [] };

const CONTRACTIONS: [RegExp, string][] = [
  [/\bcan'?t\b/g, "cannot"],
  [/\bwon'?t\b/g, "will not"],
  [/\b(do|does|did|is|are|was|were|have|has|had|would|could|should)n'?t\b/g, "$1 not"],
  [/\bi'?m\b/g, "i am"],
  [/\bi'?ve\b/g, "i have"],
  [/\bi'd\b/g, "i would"],
  [/\b(i|he|she|they|we|you|it|that)'ll\b/g, "$1 will"],
  [/\b(it|that|there|he|she)'?s\b/g, "$1 is"],
  [/\b(they|we|you)'re\b/g, "$1 are"],
  [/\bwanna\b/g, "want to"],
];

export const normalize = (text: string): string => {
  let t = text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .replace(/[\u201c\u201d]/g, '"');
  for (const [re, to] of CONTRACTIONS) t = t.replace(re, to);
  return t.replace(/\s+/g, " ");
};

const sentencesOf = (t: string): string[] => t.split(/(?<=[.!?;\n])\s+|\s+(?:but|and then|so)\s+(?=i\b)/).filter((s) => s.trim() !== "");

const WANT = String.raw`(?:want|wants|wanted|wish|wished|need|going|gonna|plan|planning|think about|thinking about|thought about|keep thinking about|feel like|ready|tempted|urge|going to)`;

/** Phrases that signal risk, by category. Each is a regular expression over normalized text. */
const SIGNALS: { category: SignalCategory; re: RegExp }[] = [
  // Suicidal thoughts, direct.
  { category: "suicidal", re: /\b(kill|killing|hang|hanging|drown|shoot) myself\b/ },
  { category: "suicidal", re: /\b(end|ending|take|taking) (it all|my (own )?life|my life|things for good)\b/ },
  { category: "suicidal", re: /\bsuicid(e|al)\b/ },
  { category: "suicidal", re: new RegExp(String.raw`\b${WANT} (to )?(die|be dead|not (be )?(alive|exist|wake up))\b`) },
  { category: "suicidal", re: /\b(wish|wishing|hope|hoping) (i|that i) (was|were|could be|would be) (dead|gone|never born)\b/ },
  { category: "suicidal", re: /\b(wish|wishing|hope|hoping) (i|that i) (do not|never|will not|would not) wake up\b/ },
  {
    category: "suicidal",
    re: /\b(do not|no longer|not) want to (live(?! (in|at|with|near|by|on|abroad|somewhere|there|together|alone|like that))|be alive|exist|wake up|be here|go on(?= living| like this| anymore|\s*[.!?,;]|$))\b/,
  },
  { category: "suicidal", re: /\bbetter off dead\b/ },
  // Suicidal thoughts, indirect.
  {
    category: "suicidal",
    re: /\b(everyone|everybody|they|the world|my (family|kids|children|friends))( all)? (would|will)( all)? be better( off)? without me\b/,
  },
  {
    category: "suicidal",
    re: /\b(i am|i feel like|feel like|i feel) (just |such |so much of )?a burden( to (everyone|everybody|them|my family))?\b/,
  },
  {
    category: "suicidal",
    re: /\b(no|not any|no more) (reason|point) (in |to )?(living|live|go on|going on|keep going|being alive|staying)\b/,
  },
  { category: "suicidal", re: /\bwhat is the point of (living|life|going on|being alive|anything anymore)\b/ },
  {
    category: "suicidal",
    re: /\b(cannot|can not|could not) (go on|keep going|do this anymore|take (it|this) anymore|carry on)( anymore| like this| any longer)?\b/,
  },
  { category: "suicidal", re: /\b(disappear|go to sleep|fall asleep) (forever|and never wake up|for good)\b/ },
  { category: "suicidal", re: /\bnot (be|going to be) (around|here) (much longer|for long|anymore)\b/ },
  { category: "suicidal", re: /\b(tired|sick) of (living|being alive|life itself)\b/ },
  { category: "suicidal", re: /\bwhen i am gone\b|\bafter i am gone\b/ },
  { category: "suicidal", re: /\bno way out\b|\bonly way out\b/ },
  // Broader first-person signals, for wording the lists above do not foresee.
  {
    category: "suicidal",
    re: /\b(think|thinking|thought|obsess|obsessing|dream|dreaming|fantasi[sz]e|fantasi[sz]ing) about (dying|death|my death|being dead|not being here|not existing)\b/,
  },
  {
    category: "suicidal",
    re: /\b(life|living|it) (is not|is no longer|was not|does not feel) worth (living|it anymore|anything)\b|\bnot worth living\b/,
  },
  { category: "suicidal", re: /\b(stop|to stop|just stop) (existing|living|being alive|being here)\b/ },
  { category: "suicidal", re: /\b(want|wish|need) (it all|everything|my life|all of it|it) to (end|be over|stop for good)\b/ },
  { category: "suicidal", re: /\b(nobody|no one|noone) (would|will) (miss|notice|care)( me| if i)\b/ },
  {
    category: "suicidal",
    re: /\b(happier|better off|better|easier|lighter) (if|when) i (was|were|am) (not (around|here|alive)|gone|dead)\b|\bif i (died|disappeared|was gone|were gone)\b/,
  },
  { category: "suicidal", re: /\b(ways|how|best way) to (die|kill myself|end it|end my life)\b/ },
  { category: "suicidal", re: /\b(cannot|can not) (keep|go on) (living|like this)\b/ },
  { category: "suicidal", re: /\bnot see myself (making it|being here|being alive|alive|living|here)\b/ },
  { category: "suicidal", re: /\b(picture|picturing|imagine|imagining|planning|plan) my (own )?funeral\b/ },
  // Self-harm.
  {
    category: "self-harm",
    re: /\b(cut|cutting|burn|burned|burnt|burning|hurt|hurting|harm|harmed|harming|punish|punished|punishing|hit|hitting|scratch|scratched|scratching|starve|starved|starving) myself\b/,
  },
  { category: "self-harm", re: /\bself[- ]?(harm|harms|harmed|harming|injur(y|e|ed|ing))\b/ },
  { category: "self-harm", re: /\b(cut|cutting|burn|burned|burnt) (my|on my) (arm|arms|wrist|wrists|leg|legs|skin|thigh|thighs)\b/ },
  {
    category: "self-harm",
    re: /\b(urge|urges|pull|tempted|need|want) to (cut|burn|self[- ]?harm)\b(?! back| down| out| off| ties| corners| costs| it| my hair)/,
  },
  { category: "self-harm", re: /\b(new|fresh) (cuts|burns)\b/ },
  { category: "self-harm", re: /\b(relapsed|relapse) (and|on) (cut|cutting|self-harm)/ },
  { category: "self-harm", re: /\bmake myself bleed\b|\buntil i bleed\b/ },
  // A plan or intent.
  {
    category: "plan",
    re: /\b(i have|i made|made|got|have got) a plan\b.*\b(die|end|kill|it)\b|\bi (have|know) (how|when) i (would|will|am going to) do it\b/,
  },
  { category: "plan", re: /\b(rope|pills|a gun|blades)\b.*\ba plan\b/ },
  {
    category: "plan",
    re: /\b(saved|saving|stockpiling|collected|collecting|bought|buying|counted) (up )?(enough )?(pills|tablets|my (pills|meds|medication)|a rope|a gun|rope|razor blades?|blades)\b/,
  },
  { category: "plan", re: /\b(wrote|writing|written|left) (a |my )?(suicide note|goodbye (note|letter)s?|note for my family)\b/ },
  { category: "plan", re: /\b(giving|gave) away (my|all my) (things|stuff|belongings)\b/ },
  { category: "plan", re: /\b(tonight|today|this weekend|tomorrow) (is|will be) the (night|day)\b/ },
  { category: "plan", re: /\bgoing to (jump|overdose|end it)\b|\b(jump|jumping) (off|from) (the|a) (bridge|roof|building)\b/ },
  { category: "plan", re: /\bsaid my goodbyes\b|\b(saying|said) goodbye to everyone\b/ },
  // Being in danger.
  {
    category: "danger",
    re: /\b(he|she|they|my (partner|husband|wife|boyfriend|girlfriend|dad|father|mom|mum|mother|stepdad|ex)) (hits|hit|beats|beat|chokes|choked|strangled|threatens|threatened|hurts|hurt) me\b/,
  },
  { category: "danger", re: /\bthreatened to (kill|hurt) me\b|\b(is going to|is gonna|will|is about to) (kill|hurt) me\b/ },
  {
    category: "danger",
    re: /\b(i am not|i do not feel|i never feel|i no longer feel) safe\b|\bnot safe (at home|here|with (him|her|them))\b|\bafraid for my (life|safety)\b/,
  },
  { category: "danger", re: /\b(locked|locks|trapped|traps) me (in|inside|up)\b|\b(will not|does not|would not) let me leave\b/ },
  { category: "danger", re: /\b(being|been|was|were|got) (abused|assaulted|raped)\b|\b(abuses|raped|assaulted) me\b/ },
];

/** Words for a person: what "is going to kill me" after one of them is a threat, not a figure. */
const PERSON_WORDS =
  "(he|she|they|him|her|them|i|you|we|man|men|guy|guys|woman|women|boy|girl|husband|wife|partner|boyfriend|girlfriend|dad|father|mum|mom|mother|stepdad|stepfather|ex|brother|sister|son|daughter|uncle|aunt|neighbour|neighbor|landlord|people|person|someone|somebody)";

/** Everyday figures of speech that contain risky words but are not risk. */
const FIGURES: RegExp[] = [
  /\b(be|is|was|will be) the death of me\b/,
  /\bmy life is over if\b/,
  /\b(song|film|movie|book|novel|show|series|play|poem|episode|documentary|article|podcast)s? (about|called|titled|on)\b.*/,
  /\bend (it|things) with (him|her|them|my \w+)\b/,
  /\bsuicide (prevention|awareness|hotline|helpline|line|statistics|rates?|research|training)\b/,
  /\b(is|are|was|were|it is|this is|that is) (killing|murdering) me\b/,
  /\bkill(ing)? me softly\b/,
  /\b(could|would|might|will|about to|going to|gonna) die (of|from) (embarrassment|shame|boredom|laughter|laughing|cuteness|happiness|joy)\b/,
  /\bdie laughing\b|\bdying (of|from) laughter\b|\bdying to\b|\bto die for\b/,
  /\b(bored|scared|worried|tired|sick) to death\b|\bdead tired\b|\bdead on my feet\b/,
  /\b(would|could|i would) kill for\b|\bkill(ed|ing)? it\b|\bkill time\b|\bkilling time\b/,
  /\bmy (mom|mum|dad|boss|teacher|coach|sister|brother|partner|wife|husband) (will|would|is going to|is gonna) kill me\b/,
  /\b(she|he|they) (will|would|is going to|is gonna) kill me for\b/,
  /\bmy (feet|back|legs|head|knees) (are|is) killing me\b/,
  /\bcannot take (it|this) anymore,? (haha|lol)\b/,
  /\bkill (the|this|that) (bug|spider|mosquito|process|engine|lights|noise|vibe)\b/,
  /\b(scratched|cut|burned|burnt|hurt|scraped|grazed|caught) my \w+ (on|in) (a|the) (bramble|thorn|nail|branch|fence|door|gate|oven|stove|corner|rosebush|hedge)s?\b/,
  // A thing, not a person, that "is going to kill me": the dentist, this commute, the heat.
  new RegExp(
    String.raw`\b(the|this|that|these|those) ((?!${PERSON_WORDS}\b)\w+ ){0,2}(is|are|will|is going to|is gonna) (going to |gonna )?kill(ing)? me\b`,
  ),
  /\bdead set on\b/,
];

const NEGATIONS =
  /\b(never|not|no|do not|does not|did not|would not|will not|could not|no longer have|am not|wasn't|without any)\b[^.,;]{0,30}$/;
/** "I do not know how much longer…" is doubt, not a negation of what follows. */
const UNSURE = /\bnot (know|sure|certain)( if| whether| how)?\s*$/;
const NEGATION_WORDS = /\b(not|never|no)\b/;
/** Signals in a sentence that plainly says it is over, and a present-day contrast. */
const PAST_RESOLVED =
  /\b(used to|years ago|months ago|when i was (young|younger|a (kid|child|teen|teenager)|\d+)|back (then|in (school|college|my twenties))|as a teen(ager)?|in the past|a long time ago|long ago)\b/;
const PRESENT_AGAIN =
  /\b(again|lately|these days|right now|tonight|today|this week|anymore)\b|\bstill (want|feel|think|cut|hurt|have|wish)/;
/** A question asked of the writer, or a signal that plainly did not happen. */
const ASKED = /\basked (me )?(if|whether)\b[^.]*$/;
const DID_NOT_HAPPEN = /^[^.]{0,12}\b(did not|does not|has not|have not|never) (come|happen|return|show up|win)\b/;

/** Someone else at risk: the writer is a supporter. */
const OTHER_PERSON =
  /\b(told me (that )?(he|she|they)|(a|my|our) (student|client|patient|pupil|friend|colleague|neighbour|neighbor)|our (son|daughter|child|kid|boy|girl|teenager|eldest|youngest)|my (teenage|little|eldest|youngest|older|younger|oldest) (son|daughter|brother|sister|boy|girl|child|kid)|my (friend|best friend|flatmate|housemate|teammate|son|daughter|sister|brother|partner|husband|wife|boyfriend|girlfriend|mom|mum|mother|dad|father|kid|child|student|client|colleague|coworker|roommate|cousin|niece|nephew|grandson|granddaughter)|(he|she|they) (said|says|told me|texted|mentioned|keeps saying|talks about|is talking about))\b/;
const OTHER_SIGNAL =
  /\b(kill (himself|herself|themselves|themself)|(end|ending) (his|her|their) life|suicid(e|al)|wants? to die|want(s|ed)? to die|(cut|cutting|hurt|hurting|harm|harming) (himself|herself|themselves)|self[- ]?harm(s|ed|ing)?|better off without (him|her|them)|(he|she|they)('d| would| will| is| are)? (be )?better off dead|not want to (live|be here)|does not want to (live|be here|be alive))\b/;

type Found = ScreenResult["matches"][number] & { at: number };

/** Of phrases that overlap ("want to kill myself" and "kill myself"), the longest alone. */
const longestOnly = (found: readonly Found[]): ScreenResult["matches"] => {
  const kept: Found[] = [];
  for (const f of [...found].sort((a, b) => b.phrase.length - a.phrase.length)) {
    if (kept.some((k) => f.at < k.at + k.phrase.length && k.at < f.at + f.phrase.length)) continue;
    kept.push(f);
  }
  return kept.sort((a, b) => a.at - b.at).map(({ category, phrase }) => ({ category, phrase }));
};

const APOSTROPHE = "['’ʼ`]?";
/** What normalize() wrote, and every way a person may have written it. */
const WRITTEN: [RegExp, (m: RegExpExecArray) => string][] = [
  [/^cannot$/, () => `(?:can${APOSTROPHE}t|cannot|can not)`],
  [/^will not$/, () => `(?:won${APOSTROPHE}t|will not)`],
  [/^(do|does|did|is|are|was|were|have|has|had|would|could|should) not$/, (m) => `(?:${m[1]}n${APOSTROPHE}t|${m[1]} not)`],
  [/^i am$/, () => `(?:i${APOSTROPHE}m|i am)`],
  [/^i have$/, () => `(?:i${APOSTROPHE}ve|i have)`],
  [/^i would$/, () => `(?:i${APOSTROPHE}d|i would)`],
  [/^(i|he|she|they|we|you|it|that) will$/, (m) => `(?:${m[1]}${APOSTROPHE}ll|${m[1]} will)`],
  [/^(it|that|there|he|she) is$/, (m) => `(?:${m[1]}${APOSTROPHE}s|${m[1]} is)`],
  [/^(they|we|you) are$/, (m) => `(?:${m[1]}${APOSTROPHE}re|${m[1]} are)`],
  [/^want to$/, () => "(?:wanna|want to)"],
];
const literal = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * A matched phrase as the person wrote it ("don't want to live", not "do not want to live"): found
 * again in their own text, contractions and all. The phrase itself when it cannot be found.
 */
export const asWritten = (text: string, phrase: string): string => {
  const words = phrase.split(" ");
  const parts: string[] = [];
  for (let i = 0; i < words.length; ) {
    const pair = words.slice(i, i + 2).join(" ");
    const two = WRITTEN.find(([re]) => words.length > i + 1 && re.test(pair));
    if (two !== undefined) {
      parts.push(two[1](two[0].exec(pair)!).replace(/ /g, "\\s+"));
      i += 2;
      continue;
    }
    const one = WRITTEN.find(([re]) => re.test(words[i]!));
    parts.push(one === undefined ? literal(words[i]!) : one[1](one[0].exec(words[i]!)!).replace(/ /g, "\\s+"));
    i += 1;
  }
  try {
    const m = new RegExp(`(?<![\\p{L}\\p{N}])${parts.join("\\s+")}(?![\\p{L}\\p{N}])`, "iu").exec(text.normalize("NFKC"));
    return m === null ? phrase : m[0].replace(/\s+/g, " ");
  } catch {
    return phrase;
  }
};

/**
 * Writing to someone at risk, in the second person ("you have so much to live for", "please do not
 * hurt yourself"): the writer is a supporter. A critic's voice telling the writer to ("just kill
 * yourself", "you should hurt yourself") is not: that is the writer's own risk, and is flagged.
 */
const TO_SOMEONE =
  /\b((do not|never|please do not|promise me you will not|i do not want you to) (kill|hurt|harm|cut) yourself|you (want|wanted|wanna|said you want|said you wanted|keep saying you want|are thinking about|were thinking about|talk about|talked about) (to )?(die|kill yourself|end (it all|your life)|hurt yourself|harm yourself|be dead|suicide)|you (will|might|would|could|are going to) (hurt|harm|kill) yourself|(so much|a lot|everything) to live for|please stay,? you matter|you matter (so much|more than you know|to me)|you are not a burden|(thinking about|thinking of) (ending|taking) your (own )?life|you (told me|said) you (wanted|want) to end it|if you are (thinking about|feeling) suicid(e|al)|(worried|scared|afraid) (that )?you (will|might|would|are going to) (hurt|harm|kill) yourself)\b/;
const CRITIC_VOICE = /\b(you should|should just|just|go|why not|why do not you) (just )?(kill|hurt|harm) yourself\b/;

/** What a sentence holds: signals, and whether a signal's words were there but set aside. */
const flag = (sentence: string): { found: ScreenResult["matches"]; setAside: boolean } => {
  const found: Found[] = [];
  let setAside = false;
  const rules = aboutSomeoneElse(sentence) ? SIGNALS : [...SIGNALS, ...CONCEPT_SIGNALS];
  for (const { category, re } of rules) {
    const m = re.exec(sentence);
    if (m === null) continue;
    const before = sentence.slice(Math.max(0, m.index - 40), m.index);
    const phrase = m[0];
    // "I do not want to live like this" counts; "I would never kill myself" does not.
    const negatedInside = /^(do not|no longer|not) want to/.test(phrase)
      ? false
      : NEGATION_WORDS.test(phrase.split(" ").slice(0, 2).join(" "));
    if (
      (!negatedInside && NEGATIONS.test(before) && !/\b(no longer|not anymore)\b/.test(before.slice(-14)) && !UNSURE.test(before)) ||
      ASKED.test(before) ||
      DID_NOT_HAPPEN.test(sentence.slice(m.index + phrase.length)) ||
      FIGURES.some((f) => f.test(sentence) && overlaps(f, sentence, m.index, phrase.length))
    ) {
      setAside = true;
      continue;
    }
    if (!found.some((f) => f.phrase === phrase && f.at === m.index)) found.push({ category, phrase, at: m.index });
  }
  return { found: longestOnly(found), setAside };
};

const overlaps = (re: RegExp, sentence: string, start: number, length: number): boolean => {
  const global = new RegExp(re.source, "g");
  for (const m of sentence.matchAll(global)) {
    const s = m.index ?? 0;
    if (s < start + length && start < s + m[0].length) return true;
  }
  return false;
};

/**
 * Screens one text: the rules, then the model (when loaded) for what the rules did not hear.
 * Someone at risk when either hears it; a supporter when the rules say so. Pure and fast; safe to
 * run on every save.
 * @example screenText("Everyone would be better off without me") // { audience: "self", categories: ["suicidal"], ... }
 */
export const screenText = (text: string, model?: Pick<ScreenModel, "read">): ScreenResult => {
  const { setAside, ...rules } = rulesOn(text);
  // In a few lines, words of risk the rules read as negated, a figure of speech, a question or long
  // past: the model, which reads words without their grammar, does not overrule that. A longer
  // page is the model's to read as a whole.
  if (rules.audience !== "none" || model === undefined || setAside) return rules;
  const read = model.read(text);
  if (!read.fires) return NONE;
  return { audience: "self", categories: ["overall"], matches: read.words.map((phrase) => ({ category: "overall", phrase })) };
};

/** The rules alone. */
export const screenByRules = (text: string): ScreenResult => {
  const { setAside: _, ...rules } = rulesOn(text);
  return rules;
};

const rulesOn = (text: string): ScreenResult & { setAside: boolean } => {
  if (text.trim() === "") return { ...NONE, setAside: false };
  let setAside = false;
  const t = normalize(text.slice(0, 50_000));
  const matches: ScreenResult["matches"] = [];
  let supporter = false;
  const sentences = sentencesOf(t);
  for (const whole of sentences) {
    const critic = CRITIC_VOICE.exec(whole);
    if (critic !== null) {
      matches.push({ category: "suicidal", phrase: critic[0] });
      continue;
    }
    // What is said to someone else is theirs; the rest of the sentence is still read for the writer.
    const sentence = whole.replace(new RegExp(TO_SOMEONE.source, "g"), () => {
      supporter = true;
      return " … ";
    });
    if (OTHER_PERSON.test(sentence) && (OTHER_SIGNAL.test(sentence) || OTHER_CONCEPT.test(sentence))) {
      supporter = true;
      continue;
    }
    const { found, setAside: aside } = flag(sentence);
    setAside ||= aside;
    if (found.length === 0) continue;
    if (PAST_RESOLVED.test(sentence) && !PRESENT_AGAIN.test(sentence)) {
      setAside = true;
      continue;
    }
    matches.push(...found);
  }
  if (matches.length > 0) {
    const categories = [...new Set(matches.map((m) => m.category))];
    // Named as the person wrote them, each once.
    const written = matches.map((m) => ({ ...m, phrase: asWritten(text, m.phrase) }));
    return {
      setAside,
      audience: "self",
      categories,
      matches: written.filter((m, i) => written.findIndex((o) => o.phrase.toLowerCase() === m.phrase.toLowerCase()) === i),
    };
  }
  return { ...(supporter ? { audience: "supporter", categories: [], matches: [] } : NONE), setAside: setAside && sentences.length <= 3 };
};

/**
 * Screens every free-text field of one record together: someone at risk wins over a supporter.
 * @example screenTexts(["Title", "I want to die"]).audience // "self"
 */
export const screenTexts = (texts: readonly string[], model?: Pick<ScreenModel, "read">): ScreenResult => {
  let supporter = false;
  const matches: ScreenResult["matches"] = [];
  for (const text of texts) {
    const result = screenText(text, model);
    matches.push(...result.matches);
    supporter ||= result.audience === "supporter";
  }
  if (matches.length > 0) return { audience: "self", categories: [...new Set(matches.map((m) => m.category))], matches };
  return supporter ? { audience: "supporter", categories: [], matches: [] } : NONE;
};
