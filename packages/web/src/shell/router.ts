import { useEffect, useState } from "react";

/** Screens reached by name alone. */
const PLAIN = [
  "settings",
  "safety-plan",
  "practices",
  "check-in",
  "check-ins",
  "pause",
  "triggers",
  "prompts",
  "self",
  "beliefs",
  "attachments",
  "parts",
  "parts-about",
  "body",
  "inner-child",
  "child-signs",
  "child-needs",
  "child-letters",
  "drawings",
  "reframes",
  "mantras",
  "caregivers",
  "joys",
  "boundaries",
  "rhythm",
  "learn",
  "data",
  "session-prep",
  "search",
  "insights",
] as const;
/** Screens about one record or item, by id. */
const WITH_ID = [
  "entry",
  "practice",
  "trigger",
  "belief",
  "attachment",
  "check-in-edit",
  "part",
  "part-meeting",
  "child-needs-look",
  "child-letter",
  "drawing",
  "reframe",
  "caregiver",
  "joy",
  "boundary",
  "explainer",
] as const;

/** A screen reached by name alone, and one about a record or item, by id. */
export type PlainRoute = "home" | (typeof PLAIN)[number];
export type RecordRoute = (typeof WITH_ID)[number];

/** Hash routes, so every screen works offline from the one cached page. */
export type Route = { name: "home" } | { name: (typeof PLAIN)[number] } | { name: (typeof WITH_ID)[number]; id: string; prompt?: string };

const isPlain = (s: string): s is (typeof PLAIN)[number] => (PLAIN as readonly string[]).includes(s);
const isWithId = (s: string): s is (typeof WITH_ID)[number] => (WITH_ID as readonly string[]).includes(s);

export const parseRoute = (hash: string): Route => {
  const [, first = "", second, third] = hash.replace(/^#/, "").split("/");
  if (isWithId(first) && second !== undefined && second !== "") {
    return third === undefined || third === ""
      ? { name: first, id: second }
      : { name: first, id: second, prompt: decodeURIComponent(third) };
  }
  if (isPlain(first)) return { name: first };
  return { name: "home" };
};

export const href = (route: Route): string => {
  if (route.name === "home") return "#/";
  if ("id" in route) return `#/${route.name}/${route.id}${route.prompt === undefined ? "" : `/${encodeURIComponent(route.prompt)}`}`;
  return `#/${route.name}`;
};

export const navigate = (route: Route): void => {
  window.location.hash = href(route);
};

/**
 * Asked before the route changes. Answers true to let it change; false keeps the person where
 * they are (the URL is put back), for example to ask about unsaved changes first.
 */
export type LeaveGuard = (to: Route) => boolean;
const guards = new Set<LeaveGuard>();

/** Registers a guard for as long as the caller wants it; returns the way to remove it. */
export const guardLeaving = (guard: LeaveGuard): (() => void) => {
  guards.add(guard);
  return () => guards.delete(guard);
};

export const useRoute = (): Route => {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    let current = window.location.hash;
    const onChange = () => {
      const to = parseRoute(window.location.hash);
      if ([...guards].every((g) => g(to))) {
        current = window.location.hash;
        setRoute(to);
      } else {
        window.history.replaceState(window.history.state, "", current === "" ? "#/" : current);
      }
    };
    window.addEventListener("hashchange", onChange);
    return () => window.removeEventListener("hashchange", onChange);
  }, []);
  return route;
};

/**
 * A link to a shared page, `#/s/<id>/<key>`: opened by anyone, with or without a vault. The key is
 * in the fragment, so it never reaches the server.
 */
export const shareLinkOf = (hash: string): { id: string; key: string } | null => {
  const m = /^#\/s\/([0-9a-f-]{36})\/([A-Za-z0-9_-]+)$/.exec(hash);
  return m === null ? null : { id: m[1]!, key: m[2]! };
};

/** The full link to a shared page on this server. */
export const shareLinkFor = (origin: string, id: string, key: string): string => `${origin}/#/s/${id}/${key}`;
