/**
 * Discord's side of the load benchmark: slash command interactions
 * dispatched over the stand-in's gateway all at once, and what the bot sent
 * back for each: its interaction callback (the deferral, or a reply) and its
 * answer (the edit of the deferred reply, or a follow-up).
 */
import { APPLICATION_ID, type RecordedRequest, type StandIn } from '../../test/discord/support/discord-stand-in.ts';
import { command, OPTION } from '../../test/discord/support/payloads.ts';
import { loadMix } from './slack-load.ts';

/** One interaction dispatched: when, and its id and token. */
export interface Dispatched {
  id: string;
  token: string;
  at: number;
}

/** The Slack load mix as Discord commands: `/ask question:` and `/judgement authority:`; each call makes fresh interactions (new ids and tokens). */
export function discordMix(): () => Record<string, unknown> {
  const specs = loadMix().map((item) =>
    item.command === '/judgement'
      ? { name: 'judgement', options: [{ name: 'authority', type: OPTION.string, value: item.text }] }
      : { name: 'ask', options: [{ name: 'question', type: OPTION.string, value: item.text.slice(0, 300) }] },
  );
  let next = 0;
  return () => {
    const spec = specs[next++ % specs.length]!;
    return command(spec.name, spec.options);
  };
}

/** Dispatch `payloads` (fresh ids and tokens each) in one go. */
export function dispatchAll(stand: StandIn, payloads: Record<string, unknown>[]): Dispatched[] {
  const at = Date.now();
  return payloads.map((payload) => {
    stand.dispatch('INTERACTION_CREATE', payload);
    return { id: String(payload['id']), token: String(payload['token']), at };
  });
}

export interface DiscordOutcome {
  callbackMs: number[];
  answerMs: number[];
  /** Interactions with exactly one callback and at least one answer, and no answer sent twice. */
  answeredOnce: number;
  /** Callbacks that were the busy note rather than a deferral or the answer itself. */
  busy: number;
  missing: number;
  late: number;
}

const isAnswer = (token: string) => (r: RecordedRequest): boolean =>
  (r.method === 'PATCH' && r.route === `/webhooks/${APPLICATION_ID}/${token}/messages/@original`) ||
  (r.method === 'POST' && r.route === `/webhooks/${APPLICATION_ID}/${token}`);

/** A callback that is the answer itself (a reply that is not the busy note). */
const isReply = (r: RecordedRequest): boolean => r.body?.type === 4 && !/busy/i.test(String(r.body?.data?.content ?? ''));

/** Wait until every interaction has an answer (or nothing new came for `quietMs`), then count. */
export async function collectDiscord(stand: StandIn, sent: Dispatched[], quietMs = 20_000): Promise<DiscordOutcome> {
  const tokens = new Set(sent.map((s) => s.token));
  const answered = (): number => {
    const seen = new Set<string>();
    for (const r of stand.requests) {
      const token = /^\/webhooks\/\d+\/([^/]+)/.exec(r.route)?.[1] ?? (isReply(r) ? /^\/interactions\/\d+\/([^/]+)\/callback$/.exec(r.route)?.[1] : undefined);
      if (token !== undefined && tokens.has(token)) seen.add(token);
    }
    return seen.size;
  };
  let last = answered();
  let lastChange = performance.now();
  while (last < tokens.size && performance.now() - lastChange < quietMs) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    const now = answered();
    if (now !== last) {
      last = now;
      lastChange = performance.now();
    }
  }
  await new Promise((resolve) => setTimeout(resolve, 500));
  const byRoute = new Map<string, RecordedRequest[]>();
  for (const r of stand.requests) byRoute.set(r.route, [...(byRoute.get(r.route) ?? []), r]);
  const outcome: DiscordOutcome = { callbackMs: [], answerMs: [], answeredOnce: 0, busy: 0, missing: 0, late: 0 };
  for (const s of sent) {
    const callbacks = byRoute.get(`/interactions/${s.id}/${s.token}/callback`) ?? [];
    const answers: RecordedRequest[] = [
      ...(byRoute.get(`/webhooks/${APPLICATION_ID}/${s.token}/messages/@original`) ?? []),
      ...(byRoute.get(`/webhooks/${APPLICATION_ID}/${s.token}`) ?? []),
    ].filter(isAnswer(s.token));

    const first = callbacks[0];
    if (first !== undefined) {
      outcome.callbackMs.push(first.at - s.at);
      if (first.at - s.at > 3000) outcome.late += 1;
      // A reply (type 4) is the answer itself (a judgement table), unless it is the busy note.
      if (isReply(first)) answers.push(first);
      else if (first.body?.type === 4) outcome.busy += 1;
    }
    const bodies = answers.map((a) => JSON.stringify(a.body));
    const edits = answers.filter((a) => a.method === 'PATCH').length;
    if (answers.length > 0) outcome.answerMs.push(Math.min(...answers.map((a) => a.at)) - s.at);
    if (callbacks.length === 1 && answers.length > 0 && edits <= 1 && new Set(bodies).size === bodies.length) outcome.answeredOnce += 1;
    if (callbacks.length === 0 || answers.length === 0) outcome.missing += 1;
  }
  return outcome;
}
