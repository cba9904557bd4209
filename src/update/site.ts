/**
 * Reading Ofsted's reports site, as public scrapers read it: a paged search
 * listing of local authority children's services providers, each linking to
 * a page under `/provider/…/<URN>`, which lists its publications as
 * `a.publication-link` elements, each with a `span.nonvisual` describing the
 * document ("children's services inspection, pdf - 13 january 2023").
 *
 * Pages are parsed with cheerio. A page without the elements expected is a
 * {@link SiteStructureError}, never "nothing new".
 */
import * as cheerio from 'cheerio';

/** The site's markup is not what this module expects: stop, and say so. */
export class SiteStructureError extends Error {
  override name = 'SiteStructureError';
}

/** Providers per listing page (the most the site returns). */
export const LISTING_ROWS = 100;

/** The listing page of local authority children's services providers starting at result `start`. */
export function listingUrl(baseUrl: string, start: number, rows: number = LISTING_ROWS): string {
  const query = `search?q=&location=&lat=&lon=&radius=&level_1_types=3&level_2_types%5B%5D=12&start=${start}&rows=${rows}`;
  return new URL(query, baseUrl).href;
}

export interface Provider {
  /** Ofsted's unique reference number, the last segment of the provider link. */
  urn: number;
  /** The link text ("Bury"). */
  name: string;
  /** The provider page's absolute URL. */
  url: string;
}

/** What a publication is, from its description. */
export type PublicationKind = 'inspection' | 'focused-visit';

export interface Publication {
  /** The description as printed, whitespace collapsed ("children's services inspection, pdf - 13 january 2023"). */
  description: string;
  /** The document type: the description without the format and date ("children's services inspection"). */
  type: string;
  /** Inspection or focused visit; null for every other document (monitoring visits, JTAIs, …). */
  kind: PublicationKind | null;
  /** ISO publication date from the description, or null when it prints none. */
  published: string | null;
  /** The document's absolute URL. */
  url: string;
}

const text = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** The providers a listing page links to, each once, in page order. An empty list is the caller's to judge. */
export function parseListing(html: string, pageUrl: string): Provider[] {
  const $ = cheerio.load(html);
  const seen = new Map<number, Provider>();
  $('a[href*="/provider/"]').each((_, element) => {
    const href = $(element).attr('href') ?? '';
    const url = new URL(href, pageUrl);
    const match = /\/provider\/(?:[^?#]*\/)?(\d+)\/?$/.exec(url.pathname);
    if (match === null) return;
    const urn = Number(match[1]);
    if (!seen.has(urn)) seen.set(urn, { urn, name: text($(element).text()), url: url.href });
  });
  return [...seen.values()];
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** "13 january 2023" → "2023-01-13"; null when the text holds no such date. */
export function parseDescriptionDate(description: string): string | null {
  const match = /(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+)\s+(\d{4})\s*$/i.exec(description);
  if (match === null) return null;
  const month = MONTHS.indexOf((match[2] ?? '').toLowerCase());
  const day = Number(match[1]);
  if (month < 0 || day < 1 || day > 31) return null;
  return `${match[3]}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Inspection, focused visit, or another document, from a publication's type. */
export function classifyPublication(type: string): PublicationKind | null {
  const t = type.toLowerCase().replace(/[’‘`]/g, "'");
  if (!/children'?s services/.test(t)) return null;
  if (/focused visit/.test(t)) return 'focused-visit';
  if (/monitoring|joint targeted|\bjtai\b|\bsend\b|area|review|survey|thematic/.test(t)) return null;
  return /\binspection\b/.test(t) ? 'inspection' : null;
}

/**
 * Every publication a provider page lists. Throws {@link SiteStructureError}
 * when the page has no `a.publication-link`, or one without a description.
 */
export function parseProviderPage(html: string, pageUrl: string): Publication[] {
  const $ = cheerio.load(html);
  const links = $('a.publication-link');
  if (links.length === 0) {
    throw new SiteStructureError(
      `site: the page structure has changed: expected publication links (a.publication-link) on the provider page ${pageUrl}, found none`,
    );
  }
  const publications: Publication[] = [];
  links.each((_, element) => {
    const link = $(element);
    const description = text(link.find('span.nonvisual').first().text()).toLowerCase();
    const href = link.attr('href');
    if (description === '' || href === undefined || href.trim() === '') {
      throw new SiteStructureError(
        `site: the page structure has changed: expected each publication link on ${pageUrl} to hold a span.nonvisual description and an href, found ${JSON.stringify(text($.html(element)).slice(0, 200))}`,
      );
    }
    const [head = description] = description.split(/\s+-\s+(?=[^-]*$)/);
    const type = text(head.replace(/,\s*pdf\s*$/i, ''));
    publications.push({ description, type, kind: classifyPublication(type), published: parseDescriptionDate(description), url: new URL(href.trim(), pageUrl).href });
  });
  return publications;
}
