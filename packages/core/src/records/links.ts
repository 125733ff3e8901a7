import { z } from "zod";

export const MAX_LINKS = 100;

/** Links to other records, by id, kept inside the ciphertext: the server never sees what links to what. */
export const LinksSchema = z.array(z.uuid()).max(MAX_LINKS);

/** The `links` behaviour of any kind whose data has a `links` list. */
export const linkList = <T extends { links: string[] }>() => ({
  of: (data: T): readonly string[] => data.links,
  without: (data: T, id: string): T => ({ ...data, links: data.links.filter((l) => l !== id) }),
});

export const uniqueLinks = (links: readonly string[]): string[] => [...new Set(links)];
