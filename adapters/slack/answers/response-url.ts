/**
 * Posting to a `response_url` (slash commands and button clicks) with a
 * timeout, retries where Slack did not take the message (429 after its
 * Retry-After, 5xx, refused connections), and, for a private answer that
 * still cannot be delivered (expired URL, Slack down, timeout), the same
 * answer by `chat.postEphemeral`. Bolt's own `respond` waits as long as the
 * socket lives and gives up silently on any failure.
 */
import type { RespondArguments, webApi } from '@slack/bolt';
import type { KnownBlock } from '../format/limits.ts';
import type { ListenerDeps } from '../listeners/deps.ts';
import { callInChannel } from './channel-call.ts';

type WebClient = webApi.WebClient;

/** Answer through a response_url; resolves once delivered (there, or by the fallback). */
export type Respond = (message: RespondArguments) => Promise<void>;

const MAX_ATTEMPTS = 3;
const MAX_RETRY_AFTER_MS = 5_000;

export interface ResponseTarget {
  responseUrl: string;
  client: WebClient;
  /** Where an ephemeral fallback goes; without it there is none. */
  channel: string | undefined;
  user: string;
}

type Outcome = { ok: true } | { ok: false; reason: string };

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

async function post(url: string, payload: RespondArguments, timeoutMs: number, deps: Pick<ListenerDeps, 'logger'>): Promise<Outcome> {
  let reason = 'no attempt';
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt += 1) {
    let response: Response;
    try {
      response = await fetch(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(payload),
        signal: AbortSignal.timeout(timeoutMs),
      });
      await response.arrayBuffer();
    } catch (error) {
      const name = (error as Error).name;
      // A timeout may still have been delivered: retrying the URL could show the message twice.
      if (name === 'TimeoutError' || name === 'AbortError') return { ok: false, reason: `timed out after ${timeoutMs} ms` };
      reason = `network error: ${(error as Error).message}`;
      deps.logger.warn({ attempt, reason }, 'response_url post failed');
      await sleep(200 * attempt);
      continue;
    }
    if (response.ok) return { ok: true };
    reason = `HTTP ${response.status}`;
    deps.logger.warn({ attempt, status: response.status }, 'response_url post refused');
    if (response.status === 429) {
      const seconds = Number(response.headers.get('retry-after') ?? '1');
      await sleep(Math.min(Number.isFinite(seconds) ? seconds * 1000 : 1000, MAX_RETRY_AFTER_MS));
    } else if (response.status >= 500) {
      await sleep(200 * attempt);
    } else {
      return { ok: false, reason }; // 404 expired or used URL, 400 bad payload: retrying cannot help
    }
  }
  return { ok: false, reason };
}

/** Whether `payload` is a private reply (so an ephemeral message can stand in for it). */
function isPrivateReply(payload: RespondArguments): boolean {
  return payload.response_type !== 'in_channel' && payload.replace_original !== true && payload.delete_original !== true;
}

/** A `respond` for `target` that retries, falls back to chat.postEphemeral, and throws only when both fail. */
export function reliableRespond(deps: Pick<ListenerDeps, 'lanes' | 'logger' | 'timeouts'>, target: ResponseTarget): Respond {
  return async (payload) => {
    const outcome = await post(target.responseUrl, payload, deps.timeouts.responseUrlMs, deps);
    if (outcome.ok) return;
    const { channel } = target;
    if (!isPrivateReply(payload) || channel === undefined) {
      throw new Error(`Could not post to the response_url: ${outcome.reason}`);
    }
    deps.logger.warn({ reason: outcome.reason, channel }, 'response_url failed; answering with chat.postEphemeral instead');
    const { text, blocks } = payload as { text?: string; blocks?: KnownBlock[] };
    await callInChannel(deps, channel, () =>
      target.client.chat.postEphemeral({ channel, user: target.user, text: text ?? '', ...(blocks !== undefined ? { blocks } : {}) }),
    );
  };
}

/** A button click's `respond`: its response_url, time-limited and retried (chat.postEphemeral standing in for a private reply). */
export function respondToClick(
  deps: Pick<ListenerDeps, 'lanes' | 'logger' | 'timeouts'>,
  body: { response_url: string; channel?: { id: string } | null; user: { id: string } },
  client: ResponseTarget['client'],
): Respond {
  return reliableRespond(deps, { responseUrl: body.response_url, client, channel: body.channel?.id, user: body.user.id });
}
