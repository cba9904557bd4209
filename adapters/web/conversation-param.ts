/**
 * The search page's conversation, kept in the URL: the follow-up form
 * carries what the last question established (a ConversationContext) as
 * base64url JSON in `ctx`, so "what about in 2016?" works without a cookie
 * or a session, and a link to a follow-up answer reproduces it. The value
 * comes back from the browser, so it is checked field by field; anything
 * unexpected reads as no conversation.
 */
import type { AreaKey, ConversationContext, Grade, GradeIntent, TimeRange } from '../../src/index.ts';

/** Longest `ctx` accepted: a real context is a few hundred characters. */
export const MAX_CONTEXT_PARAM = 4000;

const AREAS: ReadonlySet<string> = new Set<AreaKey>(['overall', 'help-and-protection', 'children-in-care', 'adoption', 'care-leavers', 'children-in-care-and-care-leavers', 'leadership', 'other']);
const GRADES: ReadonlySet<string> = new Set<Grade>(['outstanding', 'good', 'adequate', 'requires-improvement', 'inadequate', 'not-judged', 'other']);
const GRADE_KINDS: ReadonlySet<string> = new Set<GradeIntent['kind']>(['latest', 'history', 'list', 'count', 'neighbours', 'compare']);

export function encodeContext(context: ConversationContext): string {
  return Buffer.from(JSON.stringify(context), 'utf8').toString('base64url');
}

const isString = (v: unknown, max = 200): v is string => typeof v === 'string' && v.length <= max;
const strings = (v: unknown, max: number): v is string[] => Array.isArray(v) && v.length <= max && v.every((s) => isString(s));
const yearOrNull = (v: unknown): v is number | null => v === null || (Number.isInteger(v) && (v as number) >= 1900 && (v as number) <= 2200);

function range(v: unknown): TimeRange | null | undefined {
  if (v === null) return null;
  if (typeof v !== 'object' || v === undefined) return undefined;
  const r = v as Record<string, unknown>;
  if (r['kind'] === 'years' && yearOrNull(r['from']) && yearOrNull(r['to'])) return { kind: 'years', from: r['from'], to: r['to'] };
  if (r['kind'] === 'as-at' && typeof r['date'] === 'string' && /^\d{4}-\d\d-\d\d$/.test(r['date'])) return { kind: 'as-at', date: r['date'] };
  return undefined;
}

function grade(v: unknown): GradeIntent | null | undefined {
  if (v === null) return null;
  if (typeof v !== 'object' || v === undefined) return undefined;
  const g = v as Record<string, unknown>;
  const kind = g['kind'];
  const grades = g['grades'];
  const region = g['region'];
  const neighbours = g['neighboursOf'];
  if (typeof kind !== 'string' || !GRADE_KINDS.has(kind)) return undefined;
  if (!Array.isArray(grades) || grades.length > 7 || !grades.every((x) => typeof x === 'string' && GRADES.has(x))) return undefined;
  if (!(region === null || isString(region)) || !(neighbours === null || isString(neighbours))) return undefined;
  return { kind: kind as GradeIntent['kind'], grades: grades as Grade[], region, neighboursOf: neighbours };
}

/** The context in `param`, or null when it is absent or not one this page wrote. */
export function decodeContext(param: string | null): ConversationContext | null {
  if (param === null || param === '' || param.length > MAX_CONTEXT_PARAM || !/^[A-Za-z0-9_-]+$/.test(param)) return null;
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(param, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const c = value as Record<string, unknown>;
  const year = c['year'];
  const areas = c['areas'];
  const r = range(c['range']);
  const g = grade(c['grade']);
  if (!strings(c['authorities'], 20) || !strings(c['topic'], 40) || !isString(c['topicLabel'], 400)) return null;
  if (!Array.isArray(areas) || areas.length > 8 || !areas.every((a) => typeof a === 'string' && AREAS.has(a))) return null;
  if (!(year === 'latest' || yearOrNull(year)) || r === undefined || g === undefined) return null;
  const decoded: ConversationContext = { authorities: c['authorities'], topic: c['topic'], topicLabel: c['topicLabel'], areas: areas as AreaKey[], year, range: r, grade: g };
  // Years set against each other ("2016 vs 2025"): kept when they are years, else left out (the question still answers).
  const also = c['alsoYears'];
  if (Array.isArray(also) && also.length > 0 && also.length <= 4 && also.every((y) => typeof y === 'number' && yearOrNull(y))) decoded.alsoYears = also as number[];
  return decoded;
}
