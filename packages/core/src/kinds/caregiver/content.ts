/** What I might carry from a caregiver. Ids never change once shipped. */
export const MIRROR_KINDS = [
  { id: "trait", name: "A trait" },
  { id: "reaction", name: "A reaction" },
  { id: "habit", name: "A habit" },
  { id: "saying", name: "Something I say" },
] as const;

/** What I would like to do with it: a choice, never a verdict. */
export const MIRROR_CHOICES = [
  { id: "keep", name: "Keep it" },
  { id: "let-go", name: "Let it go" },
  { id: "unsure", name: "Not sure yet" },
] as const;
