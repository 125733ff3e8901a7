/**
 * The concept layer of the crisis screen. Phrase lists miss the many ways people say the same
 * thing, so these rules combine small groups of words that mean one idea (a wish or intent, death,
 * a way to die, harm to one's own body, someone hurting me) with a bounded gap of other words
 * between them. Each rule is still one regular expression over normalised text, so the screen
 * can say exactly which words matched.
 */
/** What a signal is about. */
/** What a signal is about; "overall" is the model's reading of the writing as a whole. */
export type SignalCategory = "suicidal" | "self-harm" | "plan" | "danger" | "overall";

const alt = (...xs: string[]): string => `(?:${xs.join("|")})`;
/** Up to `n` words between two ideas, never across a comma, semicolon or colon. */
const gap = (n: number): string => String.raw`(?:\s+[^\s,;:]+){0,${n}}?\s+`;
const END = String.raw`(?=\s*(?:[.!?,;:]|$))`;

/** Wanting, intending, imagining or looking something up. */
const DESIRE = alt(
  "cannot stop thinking about",
  "can not stop thinking about",
  "keep thinking about",
  "keep thinking of",
  "thinking about",
  "thinking of",
  "think about",
  "thought about",
  "thoughts (?:of|about)",
  "want",
  "wants",
  "wanted",
  "wanting",
  "feel like",
  "feeling like",
  "wish",
  "wished",
  "wishing",
  "hope",
  "hoping",
  "would rather",
  "rather",
  "need",
  "long to",
  "longing",
  "yearn(?:ing)?",
  "imagin(?:e|ing)",
  "pictur(?:e|ing)",
  "fantasi[sz](?:e|ing)",
  "dream(?:ing)? (?:of|about)",
  "urges?",
  "tempted",
  "craving",
  "going to",
  "gonna",
  "decided",
  "ready",
  "plan(?:s|ning)?",
  "time to",
  "should just",
  "obsessed with",
  "googl(?:e|ed|ing)",
  "search(?:ed|ing)?",
  "look(?:ed|ing)? up",
  "research(?:ed|ing)?",
);

/** Dying, no longer being, ending it. */
const DEATH = alt(
  "suicide",
  "kill(?:ing)? myself",
  "overdos(?:e|ed|ing)",
  "(?:end|ending) (?:it all|everything|my life|my own life)",
  String.raw`(?:end|ending) (?:it|things)${END}`,
  String.raw`(?:everything|it all|all of it|it|the pain|my life) to (?:end|stop|be over)(?=\s*(?:[.!?,;:]|$|forever|for good|permanently|for ever))`,
  "to die",
  String.raw`die${END}`,
  String.raw`dying${END}`,
  "(?:be|being|were|was|am) dead",
  String.raw`dead${END}`,
  "death",
  "(?:be|being) gone",
  "gone (?:for good|forever|for ever|permanently)",
  "(?:disappear|vanish)(?:ed|ing)? (?:forever|for good|for ever|permanently)",
  "(?:sleep|rest) forever",
  "(?:never|not) wake up",
  "(?:stop|ceas(?:e|ing) to) exist(?:ing)?",
  "not exist",
  "give up on (?:life|living|everything)",
  "giving up on (?:life|living|everything)",
  String.raw`jump(?:ing)?(?: (?:off|from)|${END})`,
  "(?:step(?:ping)?|walk(?:ing)?|throw(?:ing)? myself) in front of (?:a|the) (?:train|bus|car|truck|lorry|traffic)",
  "crash(?:ing)? (?:the|my) car",
  "driv(?:e|ing) (?:off|into) (?:a|the)",
);

/** Life, waking, going on: a risk when doubted or denied. */
const LIFE = alt(
  // Not where or how to live: "I don't want to live in the city".
  "live(?! (?:in|at|with|near|by|on|abroad|somewhere|there|together|alone|like that)\\b)",
  "living",
  "alive",
  "exist",
  "existing",
  "(?:be|being|still) here",
  "(?:be|being) around (?:anymore|much longer|for long)",
  "wake up",
  "waking up",
  String.raw`go(?:ing)? on(?: living| like this| anymore|${END})`,
  String.raw`carry(?:ing)? on(?: living| like this| anymore|${END})`,
  String.raw`keep going${END}`,
  "survive",
  "surviving",
  "(?:a|any) future(?! with| in| for| at| as)",
);
const DOUBT = alt(
  "not",
  "no",
  "never",
  "cannot",
  "can not",
  "could not",
  "nothing",
  "without",
  "no point",
  "tired of",
  "sick of",
  "done with",
  "why bother",
);

