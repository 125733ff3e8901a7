import { useEffect, useState } from "react";

/** Hash routes, so every screen works offline from the one cached page. */
export type Route =
  | { name: "journal" }
  | { name: "entry"; id: string }
  | { name: "settings" }
  | { name: "safety-plan" }
  | { name: "practices" }
  | { name: "check-in" }
  | { name: "check-ins" }
  | { name: "practice"; id: string };

export const parseRoute = (hash: string): Route => {
  const [, first, second] = hash.replace(/^#/, "").split("/");
  const withId = second !== undefined && second !== "";
  if (first === "entry" && withId) return { name: "entry", id: second };
  if (first === "practice" && withId) return { name: "practice", id: second };
  if (first === "settings" || first === "safety-plan" || first === "practices" || first === "check-in" || first === "check-ins") return { name: first };
  return { name: "journal" };
};

export const href = (route: Route): string => {
  switch (route.name) {
    case "entry":
    case "practice":
      return `#/${route.name}/${route.id}`;
    case "journal":
      return "#/";
    default:
      return `#/${route.name}`;
  }
};

export const navigate = (route: Route): void => {
  window.location.hash = href(route);
};

export const useRoute = (): Route => {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener("hashchange", onChange);
    return () => window.removeEventListener("hashchange", onChange);
  }, []);
  return route;
};
