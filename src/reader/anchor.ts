/**
 * The fragment that names a paragraph in the web reader, from its citation
 * label: "6" is `p6`, "57 (2)" (a repeated number) is `p57-2`, "Summary ¶2"
 * is `psummary-2`. The one source of it: the reader's `id`s and every link
 * into the reader (the web pages and the chat platforms' citations) use it.
 */
import { authorityByName, slugify } from '../authorities.ts';

/** The fragment (without "#") of the paragraph labelled `label`. */
export function paragraphAnchor(label: string): string {
  const slug = label
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `p${slug}`;
}

/** The reader's path for a report, with the paragraph's fragment when one is given. */
export function readerPath(reportId: string, label?: string | null): string {
  const path = `/reports/${encodeURIComponent(reportId)}`;
  return label === undefined || label === null ? path : `${path}#${paragraphAnchor(label)}`;
}

/** The path of an authority's page, by its canonical name ("Bury" is "/authorities/bury"). */
export function authorityPath(name: string): string {
  return `/authorities/${encodeURIComponent(authoritySlug(name))}`;
}

/** An authority's slug: the registry's, else one made the same way. */
export function authoritySlug(name: string): string {
  return authorityByName(name)?.slug ?? slugify(name);
}
