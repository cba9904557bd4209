/**
 * Sending without sending twice. The REST client is set not to retry (see
 * `bot.ts`): its retry after a timeout re-sent answers that had in fact been
 * posted, up to four times. Here, a message create carries a nonce with
 * `enforce_nonce`, so Discord itself drops a repeat, and only then is a
 * timeout, a reset connection or a 5xx retried. Edits (PATCH) are idempotent
 * and may be retried the same way; follow-ups and interaction callbacks
 * cannot be made idempotent and are not retried.
 */
import { randomInt } from 'node:crypto';
import { HTTPError } from 'discord.js';

const ATTEMPTS = 2;

/** Whether `error` may have left Discord without the message: worth one more try when a repeat is harmless. */
export function isTransient(error: unknown): boolean {
  if (error instanceof HTTPError) return error.status >= 500;
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  return error.name === 'AbortError' || error.name === 'TimeoutError' || code === 'ECONNRESET' || code === 'ECONNREFUSED';
}

/** Run `call`, retrying once after a transient failure. Only for calls whose repeat Discord ignores. */
export async function retryIdempotent<T>(call: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await call();
    } catch (error) {
      if (attempt >= ATTEMPTS || !isTransient(error)) throw error;
    }
  }
}

/** A fresh nonce: Discord accepts up to 25 characters. */
function nonce(): string {
  return `${Date.now().toString(36)}${randomInt(2 ** 40).toString(36)}`.slice(0, 25);
}

/** `message` with a nonce Discord enforces: a second create with it returns the first message instead. */
export function withNonce<T extends object>(message: T): T & { nonce: string; enforceNonce: true } {
  return { ...message, nonce: nonce(), enforceNonce: true };
}
