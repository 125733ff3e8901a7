/**
 * Texts written before the latest change to the screen and never used to tune it. They measure
 * how well the screen generalises; `npm run bench` reports recall and false alarms on them. Do
 * not tune the screen against these: once studied, move them into `labelled-texts.ts` and write
 * a new held-out set.
 */
export const HELD_OUT: { self: string[]; supporter: string[]; none: string[] } = {
  self: [
    "I keep thinking the world doesn't need me.",
    "I have a bottle of vodka and my sleeping pills ready.",
    "I'm going to jump tonight.",
    "I can't bear to be alive another day.",
    "Why am I still here.",
    "I'm saying my goodbyes quietly so no one guesses.",
    "I dig my nails into my skin until it hurts.",
    "Thinking of just not being anymore.",
    "I want to fall asleep forever.",
    "I'm scared I'll do something to myself tonight.",
    "I've started giving my stuff away.",
    "My mum's boyfriend hits me when she's at work.",
    "I hope I get hit by a bus.",
    "I feel like dying.",
    "There is no way I can go on after this.",
    "The urge to self harm is really strong today.",
    "I should just disappear forever and save everyone the trouble.",
    "Ending my life would fix everything.",
    "I'm not afraid of dying anymore, I'm looking forward to it.",
    "I wrote down how I'd do it.",
  ],
  supporter: [
    "My sister keeps saying she wants to die.",
    "My best friend showed me cuts on her arms.",
    "My dad said he won't be around much longer and gave me his watch.",
  ],
  none: [
    "I'm dying to try the new bakery.",
    "Killing two birds with one stone today: gym and groceries.",
    "My goal this year: live more, worry less.",
    "I could just die, she saw me trip!",
    "We buried the goldfish in the garden.",
    "The play ended with everyone on stage dead, very dramatic.",
    "I scratched my arm on a bramble during the walk.",
    "I want to quit my job and travel.",
    "I'm tired but it's a good tired.",
    "I wish the week would end already.",
    "I need to take my pills before bed.",
    "I'm not going to give up on my dream.",
    "My friend is thinking about moving to Berlin.",
    "I hurt my wrist playing tennis.",
    "The thought of the exam makes me want to hide.",
    "I don't want to live in the city forever.",
    "I keep my grandmother's letters in a box.",
    "I fell and scraped my knee, it bled a bit.",
    "I want to end the day with a bath.",
    "I'd die for my kids.",
  ],
};
