import { uuidv7 } from "@inward/core/ids";
import type { ChildTool } from "@inward/core/page";
import type { Route } from "../../shell/router.ts";

/** Where each tool named by the "is this me?" lists lives. */
export const toolRoute = (tool: ChildTool): Route => {
  switch (tool) {
    case "profile":
      return { name: "part", id: uuidv7(), prompt: "inner-child" };
    case "needs":
      return { name: "child-needs" };
    case "meeting":
      return { name: "practice", id: "meeting-the-inner-child" };
    case "kind-hand":
      return { name: "practice", id: "kind-hand" };
    default:
      return { name: tool };
  }
};