/** Someone other than the writer. */
const PERSON = alt(
  "he",
  "she",
  "they",
  "him",
  "her",
  "them",
  "my (?:partner|husband|wife|boyfriend|girlfriend|dad|father|stepfather|stepdad|mom|mum|mother|stepmother|stepmom|uncle|aunt|brother|sister|ex|flatmate|roommate|landlord|boss)",
);
const BODY = alt(
  "arm",
  "arms",
  "wrist",
  "wrists",
  "skin",
  "leg",
  "legs",
  "thigh",
  "thighs",
  "stomach",
  "chest",
  "hips?",
  "head (?:against|on|into) (?:a|the) (?:wall|door|floor|desk|mirror)",
  "fists? (?:against|into) (?:a|the) wall",
);
const BLADE = alt("knife", "razor", "blade", "blades", "scissors", "rope", "noose", "gun", "pills", "tablets");
const PILLS = alt("pills", "tablets", "meds", "medication", "paracetamol", "sleeping pills", "painkillers", "prescriptions?");

const rule = (category: SignalCategory, source: string) => ({ category, re: new RegExp(String.raw`\b${source}\b`) });

export const CONCEPT_SIGNALS: { category: SignalCategory; re: RegExp }[] = [
  // Wanting, planning or imagining death, and death described as a relief.
  rule("suicidal", `${DESIRE}${gap(8)}${DEATH}`),
  rule(
    "suicidal",
    `death${gap(4)}(?:feels?|seems?|would be|is|sounds?)(?: like)?(?: a| the)? (?:relief|peace|release|escape|answer|only way|mercy|welcome|easier|better)`,
  ),
  // Doubting or denying life: "I can't see a future", "I don't deserve to live".
  rule("suicidal", `${DOUBT}${gap(6)}${LIFE}`),
  // Others better off, no one would notice: "easier for everyone if I wasn't around".
  rule(
    "suicidal",
    `(?:easier|better|lighter|happier|simpler|notice|care|miss me)${gap(4)}if i (?:just )?(?:was|were|am|was just|were just) (?:not (?:around|here|alive)|gone|dead)`,
  ),
  rule("suicidal", `(?:what if|maybe|if only) i (?:just )?(?:did not|never|would not|could not) (?:come back|wake up|make it home)`),
  rule("suicidal", `(?:easier|better|better off|lighter|happier|simpler|brighter)${gap(3)}without me`),
  rule(
    "suicidal",
    "nothing (?:left )?(?:for me )?(?:to live for|left for me|here for me)|nothing left for me (?:here|in this world|anymore)",
  ),
  rule("suicidal", `${DESIRE}${gap(4)}(?:would|could|will|might) (?:hit|kill|run over|take) me`),
  rule("suicidal", "(?:done|finished|tired|sick) (?:with|of) (?:life|living|existing|being alive)"),
  rule("suicidal", `how (?:much )?long(?:er)?${gap(4)}${LIFE}`),
  rule(
    "suicidal",
    "(?:life|living|existing|being alive|my life) (?:feels|is|seems|has become) (?:so |completely |totally )?(?:pointless|meaningless|unbearable|not worth it|over)",
  ),
  rule("suicidal", "what(?:s| is) (?:even )?the point (?:of|in) (?:me|my life|living|being alive|anything|going on)"),
  rule(
    "suicidal",
    "(?:picture|image|thought|vision|dream)s? of myself (?:hanging|dead|dying|gone|in a coffin)|see myself (?:hanging|dead)",
  ),
  rule("suicidal", `(?:favou?r|relief)${gap(4)}(?:by|if i) (?:disappearing|dying|being gone|killing myself|not being here)`),
  rule(
    "suicidal",
    `(?:harder|hard|cannot find|could not find|no|not find|struggl(?:e|ing) to find)${gap(4)}reasons? to (?:stay|live|keep going|be here|go on|wake up|stay alive)`,
  ),
  rule("suicidal", "(?:if|wish|that) i (?:was|were|had) never (?:been )?born"),
  rule("suicidal", "(?:do not|never|no longer) want (?:tomorrow|the morning|another day|the next day|to see tomorrow)(?: to come)?"),
  rule("suicidal", "i (?:just )?want out of (?:this life|life|existence|everything|it all)"),
  rule("suicidal", "(?:only (?:thing|one|reason)|all that is) (?:stopping|keeping|holding) me(?: back| here| alive| going)?"),
  // A plan: a means, a time, goodbyes.
  rule(
    "plan",
    `(?:how many|enough|all (?:of )?(?:my|the)|a (?:bottle|box|pack|packet) of|stockpil(?:e|ed|ing)|sav(?:e|ed|ing) up|hoard(?:ed|ing)?|collect(?:ed|ing))${gap(2)}${PILLS}`,
  ),
  rule("plan", `(?:star(?:e|ed|ing)|look(?:ed|ing)?|gaz(?:e|ed|ing)) at (?:the|a|my) ${BLADE}`),
  rule("plan", `(?:i have|i have got|i got|i bought|i hid|i have hidden|i keep) (?:the|a) (?:rope|noose|gun)`),
  rule(
    "plan",
    String.raw`(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tonight|tomorrow|today|this weekend) (?:is|will be) the (?:day|night)(?=\s*(?:[.!?]|$))`,
  ),
  rule("plan", "(?:decided|made up my mind)(?: that)? (?:i am done|to (?:do it|go through with it|end it))"),
  rule("plan", "goodbye (?:note|letter|message|text)s?|(?:letters?|notes?|messages?) to say goodbye"),
  rule("plan", `${BLADE}${gap(4)}(?:keeps? |is |are )?(?:calling|calls) (?:to )?me`),
  rule("plan", `(?:highest|tallest) (?:bridge|building|cliff|floor|roof)|(?:bridge|building|cliff|roof) (?:is )?the (?:highest|tallest)`),
  rule("plan", `${PILLS},? (?:a lot|lots|loads|so many|a stash) of (?:it|them)|(?:a lot|lots|loads|a stash|so many) of ${PILLS}`),
  rule("plan", "(?:saying|said) goodbye to (?:my friends|my family|everyone|everybody|them all)"),
  rule(
    "plan",
    "who (?:gets|will get|should get) my (?:things|stuff|belongings)|giv(?:e|ing|en) (?:away )?my (?:things|stuff|belongings) away|gave away my (?:things|stuff|belongings)",
  ),
  rule(
    "plan",
    "(?:going to|gonna|will|decided to) do it (?:tonight|today|tomorrow|this weekend|soon|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))",
  ),
  rule("plan", "how i (?:would|could|will|am going to|might) do it"),
  rule("plan", `(?:took|take|taking|swallowed|taken) (?:extra|too many|a handful of|all (?:of )?(?:my|the)|loads of|lots of) ${PILLS}`),
  rule("plan", "(?:a|my) will and (?:a |the )?(?:note|letter)s?"),
  // Looking up what is dangerous, standing at an edge, an attempt and its aftermath.
  rule(
    "plan",
    `(?:googl(?:e|ed|ing)|search(?:ed|ing)?|look(?:ed|ing)? up|research(?:ed|ing)?|read(?:ing)? up on)${gap(4)}${PILLS}${gap(5)}(?:dangerous|lethal|deadly|fatal|kill)`,
  ),
  rule("plan", `(?:lethal|fatal|deadly) (?:dose|amount|combination|mix)`),
  // At an edge alone with it, not looking at the view: "I stood at the edge of the platform for a long time".
  rule(
    "plan",
    `i (?:stood|stand|was standing|sat|was sitting|waited) (?:at|on|by) the (?:very )?edge of (?:the|a) (?:platform|cliff|roof|bridge|building|tracks)${gap(2)}(?:for (?:a long time|ages|an hour|hours|so long)|thinking|wondering|again|tonight|alone)`,
  ),
  rule("plan", `(?:sat|sitting|sit) in (?:the|my) (?:garage|car)${gap(2)}with the engine (?:running|on)`),
  rule("plan", "(?:pumped|pump) my stomach"),
  rule("plan", "found me (?:in time|just in time|before it was too late)"),
  rule(
    "plan",
    `(?:wish|wishes|wished) (?:it had worked|(?:they|he|she|you) had not(?: found me| come| saved me| stopped me)?${END}|i had not (?:woken up|been found|survived|made it))`,
  ),
  // A high place, looked at from afar: "zooming in on the viaduct on the map".
  rule(
    "plan",
    `(?:zoom(?:ed|ing)? in on|(?:keep|kept) (?:looking at|checking|going back to)|star(?:e|ed|ing) at)${gap(2)}(?:viaduct|bridge|cliffs?|tower|multi-storey|car park roof|quarry|reservoir|overpass)${gap(2)}(?:on|in) (?:the |google )?(?:map|maps|street view)`,
  ),
  rule("plan", `made my peace${END}|made my peace with (?:dying|death|it all|everything|leaving|going)`),
  rule("plan", "swallowed (?:everything|all (?:of )?(?:it|them|the \\S+)|the (?:whole|lot)|a handful)"),
  // Harm to one's own body.
  rule(
    "self-harm",
    `(?:cut|cutting|burn(?:ed|t|ing)?|scratch(?:ed|ing)?|hit|hitting|punch(?:ed|ing)?|bang(?:ed|ing)?|slash(?:ed|ing)?|carv(?:e|ed|ing)|bit|bite|biting|pick(?:ed|ing)? at) my ${BODY}`,
  ),
  rule("self-harm", "i cut (?:deeper|again|too deep)"),
  rule("self-harm", "(?:slit|slashed|sliced) my (?:wrists?|arms?|throat|skin)"),
  rule("self-harm", String.raw`the urges? (?:is|are|came|come|has come|have come) back${END}`),
  rule("self-harm", "(?:cutting|burning|scratching|self[- ]?harming) (?:again|myself)"),
  rule("self-harm", String.raw`until (?:it|they|i|my \S+) (?:bled|bleeds?)|(?:make|made|making) (?:it|them|myself) bleed`),
  rule("self-harm", `(?:hold(?:ing)?|held|holding onto) (?:the|a|my) (?:razor|blade|blades)`),
  rule("self-harm", `urges?${gap(4)}(?:to )?(?:cut|burn|hurt myself|harm myself|self[- ]?harm)`),
  // Someone hurting or frightening me.
  rule(
    "danger",
    `${PERSON}${gap(3)}(?:hit|hits|grabbed|grabs|choked|chokes|strangled|pushed|shoved|kicked|slapped|punched|threatened|threatens|touches|touched|raped|forced|pinned)${gap(1)}?(?:me|my)`,
  ),
  rule(
    "danger",
    `${PERSON}${gap(2)}(?:held|holds|pulled|pulls|pointed|points|put) (?:a|the|his|her) (?:knife|gun|blade)${gap(2)}?(?:to|at|against) (?:me|my)`,
  ),
  rule("danger", `(?:throw|throws|threw|throwing) (?:things|stuff|\\S+) at me`),
  rule("danger", `${PERSON}${gap(2)}(?:comes?|came|coming|gets|got) into my (?:room|bed)`),
  rule(
    "danger",
    `${PERSON} (?:will|would|is going to|is gonna|said (?:he|she|they) would|threatened to) (?:(?:kill|hurt|hit|find) me(?! for)|make me pay)`,
  ),
  rule("danger", `(?:lock|locked|locking|barricade|barricaded) (?:my|the) (?:bedroom )?door${gap(4)}(?:because of|from|so) ${PERSON}`),
  rule(
    "danger",
    `(?:scared|afraid|terrified|frightened)${gap(4)}(?:to go home|of (?:him|her|them|what (?:he|she|they) (?:will|would|might|is going to) do)|for my (?:life|safety))`,
  ),
  rule("danger", `hiding (?:in|from)${gap(6)}(?:he|she|they|him|her|them)`),
];

