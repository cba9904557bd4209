/**
 * Slack's side of the load benchmark: signed slash commands sent the way
 * Slack sends them (one connection each, form-encoded, signed), and what
 * came back: the ack's time, and each response_url post the bot made.
 */
import { request } from 'node:http';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { commandBody, FORM, sign } from '../../test/slack/support/signed-requests.ts';
import type { SlackStandIn } from '../../test/slack/support/slack-stand-in.ts';
import { EXAMPLE_QUESTIONS } from '../../src/index.ts';
import { ROOT } from './bot-process.ts';

/** One command sent: when, how its ack went, and its response_url id. */
export interface Sent {
  id: string;
  sentAt: number;
  /** HTTP status of the ack (0: the connection failed). */
  status: number;
  ackMs: number;
  /** What the ack said to the user, if anything (the "busy" note). */
  ackText: string;
}

/** Varied questions, as a team would ask them: the question-kind set, the examples, and `/judgement` of many authorities. */
export function loadMix(): { command: string; text: string }[] {
  const kinds = JSON.parse(readFileSync(path.join(ROOT, 'scripts', 'kind-questions.json'), 'utf8')) as { questions: { question: string }[] };
  const registry = JSON.parse(readFileSync(path.join(ROOT, 'src', 'registry', 'authorities.json'), 'utf8')) as { authorities: { name: string }[] };
  const asks = [...kinds.questions.map((q) => q.question), ...EXAMPLE_QUESTIONS].map((text) => ({ command: '/ofsted', text }));
  const judgements = registry.authorities.map((a) => ({ command: '/judgement', text: a.name }));
  // Two questions to each judgement, interleaved.
  const mix: { command: string; text: string }[] = [];
  for (let i = 0; i < Math.max(asks.length, judgements.length); i += 1) {
    mix.push(asks[(2 * i) % asks.length]!, asks[(2 * i + 1) % asks.length]!, judgements[i % judgements.length]!);
  }
  return mix;
}

let counter = 0;

/** Send one signed command on a connection of its own; resolves once the ack (HTTP response) is in. */
export function sendCommand(url: URL, secret: string, standIn: SlackStandIn, item: { command: string; text: string }): Promise<Sent> {
  const id = `load-${process.pid}-${++counter}`;
  const body = commandBody({ command: item.command, text: item.text, responseUrl: standIn.responseUrl(id), userId: `U${String(counter % 997).padStart(7, '0')}` });
  const timestamp = Math.floor(Date.now() / 1000);
  const sentAt = performance.now();
  return new Promise((resolve) => {
    const req = request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: 'POST',
        agent: false,
        headers: {
          'Content-Type': FORM,
          'Content-Length': Buffer.byteLength(body),
          'X-Slack-Request-Timestamp': String(timestamp),
          'X-Slack-Signature': sign(secret, timestamp, body),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const raw = Buffer.concat(chunks).toString('utf8');
          let ackText = '';
          try {
            ackText = raw === '' ? '' : String((JSON.parse(raw) as { text?: unknown }).text ?? '');
          } catch {
            ackText = raw;
          }
          resolve({ id, sentAt, status: res.statusCode ?? 0, ackMs: performance.now() - sentAt, ackText });
        });
      },
    );
    req.on('error', () => resolve({ id, sentAt, status: 0, ackMs: performance.now() - sentAt, ackText: '' }));
    req.end(body);
  });
}

export interface Outcome {
  sent: Sent[];
  /** Per command: ms from sending to its (first) response_url post; missing when none came. */
  answerMs: number[];
  answeredOnce: number;
  answeredTwice: number;
  unanswered: number;
  /** Acks that said the bot was busy. */
  busy: number;
}

/** Wait until every command has a response_url post (or none came for `quietMs`), then count. */
export async function collect(standIn: SlackStandIn, sent: Sent[], quietMs = 20_000): Promise<Outcome> {
  const wanted = new Set(sent.map((s) => s.id));
  const count = (): number => standIn.responses.filter((r) => wanted.has(r.id)).length;
  let last = count();
  let lastChange = performance.now();
  while (last < wanted.size && performance.now() - lastChange < quietMs) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    const now = count();
    if (now !== last) {
      last = now;
      lastChange = performance.now();
    }
  }
  // A late duplicate would arrive within moments of the first.
  await new Promise((resolve) => setTimeout(resolve, 500));
  const byId = new Map<string, number[]>();
  for (const r of standIn.responses) if (wanted.has(r.id)) byId.set(r.id, [...(byId.get(r.id) ?? []), r.at]);
  const answerMs: number[] = [];
  let answeredOnce = 0;
  let answeredTwice = 0;
  for (const s of sent) {
    const ats = byId.get(s.id) ?? [];
    if (ats.length === 1) answeredOnce += 1;
    if (ats.length > 1) answeredTwice += 1;
    if (ats.length > 0) answerMs.push(Math.min(...ats) - s.sentAt);
  }
  const busy = sent.filter((s) => /busy/i.test(s.ackText)).length;
  return { sent, answerMs, answeredOnce, answeredTwice, unanswered: sent.length - answeredOnce - answeredTwice, busy };
}
