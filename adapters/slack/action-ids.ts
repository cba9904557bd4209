/**
 * Button action ids and the small JSON the buttons carry. A button's value
 * holds the query, not the answer: the corpus is deterministic, so the
 * handler recomputes the answer, and values stay far below Slack's limit.
 */
import type { ConversationContext } from '../../src/index.ts';
import { MAX_BUTTON_VALUE } from './format/limits.ts';

/** "More results": post the next page of an answer. */
export const MORE_RESULTS_ACTION = 'ofsted_more_results';
/** "Share in channel": post a private answer for everyone in the channel. */
export const SHARE_ACTION = 'ofsted_share_in_channel';
/** "Did you want the list of focused visits…?": post the answer to the question offered (issue #17). */
export const OFFER_ACTION = 'ofsted_offer';
/** "Show all 28": post a long list of grades whole. */
export const SHOW_ALL_ACTION = 'ofsted_show_all';

/** 👍 / 👎 under an answer, and the reasons a 👎 offers. */
export const FEEDBACK_UP_ACTION = 'ofsted_feedback_up';
export const FEEDBACK_DOWN_ACTION = 'ofsted_feedback_down';
export const FEEDBACK_REASON_ACTION = 'ofsted_feedback_reason';

/** What a button asks for again when it is clicked. */
export type AnswerRequest =
  | {
      kind: 'ask';
      query: string;
      offset: number;
      /** Show every row of a grade answer ("Show all 28"). */
      all?: boolean;
      /** The conversation context the question was asked in, so a follow-up's button recomputes the same answer. */
      context?: ConversationContext | null;
    }
  | { kind: 'judgement'; query: string }
  | { kind: 'improve'; query: string };

/** Longest question or query accepted: longer input is refused as bad input. */
export const MAX_QUERY_LENGTH = 500;

/** Encode a request as a button value (always within {@link MAX_BUTTON_VALUE}). */
export function encodeRequest(request: AnswerRequest): string {
  const query = request.query.slice(0, MAX_QUERY_LENGTH);
  const compact =
    request.kind === 'ask'
      ? {
          k: request.kind,
          q: query,
          o: request.offset,
          ...(request.all === true ? { a: 1 } : {}),
          ...(request.context !== undefined && request.context !== null ? { c: request.context } : {}),
        }
      : { k: request.kind, q: query };
  const value = JSON.stringify(compact);
  if (value.length <= MAX_BUTTON_VALUE) return value;
  // A context is a few hundred characters; without it the button still answers the question as asked.
  const { c: _context, ...bare } = compact as typeof compact & { c?: unknown };
  const smaller = JSON.stringify(bare);
  // Only control characters (6 characters each in JSON) can push 500 characters past the limit;
  // a too-long value would make Slack refuse the whole message.
  return smaller.length <= MAX_BUTTON_VALUE ? smaller : JSON.stringify({ ...bare, q: query.slice(0, 200) });
}

/** Decode a button value; null when it is not one of ours. */
export function decodeRequest(value: string | undefined): AnswerRequest | null {
  if (value === undefined) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    return null;
  }
  if (typeof parsed !== 'object' || parsed === null) return null;
  const { k, q, o, a, c } = parsed as { k?: unknown; q?: unknown; o?: unknown; a?: unknown; c?: unknown };
  if (typeof q !== 'string') return null;
  if (k === 'ask') {
    const offset = typeof o === 'number' && Number.isInteger(o) && o >= 0 ? o : 0;
    const context = isContext(c) ? c : null;
    return { kind: 'ask', query: q, offset, ...(a === 1 ? { all: true } : {}), ...(context !== null ? { context } : {}) };
  }
  if (k === 'judgement' || k === 'improve') return { kind: k, query: q };
  return null;
}

/** Whether a button's context is shaped like one (it came back from Slack, so it is checked, not trusted). */
function isContext(value: unknown): value is ConversationContext {
  if (typeof value !== 'object' || value === null) return false;
  const c = value as Record<string, unknown>;
  const strings = (v: unknown): boolean => Array.isArray(v) && v.every((x) => typeof x === 'string');
  return strings(c['authorities']) && strings(c['topic']) && strings(c['areas']) && typeof c['topicLabel'] === 'string';
}

/** What a 👍 / 👎 button carries: the question and the paragraphs the answer cited. */
export interface FeedbackValue {
  question: string;
  paragraphRefs: string[];
}

/** Encode a feedback button's value (the question is cut to fit {@link MAX_BUTTON_VALUE}). */
export function encodeFeedback(value: FeedbackValue): string {
  const refs = value.paragraphRefs.slice(0, 20);
  let question = value.question.slice(0, MAX_QUERY_LENGTH);
  let encoded = JSON.stringify({ q: question, r: refs });
  while (encoded.length > MAX_BUTTON_VALUE && question.length > 0) {
    question = question.slice(0, Math.floor(question.length / 2));
    encoded = JSON.stringify({ q: question, r: refs });
  }
  return encoded;
}

/** Decode a feedback button's value; null when it is not one of ours. */
export function decodeFeedback(value: string | undefined): FeedbackValue | null {
  try {
    const parsed = JSON.parse(value ?? '') as { q?: unknown; r?: unknown };
    if (typeof parsed.q !== 'string' || !Array.isArray(parsed.r) || !parsed.r.every((r) => typeof r === 'string')) return null;
    return { question: parsed.q, paragraphRefs: parsed.r as string[] };
  } catch {
    return null;
  }
}
