/**
 * The real Teams bot (botbuilder's CloudAdapter behind its HTTP endpoint on
 * 127.0.0.1, the real corpus, an in-memory store) against the stand-in, and
 * activities shaped as Teams sends them, signed as the Bot Connector signs
 * them. Used by the tests and by `npm run bench-teams`.
 */
import { randomUUID } from 'node:crypto';
import { pino } from 'pino';
import type { Corpus } from '../../../src/index.ts';
import { loadCorpus } from '../../../src/index.ts';
import { createTeamsApp, TEAMS_MESSAGES_PATH, type TeamsApp } from '../../../adapters/teams/app.ts';
import type { TeamsConfig } from '../../../adapters/config.ts';
import { openStore, type Store } from '../../../adapters/store/open-store.ts';
import { APP_ID, APP_PASSWORD, BOT_NAME, ISSUER, TENANT_ID, startTeamsStandIn, type TeamsStandIn } from './teams-stand-in.ts';
import type { AnswerQueue } from '../../../adapters/runtime/answer-queue.ts';

export const TEAM_ID = '19:team-general@thread.tacv2';
export const BOT_ID = `28:${APP_ID}`;

let corpusPromise: Promise<Corpus> | undefined;
/** The bundled corpus, loaded once per process. */
export function realCorpus(): Promise<Corpus> {
  corpusPromise ??= loadCorpus();
  return corpusPromise;
}

/** The Teams config pointing at `standIn`. */
export function teamsConfig(standIn: TeamsStandIn, overrides: Partial<TeamsConfig> = {}): TeamsConfig {
  return {
    appId: APP_ID,
    credential: { kind: 'secret', password: APP_PASSWORD },
    tenantId: TENANT_ID,
    port: 0,
    endpoints: { loginUrl: standIn.loginUrl, openIdMetadataUrl: standIn.openIdMetadataUrl, tokenIssuer: ISSUER },
    ...overrides,
  };
}

type ActivityJson = Record<string, unknown>;

/** A Teams person. */
export interface Person {
  id: string;
  aadObjectId: string;
  name: string;
}
export const ALEX: Person = { id: '29:alex', aadObjectId: 'aad-alex', name: 'Alex' };
export const SAM: Person = { id: '29:sam', aadObjectId: 'aad-sam', name: 'Sam' };

/** Builds activities as Teams sends them to the bot. */
export function activities(serviceUrl: string) {
  const base = (from: Person) => ({
    type: 'message',
    id: randomUUID(),
    timestamp: new Date().toISOString(),
    channelId: 'msteams',
    serviceUrl,
    from,
    recipient: { id: BOT_ID, name: BOT_NAME },
    locale: 'en-GB',
  });
  return {
    /** "@Ofsted reports <text>" in team channel `channel`: a new post (root) or a reply in thread `root`. */
    mention(text: string, options: { channel?: string; root?: string; from?: Person; id?: string } = {}): ActivityJson {
      const channel = options.channel ?? '19:channel-a@thread.tacv2';
      const activity = base(options.from ?? ALEX);
      const id = options.id ?? activity.id;
      const mentionText = `<at>${BOT_NAME}</at>`;
      return {
        ...activity,
        id,
        text: `${mentionText} ${text}`,
        ...(options.root !== undefined ? { replyToId: options.root } : {}),
        conversation: { id: `${channel};messageid=${options.root ?? id}`, conversationType: 'channel', isGroup: true, tenantId: TENANT_ID },
        entities: [{ type: 'mention', mentioned: { id: BOT_ID, name: BOT_NAME }, text: mentionText }],
        channelData: { teamsChannelId: channel, teamsTeamId: TEAM_ID, channel: { id: channel }, team: { id: TEAM_ID }, tenant: { id: TENANT_ID } },
      };
    },
    /** A message in the 1:1 chat of `from` with the bot. */
    personal(text: string, options: { from?: Person } = {}): ActivityJson {
      const from = options.from ?? ALEX;
      return {
        ...base(from),
        text,
        conversation: { id: `a:personal-${from.aadObjectId}`, conversationType: 'personal', tenantId: TENANT_ID },
        channelData: { tenant: { id: TENANT_ID } },
      };
    },
    /** A click on a card button: a message whose value is the button's data, in the card's conversation. */
    submit(card: ActivityJson, data: unknown, options: { from?: Person } = {}): ActivityJson {
      return { ...base(options.from ?? ALEX), value: data, replyToId: 'card-message', conversation: card['conversation'], channelData: card['channelData'] };
    },
    /** The bot removed from the team (or another conversation update). */
    update(channelData: Record<string, unknown>, extra: Record<string, unknown> = {}): ActivityJson {
      return {
        ...base(ALEX),
        type: 'conversationUpdate',
        conversation: { id: '19:channel-a@thread.tacv2', conversationType: 'channel', isGroup: true, tenantId: TENANT_ID },
        channelData: { team: { id: TEAM_ID }, tenant: { id: TENANT_ID }, ...channelData },
        ...extra,
      };
    },
  };
}

