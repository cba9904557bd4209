/**
 * The one place chat citations get their links (Slack, Discord, the console,
 * any platform added later). With PUBLIC_URL set, a cited paragraph links to
 * the web reader at it (`{PUBLIC_URL}/reports/{id}#p{label}`), a report to
 * its reader page, and a grade to the authority's page; without it, a
 * paragraph or report links to Ofsted's PDF, as before, and a grade to
 * nothing. Startup sets the address once from the config ({@link usePublicUrl}).
 */
import { authorityPath, readerPath } from '../src/index.ts';

export interface CitationLinks {
  /** The web reader's address, or null when PUBLIC_URL is not set. */
  readonly publicUrl: string | null;
  /** A cited paragraph: the reader at it, else the report's PDF, else null. */
  paragraph(hit: { reportId: string; label: string; url: string | null }): string | null;
  /** A report: its reader page, else its PDF, else null. */
  report(reportId: string, url: string | null): string | null;
  /** An authority's page (grade answers link to it), or null without PUBLIC_URL. */
  authority(name: string): string | null;
}

/** Only web addresses are linked: whatever an index holds, never a javascript: URL in a message. */
const web = (url: string | null): string | null => (url !== null && /^https?:\/\//i.test(url) ? url : null);

/** The links for a web reader at `publicUrl` (no trailing slash), or Ofsted's PDFs when it is null. */
export function citationLinks(publicUrl: string | null): CitationLinks {
  const base = publicUrl?.replace(/\/+$/, '') ?? null;
  return {
    publicUrl: base,
    paragraph: (hit) => (base === null ? web(hit.url) : `${base}${readerPath(hit.reportId, hit.label)}`),
    report: (reportId, url) => (base === null ? web(url) : `${base}${readerPath(reportId)}`),
    authority: (name) => (base === null ? null : `${base}${authorityPath(name)}`),
  };
}

let current = citationLinks(null);

/** Set the web reader's address (PUBLIC_URL from the config) for every platform's citations; null for Ofsted's PDFs. */
export function usePublicUrl(publicUrl: string | null): void {
  current = citationLinks(publicUrl);
}

/** The links in force. */
export function links(): CitationLinks {
  return current;
}
