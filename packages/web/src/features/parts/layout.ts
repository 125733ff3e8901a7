import { deviceChoice } from "../../ui/device-choice.ts";

export type Place = { x: number; y: number };
export type Layout = Readonly<Record<string, Place>>;

/** Where each part was put on the map, kept on this device only (decision 016): ids and numbers, no words. */
const store = deviceChoice<string>("inward.parts-map", (saved) => saved ?? "{}");

const isPlace = (p: unknown): p is Place =>
  typeof p === "object" && p !== null && Number.isFinite((p as Place).x) && Number.isFinite((p as Place).y);

/** Reads a saved layout, keeping only well-formed places; anything unreadable is an empty layout. */
export const parseLayout = (text: string): Layout => {
  try {
    const raw: unknown = JSON.parse(text);
    if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return {};
    return Object.fromEntries(Object.entries(raw).filter(([, p]) => isPlace(p))) as Layout;
  } catch {
    return {};
  }
};

/** The layout, shared by every map on screen, and the ways to move one part and to start again. */
export const useLayout = (): [Layout, (id: string, place: Place) => void, () => void] => {
  const [text, set] = store.use();
  const layout = parseLayout(text);
  const move = (id: string, place: Place) => set(JSON.stringify({ ...parseLayout(store.get()), [id]: place }));
  return [layout, move, () => set("{}")];
};
