/**
 * The store: one database (embedded PGlite under DATA_DIR, or PostgreSQL at
 * DATABASE_URL), migrated on open, with a small repository per concern.
 * A store that cannot be opened stops startup with a {@link StoreOpenError}
 * naming the variable to fix; DATABASE_URL's password never appears in it.
 */
import type { Logger } from '../../src/logger.ts';
import { createAlertOutbox, type AlertOutbox, type OutboxOptions } from './alert-outbox.ts';
import { createAnswerKeys, type AnswerKeys } from './answer-keys.ts';
import { createChannelSettings, type ChannelSettings } from './channel-settings.ts';
import { createStoredConversations, type StoredConversations } from './conversations.ts';
import { createEventClaims, type EventClaims } from './event-dedupe.ts';
import { createFeedbackStore, type FeedbackStore } from './feedback.ts';
import { createFollows, type Follows } from './follows.ts';
import { DataDirLockedError } from './data-dir-lock.ts';
import { migrate } from './migrations.ts';
import { openEmbedded, openInMemory, openPostgres, redactUrl, type SqlClient } from './sql.ts';
import { createTeamsConversations, type TeamsConversations } from './teams-conversations.ts';
import { createStoreUpdateLock } from './update-lock.ts';
import type { UpdateLock } from '../../src/update/lock.ts';

export class StoreOpenError extends Error {
  override name = 'StoreOpenError';
}

/** Where the store is: a data directory, a server URL, or memory (tests). */
export type StoreLocation = { dataDir: string; databaseUrl: null } | { dataDir: string | null; databaseUrl: string } | { memory: true };

export interface Store {
  sql: SqlClient;
  events: EventClaims;
  answers: AnswerKeys;
  follows: Follows;
  settings: ChannelSettings;
  outbox: AlertOutbox;
  feedback: FeedbackStore;
  /** Each conversation's context (Slack threads, Discord reply chains), expiring. */
  conversations: StoredConversations;
  /** Teams channels' conversation references, for proactive alerts. */
  teamsConversations: TeamsConversations;
  /** The scheduled update's lock: one replica at a time runs it. */
  updateLock: UpdateLock;
  /** Drop expired dedupe records, answer keys and conversation contexts. */
  prune(): Promise<void>;
  close(): Promise<void>;
}

export interface OpenStoreOptions {
  logger?: Logger;
  /** The embedded engine starts once this settles (see EmbeddedOptions.startAfter); no effect on PostgreSQL. */
  startAfter?: Promise<unknown>;
  outbox?: OutboxOptions;
  now?: () => number;
}

function describe(location: StoreLocation): string {
  if ('memory' in location) return 'an in-memory store';
  return location.databaseUrl !== null
    ? `the PostgreSQL store at DATABASE_URL=${redactUrl(location.databaseUrl)}`
    : `the embedded store in DATA_DIR=${location.dataDir}`;
}

/** Scrub anything that looks like the URL's password out of an engine's message. */
function scrub(message: string, location: StoreLocation): string {
  if ('memory' in location || location.databaseUrl === null) return message;
  let password = '';
  try {
    password = decodeURIComponent(new URL(location.databaseUrl).password);
  } catch {
    return message.split(location.databaseUrl).join(redactUrl(location.databaseUrl));
  }
  const withoutUrl = message.split(location.databaseUrl).join(redactUrl(location.databaseUrl));
  return password === '' ? withoutUrl : withoutUrl.split(password).join('***');
}

/** Wrap an open database in the repositories. */
export function storeOn(sql: SqlClient, options: OpenStoreOptions = {}): Store {
  const now = options.now ?? Date.now;
  const store: Store = {
    sql,
    events: createEventClaims(sql, { now }),
    answers: createAnswerKeys(sql, { now }),
    follows: createFollows(sql, now),
    settings: createChannelSettings(sql, now),
    outbox: createAlertOutbox(sql, { now, ...options.outbox }),
    feedback: createFeedbackStore(sql, now),
    conversations: createStoredConversations(sql, now),
    teamsConversations: createTeamsConversations(sql, now),
    updateLock: createStoreUpdateLock(sql, { now, ...(options.logger === undefined ? {} : { logger: options.logger }) }),
    async prune() {
      await store.events.prune();
      await store.answers.prune();
      await store.conversations.prune();
    },
    close: () => sql.close(),
  };
  return store;
}

/** Open and migrate the store at `location`. Throws {@link StoreOpenError} saying which variable to fix. */
export async function openStore(location: StoreLocation, options: OpenStoreOptions = {}): Promise<Store> {
  const started = performance.now();
  let sql: SqlClient;
  try {
    sql =
      'memory' in location
        ? await openInMemory()
        : location.databaseUrl !== null
          ? await openPostgres(location.databaseUrl)
          : await openEmbedded(location.dataDir, {
              warn: (message) => options.logger?.warn(message),
              ...(options.startAfter === undefined ? {} : { startAfter: options.startAfter }),
            });
  } catch (error) {
    // Its message already names DATA_DIR and says what to do.
    if (error instanceof DataDirLockedError) throw new StoreOpenError(error.message, { cause: error });
    const fix = 'memory' in location ? '' : location.databaseUrl !== null ? ' Check DATABASE_URL.' : ' Check DATA_DIR.';
    throw new StoreOpenError(`store: could not open ${describe(location)}: ${scrub((error as Error).message, location)}.${fix}`);
  }
  try {
    const applied = await migrate(sql);
    options.logger?.info(
      { engine: sql.engine, where: sql.where, migrationsApplied: applied, ms: Math.round(performance.now() - started) },
      'store opened',
    );
  } catch (error) {
    await sql.close().catch(() => undefined);
    throw new StoreOpenError(`store: could not migrate ${describe(location)}: ${scrub((error as Error).message, location)}`);
  }
  return storeOn(sql, options);
}
