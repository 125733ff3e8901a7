/** Built-in content for this kind, in our own words. Ids never change once shipped. */

/** Where an insight lands. */
export const LEVELS = [
  { id: "mind", name: "Mind" },
  { id: "heart", name: "Heart" },
  { id: "body", name: "Body" },
  { id: "energy", name: "Energy" },
] as const;
export type Level = (typeof LEVELS)[number]["id"];

/** Photos one entry holds at most. */
export const MAX_PHOTOS = 50;
/** Kinds of picture a photo may be; browsers show the first five, HEIC is kept and can be saved. */
export const PHOTO_TYPES = ["image/jpeg", "image/png", "image/gif", "image/webp", "image/avif", "image/heic"] as const;
export type PhotoType = (typeof PHOTO_TYPES)[number];
/** The usual file extension of each kind of photo, for saving one and for the Markdown export. */
export const PHOTO_EXTENSIONS: Record<PhotoType, string> = {
  "image/jpeg": "jpg",
  "image/png": "png",
  "image/gif": "gif",
  "image/webp": "webp",
  "image/avif": "avif",
  "image/heic": "heic",
};
