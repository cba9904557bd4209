/**
 * A running bot for integration tests: the stand-in, the real corpus (with
 * per-test overrides, to simulate failures), the bot connected to both, and
 * helpers to send an interaction or message and collect what came back.
 */
import type { Corpus } from '../../../src/answer-types.ts';
import { createTemporaryMemoryStore } from '../../../adapters/conversation-store.ts';
import { createDiscordBot, type DiscordBot } from '../../../adapters/discord/bot.ts';
import type { AnswerQueue } from '../../../adapters/runtime/answer-queue.ts';
import { captureLogger } from './check.ts';
import { realCorpus } from './corpus.ts';
import { APPLICATION_ID, startStandIn, type RecordedRequest, type StandIn } from './discord-stand-in.ts';

export const TOKEN = 'stand-in-token.for.tests';

export interface Harness {
  stand: StandIn;
  bot: DiscordBot;
  /** The unwrapped real corpus. */
  real: Corpus;
  /** Replace corpus methods for one test; cleared by `reset()`. */
  overrides: Partial<Corpus>;
  logLines: any[];
  /** Dispatch an interaction; resolves with its callback request and how long it took. */
  interact(payload: Record<string, any>): Promise<{ callback: RecordedRequest; ms: number }>;
  /** Requests made with this interaction's token after its callback (edits, deletes, follow-ups). */
  webhookRequests(payload: Record<string, any>): RecordedRequest[];
  /** Wait for a request with this interaction's token matching `match`. */
  waitWebhook(payload: Record<string, any>, match: (r: RecordedRequest) => boolean): Promise<RecordedRequest>;
  reset(): void;
  close(): Promise<void>;
}

/** Start everything; call `close()` in afterAll. */
export async function startHarness(options: { restTimeoutMs?: number; answers?: AnswerQueue } = {}): Promise<Harness> {
  const stand = await startStandIn();
  const { corpus: real, cleanup } = await realCorpus();
  const overrides: Partial<Corpus> = {};
  const pick = <K extends keyof Corpus>(key: K): Corpus[K] => (overrides[key] ?? real[key]) as Corpus[K];
  const corpus: Corpus = {
    ask: (question, options) => pick('ask')(question, options),
    converse: (question, previous, options) => pick('converse')(question, previous, options),
    judgements: (query) => pick('judgements')(query),
    improvements: (authority) => pick('improvements')(authority),
    paragraph: (reference) => pick('paragraph')(reference),
    authorities: () => pick('authorities')(),
    reports: () => pick('reports')(),
    reportAlert: (reportId, topics) => pick('reportAlert')(reportId, topics),
    reader: () => pick('reader')(),
  };
  const { logger, lines } = captureLogger();
  const bot = createDiscordBot({
    config: { token: TOKEN, applicationId: APPLICATION_ID, guildId: null, apiUrl: stand.apiUrl },
    corpus,
    logger,
    ...options,
    // The temporary in-process store stands in for the database store in tests.
    conversations: createTemporaryMemoryStore(),
  });
  await bot.start();

  const byToken = (payload: Record<string, any>) => (r: RecordedRequest) =>
    r.route.startsWith(`/webhooks/${APPLICATION_ID}/${payload.token}`);

  return {
    stand,
    bot,
    real,
    overrides,
    logLines: lines,
    async interact(payload) {
      const sent = Date.now();
      const route = `/interactions/${payload.id}/${payload.token}/callback`;
      const waiting = stand.waitForRequest((r) => r.route === route);
      stand.dispatch('INTERACTION_CREATE', payload);
      const callback = await waiting;
      return { callback, ms: callback.at - sent };
    },
    webhookRequests: (payload) => stand.requests.filter(byToken(payload)),
    waitWebhook: (payload, match) => stand.waitForRequest((r) => byToken(payload)(r) && match(r)),
    reset() {
      for (const key of Object.keys(overrides)) delete overrides[key as keyof Corpus];
    },
    async close() {
      await bot.stop();
      await stand.close();
      await cleanup();
    },
  };
}
