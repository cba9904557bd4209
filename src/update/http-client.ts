/**
 * A polite HTTP client for Ofsted's reports site: at most `concurrency`
 * requests at a time (default two), a pause after each before its slot is used
 * again, a timeout on every request (body included), and retries with
 * exponential backoff on 429, 5xx, timeouts and network errors, honouring
 * `Retry-After`. Every request names the project in its User-Agent.
 */
import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

/** A request that did not succeed: the HTTP status (null for a timeout or network error) and why. */
export class HttpError extends Error {
  override name = 'HttpError';
  constructor(
    message: string,
    readonly url: string,
    readonly status: number | null,
  ) {
    super(message);
  }
}

export interface HttpResponse {
  /** The final URL, after redirects. */
  url: string;
  status: number;
  /** The Content-Type header, lower case ('' when absent). */
  contentType: string;
  body: Uint8Array;
}

export interface HttpClientOptions {
  /** Requests in flight at once (default 2). */
  concurrency?: number;
  /** Pause after each request before its slot takes the next one, in ms (default 1000). */
  pauseMs?: number;
  /** Timeout of each attempt, headers and body, in ms (default 30 s). */
  timeoutMs?: number;
  /** Retries after the first attempt on 429, 5xx, timeouts and network errors (default 3). */
  retries?: number;
  /** First backoff in ms, doubled each retry, with up to 25% jitter (default 2000). */
  backoffMs?: number;
  /** The longest `Retry-After` honoured; a longer one fails the request (default 5 minutes). */
  maxRetryAfterMs?: number;
  /** User-Agent header (default {@link USER_AGENT}). */
  userAgent?: string;
}

export interface HttpClient {
  /** GETs `url` (retrying as configured) and returns its body; rejects with {@link HttpError}. */
  get(url: string, accept?: string): Promise<HttpResponse>;
  /** Attempts made so far (retries included). */
  readonly attempts: number;
}

interface PackageInfo {
  name?: string;
  version?: string;
  repository?: string | { url?: string };
}

function userAgent(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as PackageInfo;
  const repository = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url;
  const where = repository === undefined ? 'a chat bot quoting Ofsted reports; set "repository" in package.json' : repository.replace(/^git\+/, '');
  return `${pkg.name ?? 'ofsted-bot'}/${pkg.version ?? '0'} (+${where})`;
}

/** Names the project and its repository (package.json `repository`). */
export const USER_AGENT = userAgent();

/** How long `Retry-After` asks to wait, in ms (seconds or an HTTP date), or null when absent or unreadable. */
export function retryAfterMs(header: string | null, now: number = Date.now()): number | null {
  if (header === null || header.trim() === '') return null;
  const value = header.trim();
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

/** A counting semaphore whose slots rest `pauseMs` after each use. */
function limiter(concurrency: number, pauseMs: number): <T>(task: () => Promise<T>) => Promise<T> {
  let active = 0;
  const waiting: Array<() => void> = [];
  const release = (): void => {
    const next = waiting.shift();
    if (next === undefined) active--;
    else next();
  };
  return async <T>(task: () => Promise<T>): Promise<T> => {
    if (active < concurrency) active++;
    else await new Promise<void>((resolve) => waiting.push(resolve));
    try {
      return await task();
    } finally {
      if (pauseMs > 0) void sleep(pauseMs).then(release);
      else release();
    }
  };
}

const RETRIABLE = (status: number): boolean => status === 429 || status >= 500;

/** A polite client; see the module comment. */
export function createHttpClient(options: HttpClientOptions = {}): HttpClient {
  const concurrency = options.concurrency ?? 2;
  const timeoutMs = options.timeoutMs ?? 30_000;
  const retries = options.retries ?? 3;
  const backoffMs = options.backoffMs ?? 2000;
  const maxRetryAfterMs = options.maxRetryAfterMs ?? 300_000;
  const agent = options.userAgent ?? USER_AGENT;
  const run = limiter(concurrency, options.pauseMs ?? 1000);
  let attempts = 0;

  /** One attempt: a response, or a retriable failure with how long to wait (null: use the backoff). */
  const attempt = (url: string, accept: string): Promise<HttpResponse | { retry: HttpError; waitMs: number | null }> =>
    run(async () => {
      attempts++;
      const signal = AbortSignal.timeout(timeoutMs);
      let response: Response;
      let body: Uint8Array;
      try {
        response = await fetch(url, { headers: { 'user-agent': agent, accept }, redirect: 'follow', signal });
        body = new Uint8Array(await response.arrayBuffer());
      } catch (error) {
        const timedOut = signal.aborted;
        const why = timedOut ? `no complete answer within ${timeoutMs} ms` : `network error (${(error as Error).cause ?? (error as Error).message})`;
        return { retry: new HttpError(`http-client: GET ${url}: expected a response, got ${why}`, url, null), waitMs: null };
      }
      if (response.ok) {
        return { url: response.url || url, status: response.status, contentType: (response.headers.get('content-type') ?? '').toLowerCase(), body };
      }
      const error = new HttpError(`http-client: GET ${url}: expected 200, got HTTP ${response.status}`, url, response.status);
      if (!RETRIABLE(response.status)) throw error;
      return { retry: error, waitMs: retryAfterMs(response.headers.get('retry-after')) };
    });

  return {
    get attempts() {
      return attempts;
    },
    async get(url, accept = '*/*') {
      for (let n = 0; ; n++) {
        const result = await attempt(url, accept);
        if (!('retry' in result)) return result;
        if (n >= retries) {
          throw new HttpError(`${result.retry.message} (gave up after ${n + 1} attempts)`, url, result.retry.status);
        }
        if (result.waitMs !== null && result.waitMs > maxRetryAfterMs) {
          throw new HttpError(`${result.retry.message}, and Retry-After asks to wait ${Math.round(result.waitMs / 1000)} s (more than the ${Math.round(maxRetryAfterMs / 1000)} s allowed)`, url, result.retry.status);
        }
        const backoff = backoffMs * 2 ** n * (1 + Math.random() * 0.25);
        await sleep(result.waitMs ?? backoff);
      }
    },
  };
}
