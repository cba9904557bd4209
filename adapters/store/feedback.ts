/**
 * Feedback on answers: the question, the paragraphs the answer cited, 👍 or
 * 👎 and, for 👎, a reason. No user names or ids are stored.
 */
import type { Platform } from './follows.ts';
import type { SqlRunner } from './sql.ts';

export type Vote = 'up' | 'down';

/** The reasons a 👎 offers. */
export const DOWN_REASONS = {
  'wrong-paragraph': 'Wrong paragraph',
  'citation-wrong': 'Citation wrong',
  'out-of-date': 'Out of date',
  other: 'Other',
} as const;
export type DownReason = keyof typeof DOWN_REASONS;

export function isDownReason(value: string): value is DownReason {
  return Object.hasOwn(DOWN_REASONS, value);
}

export interface FeedbackEntry {
  platform: Platform;
  question: string;
  paragraphRefs: string[];
  vote: Vote;
}

/** One line of the maintainers' summary: a question, its votes, and the paragraphs it got. */
export interface QuestionRating {
  question: string;
  up: number;
  down: number;
  reasons: Record<string, number>;
  paragraphRefs: string[];
}

export interface FeedbackStore {
  /** Record a vote; returns its id (a 👎's reason is added with {@link FeedbackStore.setReason}). */
  record(entry: FeedbackEntry): Promise<number>;
  /** Add the reason to a 👎; false when there is no such 👎. */
  setReason(id: number, reason: DownReason): Promise<boolean>;
  /** Questions by most 👎 (net of 👍), worst first. */
  worst(limit: number): Promise<QuestionRating[]>;
  /** Totals. */
  totals(): Promise<{ up: number; down: number }>;
}

export function createFeedbackStore(db: SqlRunner, now: () => number = Date.now): FeedbackStore {
  return {
    async record(entry) {
      const rows = await db.query<{ id: number }>(
        'insert into feedback (platform, question, paragraph_refs, vote, created_at) values ($1, $2, $3, $4, $5) returning id',
        [entry.platform, entry.question, JSON.stringify(entry.paragraphRefs), entry.vote, new Date(now())],
      );
      return rows[0]?.id ?? 0;
    },
    async setReason(id, reason) {
      const rows = await db.query("update feedback set reason = $2 where id = $1 and vote = 'down' returning id", [id, reason]);
      return rows.length > 0;
    },
    async worst(limit) {
      const rows = await db.query<{ question: string; up: number; down: number; refs: string[][]; reasons: (string | null)[] }>(
        `select question,
                count(*) filter (where vote = 'up')::int as up,
                count(*) filter (where vote = 'down')::int as down,
                jsonb_agg(paragraph_refs) as refs,
                array_agg(reason) as reasons
           from feedback
          group by question
         having count(*) filter (where vote = 'down') > 0
          order by count(*) filter (where vote = 'down') - count(*) filter (where vote = 'up') desc, question
          limit $1`,
        [limit],
      );
      return rows.map((row) => {
        const reasons: Record<string, number> = {};
        for (const reason of row.reasons) if (reason !== null) reasons[reason] = (reasons[reason] ?? 0) + 1;
        return { question: row.question, up: row.up, down: row.down, reasons, paragraphRefs: [...new Set(row.refs.flat())] };
      });
    },
    async totals() {
      const rows = await db.query<{ up: number; down: number }>(
        "select count(*) filter (where vote = 'up')::int as up, count(*) filter (where vote = 'down')::int as down from feedback",
      );
      return rows[0] ?? { up: 0, down: 0 };
    },
  };
}
