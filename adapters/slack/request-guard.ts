/**
 * A screen in front of Bolt's HTTP receiver, for requests to the events path.
 * Bolt reads up to 4 MB of any body before it looks at the signature, does not
 * refuse timestamps from the future, and crashes the process on a correctly
 * signed body of `null`. This screen, before Bolt sees the request:
 *
 * - refuses requests without Slack's signature headers (401), or whose
 *   timestamp is more than 5 minutes from now either way, without reading
 *   the body (Slack's unsigned `ssl_check` pings are tiny and pass through);
 * - refuses bodies over {@link MAX_BODY_BYTES} (413), by Content-Length before
 *   reading and by counting while reading;
 * - refuses bodies that are not a JSON object (400), whatever their signature;
 * - hands Bolt the body it read (Bolt uses `req.rawBody` when it is set), and
 *   Bolt then checks the signature as before.
 */
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { parse as parseQuery } from 'node:querystring';
import type { HTTPReceiver } from '@slack/bolt';
import type { Logger } from '../../src/logger.ts';
import type { WorkTracker } from '../runtime/work-tracker.ts';

/** Slack's payloads are a few KB; 1 MB is far above any of them and far below Bolt's 4 MB. */
export const MAX_BODY_BYTES = 1024 * 1024;
/** How far a signed timestamp may be from now, either way (Slack's own rule). */
const MAX_SKEW_S = 5 * 60;
/** An unsigned request larger than this cannot be Slack's `ssl_check`. */
const MAX_UNSIGNED_BYTES = 4 * 1024;

export interface GuardOptions {
  path: string;
  logger: Logger;
  /** Counts each request as work in flight until its response is sent. */
  tracker: WorkTracker;
  maxBodyBytes?: number;
  now?: () => number;
}

function refuse(res: ServerResponse, status: number): void {
  // Close the connection: whatever the client is still sending is not read.
  res.writeHead(status, { Connection: 'close', 'Content-Type': 'text/plain' });
  res.end();
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return typeof value === 'string' ? value : undefined;
}

/** The body, or null once it has passed `limit` bytes (reading stops there). */
async function readLimited(req: IncomingMessage, limit: number): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** Whether `raw` is what Bolt can work with: a JSON object, directly or in a form's `payload`. */
function isObjectBody(raw: string, contentType: string | undefined): boolean {
  let json: string;
  if (contentType?.startsWith('application/x-www-form-urlencoded') === true) {
    const { payload } = parseQuery(raw);
    if (payload === undefined) return true; // slash commands and ssl_check: plain fields
    if (typeof payload !== 'string') return false;
    json = payload;
  } else {
    json = raw;
  }
  try {
    const parsed: unknown = JSON.parse(json);
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed);
  } catch {
    return false;
  }
}

/** Screen `req`; true when it may go on to Bolt, after a response has been sent otherwise. */
async function screen(req: IncomingMessage, res: ServerResponse, options: GuardOptions): Promise<boolean> {
  const limit = options.maxBodyBytes ?? MAX_BODY_BYTES;
  const signature = header(req, 'x-slack-signature');
  const timestamp = header(req, 'x-slack-request-timestamp');
  const declared = Number(header(req, 'content-length') ?? Number.NaN);
  const signed = signature !== undefined && timestamp !== undefined;
  if (!signed && !(declared <= MAX_UNSIGNED_BYTES)) {
    options.logger.warn({ status: 401 }, 'refused an unsigned request without reading it');
    refuse(res, 401);
    return false;
  }
  if (signed) {
    const skew = Math.abs((options.now ?? Date.now)() / 1000 - Number(timestamp));
    if (!(skew <= MAX_SKEW_S)) {
      options.logger.warn({ status: 401, timestamp }, 'refused a request whose timestamp is more than 5 minutes from now');
      refuse(res, 401);
      return false;
    }
  }
  if (declared > limit) {
    options.logger.warn({ status: 413, bytes: declared }, 'refused a request body over the size limit without reading it');
    refuse(res, 413);
    return false;
  }
  const body = await readLimited(req, signed ? limit : MAX_UNSIGNED_BYTES);
  if (body === null) {
    options.logger.warn({ status: signed ? 413 : 401 }, 'refused a request body over the size limit');
    refuse(res, signed ? 413 : 401);
    return false;
  }
  if (!isObjectBody(body.toString('utf8'), header(req, 'content-type'))) {
    options.logger.warn({ status: 400 }, 'refused a request body that is not a JSON object');
    refuse(res, 400);
    return false;
  }
  (req as IncomingMessage & { rawBody?: Buffer }).rawBody = body;
  return true;
}

/** Put the screen in front of `receiver`'s request listener (the server calls it per request). */
export function guardReceiver(receiver: HTTPReceiver, options: GuardOptions): void {
  const inner: RequestListener = receiver.requestListener;
  receiver.requestListener = (req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (req.method !== 'POST' || path !== options.path) {
      inner(req, res);
      return;
    }
    // Shutdown waits until every request that got in has had its response.
    void options.tracker.track(new Promise((resolve) => res.once('close', resolve)));
    screen(req, res, options)
      .then((ok) => {
        if (ok) inner(req, res);
      })
      .catch((error: unknown) => {
        options.logger.error({ err: error }, 'could not screen a request');
        if (!res.headersSent) refuse(res, 500);
        else res.destroy();
      });
  };
}