/** Someone else in crisis, for wording help to a supporter. */
export const OTHER_CONCEPT =
  /\b(?:(?:wanting|wants|wanted|talks about|talking about|talked about|thinking about|thinks about|thought about|keeps saying) (?:to )?(?:die|dying|death|suicide|killing (?:himself|herself|themselves|themself)|ending (?:his|her|their) life|not being here)|(?:cut|cutting|burn(?:ed|ing)?|hurt(?:ing)?|scratch(?:ed|ing)?) (?:his|her|their) (?:arms?|wrists?|skin|legs?|thighs?)|cuts on (?:his|her|their) (?:arms?|wrists?|skin|legs?|thighs?)|(?:been|is|started|keeps) (?:cutting|self[- ]?harming)|(?:message|text|note|letter) (?:saying|that said) goodbye|goodbye (?:note|letter|message)|not wanting to (?:be alive|live|be here)|wants? to disappear (?:forever|for good)|do something to (?:himself|herself|themselves)|(?:will not|not going to) be (?:around|here) (?:much longer|for long|anymore)|(?:message|text|note|letter|post) (?:saying|that said) goodbye|(?:saving|stockpiling|hoarding|collecting) (?:his|her|their) (?:pills|tablets|meds|medication)|(?:nobody|no one|noone) (?:would|will) (?:miss|notice|care about) (?:him|her|them))\b/;

/** A sentence with someone else in it and no first person is not about the writer. */
const FIRST_PERSON = /\b(?:i|me|my|myself|mine)\b/;
const THIRD_PERSON = /\b(?:he|she|they|his|her|hers|their|him|them|himself|herself|themselves)\b/;
export const aboutSomeoneElse = (sentence: string): boolean => !FIRST_PERSON.test(sentence) && THIRD_PERSON.test(sentence);
