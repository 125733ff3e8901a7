/** Words every screen may use, locked or open. Plurals go through `plural`, never English code. */
const rules = new Intl.PluralRules("en");

/** Picks the form for a count, by the language's plural rules. */
export const plural = (n: number, forms: { one: string; other: string }): string => (rules.select(n) === "one" ? forms.one : forms.other);

export const t = {
  appName: "Inward",
  tagline: "A quiet, private place to get to know yourself.",
  disclaimer:
    "Inward is for self-help and reflection. It is not therapy, not medical advice, and not an emergency service. If you are in danger or might hurt yourself, please call your local emergency number now.",
  editor: {
    unsaved: "Your changes here are not saved yet. Save them with the button below, or leave them.",
    stay: "Stay here",
    leave: "Leave without saving",
  },
  pacer: {
    ready: "Breathe in for four, out for six, following the circle.",
    in: (n: number) => `Breathe in… (${n})`,
    out: (n: number) => `And out, slowly… (${n})`,
    count: (i: number, n: number) => `Breath ${i} of ${n}`,
    done: "Well done. Notice how you feel now.",
    start: "Start breathing",
    again: "Breathe again",
    stop: "Stop breathing",
    breatheIn: "Breathe in",
    breatheOut: "Breathe out",
    hold: "Hold",
  },
  feelings: {
    addOwn: "Add",
    body: "Where do you feel it?",
    front: "From the front",
    back: "From behind",
    family: (name: string) => `${name} words`,
    feelings: "Feelings",
    nothingPicked: "Nothing picked",
    ownWord: "In my own words",
    intensityValue: (n: number) => `${n} of 10`,
  },
  body: {
    sensations: (region: string) => `${region}: what do you notice?`,
    ownSensation: (region: string) => `${region}: in your own words`,
    ownPlaceholder: "In my own words",
    feeling: (region: string) => `${region}: which feeling sits here?`,
    anyFeeling: "Any of them, or not sure",
    strength: (region: string) => `${region}: how strong?`,
  },
  scale: {
    clear: "Clear",
    clearNamed: (label: string) => `Clear ${label}`,
  },
  mood: {
    skip: "I would rather not say",
    moods: ["Very low", "Low", "Okay", "Good", "Very good"],
  },
  notSet: "not set",
  sketch: {
    tool: "Draw with",
    tools: { crayon: "Crayon", marker: "Marker", watercolour: "Watercolour", eraser: "Eraser" },
    colour: "Colour",
    size: "Size",
    sizes: ["Thin", "Medium", "Thick"],
    undo: "Undo",
    redo: "Redo",
    strokes: (n: number) => plural(n, { one: "1 stroke", other: `${n} strokes` }),
    full: "This page is full. Undo a little, or start another.",
  },
};