/** POST `activity` to the bot's endpoint at `base` with `token` ('' for none); the response status. */
export async function post(base: string, activity: ActivityJson, token: string): Promise<number> {
  const response = await fetch(`${base}${TEAMS_MESSAGES_PATH}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(token === '' ? {} : { Authorization: `Bearer ${token}` }) },
    body: JSON.stringify(activity),
  });
  await response.arrayBuffer();
  return response.status;
}

export interface Harness {
  standIn: TeamsStandIn;
  app: TeamsApp;
  store: Store;
  base: string;
  logs: Record<string, unknown>[];
  make: ReturnType<typeof activities>;
  /** Send an activity signed by the stand-in. */
  send(activity: ActivityJson): Promise<number>;
  close(): Promise<void>;
}

export async function startHarness(options: { logLevel?: string; answers?: AnswerQueue } = {}): Promise<Harness> {
  const corpus = await realCorpus();
  const standIn = await startTeamsStandIn();
  const store = await openStore({ memory: true });
  const logs: Record<string, unknown>[] = [];
  const logger = pino({ level: options.logLevel ?? 'debug' }, { write: (line: string) => void logs.push(JSON.parse(line) as Record<string, unknown>) });
  const app = createTeamsApp({
    config: teamsConfig(standIn),
    corpus,
    logger,
    store,
    host: '127.0.0.1',
    loginTls: { ca: standIn.ca },
    ...(options.answers !== undefined ? { answers: options.answers } : {}),
  });
  await app.start();
  const base = `http://127.0.0.1:${app.port()}`;
  return {
    standIn,
    app,
    store,
    base,
    logs,
    make: activities(standIn.serviceUrl),
    send: (activity) => post(base, activity, standIn.token()),
    async close() {
      await app.stop();
      await store.close();
      await standIn.close();
    },
  };
}

/** Every TextBlock text in a posted activity's cards, joined, for "contains" assertions. */
export function cardText(body: Record<string, unknown>): string {
  const out: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node !== null && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if ((key === 'text' || key === 'title') && typeof value === 'string') out.push(value);
        else walk(value);
      }
    }
  };
  walk(body['attachments'] ?? []);
  if (typeof body['text'] === 'string') out.push(body['text']);
  return out.join('\n');
}

/** The Action.Submit buttons of a posted card: title → data. */
export function cardButtons(body: Record<string, unknown>): Map<string, Record<string, unknown>> {
  const found = new Map<string, Record<string, unknown>>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node !== null && typeof node === 'object') {
      const n = node as Record<string, unknown>;
      if (n['type'] === 'Action.Submit' && typeof n['title'] === 'string') found.set(n['title'], n['data'] as Record<string, unknown>);
      for (const value of Object.values(n)) walk(value);
    }
  };
  walk(body['attachments'] ?? []);
  return found;
}
