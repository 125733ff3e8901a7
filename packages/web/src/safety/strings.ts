import { t as common } from "../ui/strings.ts";

/** The words of safety, with the shared ones. */
export const t = {
  ...common,
  /** The plan as it reads, also while locked when the person keeps a copy here. */
  planView: {
    sections: {
      warningSigns: {
        title: "1. My warning signs",
        hint: "Thoughts, feelings, situations or behaviours that tell me a crisis may be coming.",
      },
      copingAlone: {
        title: "2. Things I can do on my own",
        hint: "Ways to take my mind off things or calm down, without contacting anyone.",
      },
      distractionPeople: {
        title: "3. People who help me take my mind off things",
        hint: "People I can spend time with, who lift me even a little.",
      },
      distractionPlaces: {
        title: "Places that help me take my mind off things",
        hint: "Somewhere I can go, like a café, a park, a library.",
      },
      helpPeople: { title: "4. People I can ask for help", hint: "People I can tell that I am struggling." },
      professionals: {
        title: "5. Professionals and services I can contact",
        hint: "My doctor, therapist, a crisis line, the nearest emergency department.",
      },
      safeSurroundings: {
        title: "6. Making my surroundings safer",
        hint: "What I can put away, give to someone, or keep at a distance when things are hard.",
      },
      reasonsForLiving: {
        title: "7. What matters to me, and what I live for",
        hint: "People, animals, plans, things I love, reasons to stay.",
      },
    },
    call: (n: string) => `Call ${n}`,
    empty: "Nothing written here yet.",
  },
  help: {
    button: "Help now",
    title: "Help, right now",
    danger: (n: string) => `If you are in danger, or might act on thoughts of hurting yourself, please call ${n} now.`,
    callEmergency: (n: string) => `Call ${n}`,
    linesTitle: "People you can talk to",
    call: (n: string) => `Call ${n}`,
    text: (n: string) => `Text ${n}`,
    lessCertain: "We are less certain about this number. Please check the directory too.",
    noLines: "We do not have a list for this country yet. The directory below knows the services near you.",
    directory: "Find A Helpline lists free, confidential services in many countries.",
    country: "Country",
    checked: (d: string) => `These numbers were last checked on ${d}.`,
    groundTitle: "Ground yourself",
    ground: [
      "Name five things you can see.",
      "Four things you can touch.",
      "Three things you can hear.",
      "Two things you can smell.",
      "One thing you can taste.",
    ],
    breatheTitle: "Breathe slowly",
    planTitle: "Your safety plan",
    openPlan: "Open my safety plan",
    planLocked:
      "Your safety plan is kept inside your vault. Unlock to read it, keep a printed copy somewhere easy to reach, or choose in the plan to keep it readable here while locked.",
    planUnreadable:
      "The copy of your safety plan kept on this device could not be read. Your plan itself is safe in your vault: unlock and open it there, and a fresh copy will be kept here.",
    close: "Close",
    shortcut: "Alt+H opens this from anywhere.",
  },
  card: {
    title: "It sounds like things are really hard right now",
    lead: "You do not have to carry this alone. If you might act on thoughts of ending your life or hurting yourself, please reach out now.",
    saved: "What you wrote is saved. Nothing has left this device.",
    plan: "Open my safety plan",
    supporterTitle: "It sounds like you are worried about someone",
    supporterLead:
      "Caring for someone in crisis is a lot to hold. If they are in danger right now, call the emergency number. Crisis lines also talk with people who are worried about someone else, and can help you know what to say.",
    supporterSelf: "Please look after yourself too. Your feelings about this matter.",
    more: "More people you can talk to",
    why: "Why am I seeing this?",
    because: (words: string[]) =>
      `Inward noticed these words on this device: “${words.join("”, “")}”. It may have misread you; if so, close this and carry on.`,
    weighed: (words: string[]) =>
      `Inward's check, on this device, read the whole of what you wrote; these words weighed most: “${words.join("”, “")}”. It may have misread you; if so, close this and carry on.`,
    englishOnly: "This check reads English only. Help is the same for everyone, one tap away.",
    englishOnlyNote:
      "Inward's check for words of crisis reads English only, so it may not notice what you write here. Help is the same for everyone: one tap away, always.",
    close: "Close",
  },
};

/** What other homes may borrow from here. */
export const words = t;
