/**
 * Crawling the site: the paged provider listing, then each provider's page.
 * Anything that says the site's structure has changed stops the crawl with a
 * {@link SiteStructureError}; a provider page that cannot be fetched is a
 * failure of that authority alone, picked up by the next run.
 */
import { HttpError, type HttpClient } from './http-client.ts';
import { LISTING_ROWS, listingUrl, parseListing, parseProviderPage, SiteStructureError, type Provider, type Publication } from './site.ts';

/** The most listing pages read (2,000 providers): a listing that never ends is a changed site. */
const MAX_LISTING_PAGES = 20;

const decoder = new TextDecoder('utf-8');

/** The run cannot go on (the listing is unreadable, or a lock is held): nothing was changed. */
export class UpdateError extends Error {
  override name = 'UpdateError';
}

/**
 * Runs `fn` over `items` with `workers` at a time, in order of start. Once
 * `fn` throws, no further item is started and the first error is rethrown
 * when those in flight have finished.
 */
export async function mapPool<T, R>(items: readonly T[], workers: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  let failure: { error: unknown } | null = null;
  const worker = async (): Promise<void> => {
    while (failure === null && next < items.length) {
      const index = next++;
      try {
        results[index] = await fn(items[index] as T, index);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(workers, items.length) }, worker));
  if (failure !== null) throw (failure as { error: unknown }).error;
  return results;
}

/** Every provider in the site's listing, each once, reading page after page until one is not full. */
export async function listProviders(client: HttpClient, baseUrl: string): Promise<Provider[]> {
  const providers = new Map<number, Provider>();
  for (let page = 0; page < MAX_LISTING_PAGES; page++) {
    const url = listingUrl(baseUrl, page * LISTING_ROWS);
    let html: string;
    try {
      html = decoder.decode((await client.get(url, 'text/html')).body);
    } catch (error) {
      if (error instanceof HttpError) throw new UpdateError(`update: could not read the provider listing, so nothing was checked: ${error.message}`);
      throw error;
    }
    const found = parseListing(html, url);
    if (found.length === 0 && page === 0) {
      throw new SiteStructureError(
        `site: the page structure has changed: expected links to provider pages (a[href*="/provider/"]) on the listing ${url}, found none`,
      );
    }
    for (const provider of found) if (!providers.has(provider.urn)) providers.set(provider.urn, provider);
    if (found.length < LISTING_ROWS) return [...providers.values()];
  }
  throw new SiteStructureError(`site: the page structure has changed: expected the provider listing to end within ${MAX_LISTING_PAGES} pages of ${LISTING_ROWS}, but every page was full`);
}

/** One provider's publications, or why its page could not be read. */
export type ProviderPage = { provider: Provider; publications: Publication[] } | { provider: Provider; error: string };

/**
 * Reads each provider's page (`workers` at a time; the client keeps to its own
 * limit). Stops at the first page whose structure has changed, and throws it.
 */
export async function readProviderPages(
  client: HttpClient,
  providers: readonly Provider[],
  workers: number,
  onPage?: (done: number, total: number) => void,
): Promise<ProviderPage[]> {
  let done = 0;
  return mapPool(providers, workers, async (provider) => {
    let page: ProviderPage;
    try {
      const response = await client.get(provider.url, 'text/html');
      page = { provider, publications: parseProviderPage(decoder.decode(response.body), response.url) };
    } catch (error) {
      if (!(error instanceof HttpError)) throw error;
      page = { provider, error: error.message };
    }
    onPage?.(++done, providers.length);
    return page;
  });
}
