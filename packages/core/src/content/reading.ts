/** A book worth finding, for getting curious: no links, so nothing tracks who looks. */
export type Reading = { title: string; author: string; year: number; theme: ReadingTheme };
export type ReadingTheme = "parts" | "inner-child" | "self-compassion" | "body";

/** A short shelf for inner work, parts work and inner child work, oldest first within each theme. */
export const READING: readonly Reading[] = [
  { theme: "parts", title: "Internal Family Systems Therapy", author: "Richard C. Schwartz", year: 1995 },
  { theme: "parts", title: "Introduction to the Internal Family Systems Model", author: "Richard C. Schwartz", year: 2001 },
  { theme: "parts", title: "Self-Therapy", author: "Jay Earley", year: 2009 },
  { theme: "parts", title: "No Bad Parts", author: "Richard C. Schwartz", year: 2021 },
  { theme: "parts", title: "Owning Your Own Shadow", author: "Robert A. Johnson", year: 1991 },
  { theme: "inner-child", title: "The Drama of the Gifted Child", author: "Alice Miller", year: 1979 },
  { theme: "inner-child", title: "Healing the Child Within", author: "Charles L. Whitfield", year: 1987 },
  { theme: "inner-child", title: "Homecoming: Reclaiming and Championing Your Inner Child", author: "John Bradshaw", year: 1990 },
  { theme: "inner-child", title: "Reconciliation: Healing the Inner Child", author: "Thich Nhat Hanh", year: 2010 },
  { theme: "inner-child", title: "Complex PTSD: From Surviving to Thriving", author: "Pete Walker", year: 2013 },
  { theme: "inner-child", title: "Adult Children of Emotionally Immature Parents", author: "Lindsay C. Gibson", year: 2015 },
  { theme: "self-compassion", title: "Loving What Is", author: "Byron Katie", year: 2002 },
  { theme: "self-compassion", title: "Radical Acceptance", author: "Tara Brach", year: 2003 },
  { theme: "self-compassion", title: "The Untethered Soul", author: "Michael A. Singer", year: 2007 },
  { theme: "self-compassion", title: "Self-Compassion", author: "Kristin Neff", year: 2011 },
  { theme: "body", title: "Waking the Tiger", author: "Peter A. Levine", year: 1997 },
  { theme: "body", title: "The Body Keeps the Score", author: "Bessel van der Kolk", year: 2014 },
];
