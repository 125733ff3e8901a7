import { useEffect, useState } from "react";

/** Hash routes, so every screen works offline from the one cached page. */
export type Route = { name: "journal" } | { name: "entry"; id: string } | { name: "settings" };

export const parseRoute = (hash: string): Route => {
  const [, first, second] = hash.replace(/^#/, "").split("/");
  if (first === "entry" && second !== undefined && second !== "") return { name: "entry", id: second };
  if (first === "settings") return { name: "settings" };
  return { name: "journal" };
};

export const href = (route: Route): string =>
  route.name === "entry" ? `#/entry/${route.id}` : route.name === "settings" ? "#/settings" : "#/";

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
