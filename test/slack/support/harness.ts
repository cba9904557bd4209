/**
 * Starts the real Slack app (Bolt's HTTP receiver on 127.0.0.1, real corpus)
 * against the Web API stand-in, and sends it signed requests like Slack does.
 */
import { pino } from 'pino';
import type { Corpus } from '../../../src/answer-types.ts';
import { loadCorpus } from '../../../src/index.ts';
import { loggerOptions } from '../../../src/logger.ts';
import { createTemporaryMemoryStore } from '../../../adapters/conversation-store.ts';
import { createSlackApp, SLACK_EVENTS_PATH, type SlackApp } from '../../../adapters/slack/app.ts';
import type { AnswerQueue } from '../../../adapters/runtime/answer-queue.ts';
import {
  actionBody,
  commandBody,
  eventBody,
  FORM,
  JSON_TYPE,
  sendSigned,
  type ButtonClick,
  type SendOptions,
  type SentResponse,
} from './signed-requests.ts';
import { startSlackStandIn, type SlackStandIn } from './slack-stand-in.ts';

export const SIGNING_SECRET = 'stand-in-signing-secret';
export const BOT_TOKEN = 'xoxb-stand-in-token';

let corpusPromise: Promise<Corpus> | undefined;

/** The real bundled corpus, loaded once per test file. */
export function realCorpus(): Promise<Corpus> {
  corpusPromise ??= loadCorpus();
  return corpusPromise;
}

export interface Harness {
  standIn: SlackStandIn;
  slack: SlackApp;
  /** http://127.0.0.1:<port> of the app. */
  base: string;
  /** Everything the app logged, parsed. */
  logs: Record<string, unknown>[];
  /** Send a slash command; its response_url is `responseUrl(id)` on the stand-in. */
  command(command: string, text: string, options?: { id?: string; channelId?: string; userId?: string } & Partial<SendOptions>): Promise<SentResponse & { id: string }>;
  /** Send an Events API callback. */
  event(event: Record<string, unknown>, options?: { eventId?: string } & Partial<SendOptions>): Promise<SentResponse>;
  /** Send a button click. */
  click(click: ButtonClick, options?: Partial<SendOptions>): Promise<SentResponse>;
  close(): Promise<void>;
}

let commandCounter = 0;

export interface HarnessOptions {
  corpus?: Corpus;
  /** Shorter Web API and response_url time limits, so timeouts can be tested quickly. */
  timeouts?: { apiMs?: number; responseUrlMs?: number };
  /** The answer queue, to hold answers back and see what an asker is told meanwhile. */
  answers?: AnswerQueue;
}

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const corpus = options.corpus ?? (await realCorpus());
  const standIn = await startSlackStandIn();
  const logs: Record<string, unknown>[] = [];
  const logger = pino(loggerOptions('debug', 'test'), { write: (line: string) => void logs.push(JSON.parse(line) as Record<string, unknown>) });
  const slack = createSlackApp({
    config: { botToken: BOT_TOKEN, signingSecret: SIGNING_SECRET, appToken: null, port: 0, apiUrl: standIn.apiUrl },
    corpus,
    logger,
    host: '127.0.0.1',
    ...(options.timeouts !== undefined ? { timeouts: options.timeouts } : {}),
    ...(options.answers !== undefined ? { answers: options.answers } : {}),
    // The temporary in-process store stands in for the database store in tests.
    conversations: createTemporaryMemoryStore(),
  });
  await slack.start();
  const base = `http://127.0.0.1:${slack.port()}`;
  const url = `${base}${SLACK_EVENTS_PATH}`;
  const send = (body: string, type: string, extra: Partial<SendOptions> = {}) =>
    sendSigned(url, body, type, { secret: SIGNING_SECRET, ...extra });

  return {
    standIn,
    slack,
    base,
    logs,
    async command(command, text, extra = {}) {
      const id = extra.id ?? `cmd-${++commandCounter}`;
      const body = commandBody({
        command,
        text,
        responseUrl: standIn.responseUrl(id),
        ...(extra.channelId ? { channelId: extra.channelId } : {}),
        ...(extra.userId ? { userId: extra.userId } : {}),
      });
      return { ...(await send(body, FORM, extra)), id };
    },
    event(event, extra = {}) {
      return send(eventBody(event, extra.eventId), JSON_TYPE, extra);
    },
    click(click, extra = {}) {
      return send(actionBody(click), FORM, extra);
    },
    async close() {
      await slack.stop();
      await standIn.close();
    },
  };
}

/** Wait long enough for a (wrong) second answer, or any answer to a refused request, to have arrived. */
export const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 300));

/** All mrkdwn/plain text in a message's blocks, joined, for "contains" assertions. */
export function blockText(blocks: unknown): string {
  const out: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node !== null && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if (key === 'text' && typeof value === 'string') out.push(value);
        else walk(value);
      }
    }
  };
  walk(blocks);
  return out.join('\n');
}

/** The buttons (action_id → value) in a message's blocks. */
export function buttons(blocks: unknown): Map<string, string> {
  const found = new Map<string, string>();
  for (const block of (blocks as { type: string; elements?: { action_id?: string; value?: string }[] }[]) ?? []) {
    if (block.type !== 'actions') continue;
    for (const element of block.elements ?? []) {
      if (element.action_id !== undefined) found.set(element.action_id, element.value ?? '');
    }
  }
  return found;
}
