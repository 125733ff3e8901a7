import type { ReactNode } from "react";

/** The shapes of each region on the figure seen from the front, and the back seen from behind. */
export const FRONT: Record<string, ReactNode> = {
  head: <ellipse cx="60" cy="22" rx="16" ry="19" />,
  face: <ellipse cx="60" cy="31" rx="10" ry="7" />,
  throat: <rect x="53" y="41" width="14" height="10" rx="3" />,
  shoulders: <rect x="28" y="51" width="64" height="12" rx="6" />,
  chest: <rect x="36" y="63" width="48" height="30" rx="4" />,
  stomach: <rect x="38" y="93" width="44" height="22" rx="4" />,
  belly: <rect x="38" y="115" width="44" height="22" rx="6" />,
  arms: (
    <>
      <rect x="14" y="56" width="14" height="90" rx="7" />
      <rect x="92" y="56" width="14" height="90" rx="7" />
    </>
  ),
  legs: <path d="M38 137 h44 v106 a5 5 0 0 1 -5 5 h-10 a5 5 0 0 1 -5 -5 v-80 h-4 v80 a5 5 0 0 1 -5 5 h-10 a5 5 0 0 1 -5 -5 z" />,
};
export const BACK: Record<string, ReactNode> = {
  head: <ellipse cx="60" cy="22" rx="16" ry="19" />,
  shoulders: <rect x="28" y="51" width="64" height="12" rx="6" />,
  back: <rect x="36" y="63" width="48" height="74" rx="6" />,
  arms: FRONT.arms,
  legs: FRONT.legs,
};
/** Regions with no one place on the figure. */
export const ELSEWHERE = ["whole", "unsure"];

/** Both figures share one frame. */
export const FIGURE_VIEWBOX = "0 0 120 252";
