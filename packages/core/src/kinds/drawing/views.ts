import type { DrawingData } from "./schema.ts";
import { emptySketch } from "../../sketch/content.ts";

/** A blank sheet, square, maybe belonging with a part or record from the start. */
export const emptyDrawing = (link?: string): DrawingData => ({
  title: "",
  about: "",
  sketch: emptySketch(),
  links: link === undefined ? [] : [link],
});
