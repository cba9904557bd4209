/**
 * The durable alert outbox. Planning (which channels get which new report)
 * and delivery are separate: planning writes one row per channel and report,
 * unique, so no replica and no restart can queue a report twice for one
 * channel; delivery claims due rows under a lease, one per channel at a time
 * and at most one a `spacingMs` per channel, and records the outcome.
 *
 * Known reports (those already alerted, or there before alerts began) are
 * kept here too, so a restart or a second replica alerts nothing again.
 */
import type { ReportAlert } from '../../src/index.ts';
import type { Platform } from './follows.ts';
import type { SqlClient, SqlRunner } from './sql.ts';

/** One alert to queue for one channel. */
export interface Delivery {
  platform: Platform;
  channelId: string;
  reportId: string;
  /** The follows that asked for it (disabled together if the channel is gone). */
  followIds: number[];
  alert: ReportAlert;
}

/** A claimed outbox row. */
export interface OutboxItem extends Delivery {
  id: number;
  /** Delivery attempts so far, this one included. */
  attempts: number;
}

/** What a planner decides, given what the store already knows. */
export interface PlanDecision {
  /** Report ids to record as known. */
  known: string[];
  deliveries: Delivery[];
}

export type OutboxStatus = 'pending' | 'sending' | 'sent' | 'failed';

export interface AlertOutbox {
  /**
   * Plan under a store-wide lock: `decide` gets the known report ids and
   * whether alerts were ever initialised; its deliveries are queued (a
   * channel already queued for a report is skipped) and its known ids
   * recorded, all in one transaction. Returns how many rows were queued.
   */
  plan(decide: (known: ReadonlySet<string>, initialised: boolean) => PlanDecision): Promise<number>;
  /** Claim up to `limit` due rows for `platforms`, at most one per channel, leased for `leaseMs`. */
  claim(limit: number, platforms?: readonly Platform[]): Promise<OutboxItem[]>;
  markSent(id: number): Promise<void>;
  /** Try again after `delayMs`; `wholeChannel` also holds back the channel's other rows (rate limits). */
  retryLater(item: OutboxItem, delayMs: number, error: string, wholeChannel?: boolean): Promise<void>;
  /** Give up on a row for good. */
  fail(id: number, error: string): Promise<void>;
  /** Rows by status. */
  counts(): Promise<Record<OutboxStatus, number>>;
  /** The earliest time a pending row falls due, or null when there is none. */
  nextDue(): Promise<number | null>;
}

export interface OutboxOptions {
  /** Least time between two posts to one channel (Slack: about one a second). */
  spacingMs?: number;
  /** How long a claim lasts before another process may take the row over. */
  leaseMs?: number;
  now?: () => number;
}

const PLAN_LOCK = 7_140_012;
const INITIALISED = 'alerts.initialised';

interface OutboxRow extends Record<string, unknown> {
  id: number;
  platform: Platform;
  channel_id: string;
  report_id: string;
  follow_ids: number[];
  alert: ReportAlert;
  attempts: number;
}

export function createAlertOutbox(db: SqlClient, options: OutboxOptions = {}): AlertOutbox {
  const spacingMs = options.spacingMs ?? 1100;
  const leaseMs = options.leaseMs ?? 60_000;
  const now = options.now ?? Date.now;

  async function queue(tx: SqlRunner, deliveries: readonly Delivery[], at: Date): Promise<number> {
    let queued = 0;
    for (const d of deliveries) {
      const rows = await tx.query(
        `insert into alert_outbox (platform, channel_id, report_id, follow_ids, alert, next_attempt_at, created_at)
         values ($1, $2, $3, $4, $5, $6, $6)
         on conflict (platform, channel_id, report_id) do nothing returning id`,
        [d.platform, d.channelId, d.reportId, JSON.stringify(d.followIds), JSON.stringify(d.alert), at],
      );
      queued += rows.length;
    }
    return queued;
  }

  return {
    plan(decide) {
      return db.transaction(async (tx) => {
        await tx.query('select pg_advisory_xact_lock($1)', [PLAN_LOCK]);
        const known = new Set((await tx.query<{ report_id: string }>('select report_id from known_reports')).map((r) => r.report_id));
        const initialised = (await tx.query('select 1 from store_meta where key = $1', [INITIALISED])).length > 0;
        const decision = decide(known, initialised);
        const at = new Date(now());
        const queued = await queue(tx, decision.deliveries, at);
        for (const id of decision.known) {
          await tx.query('insert into known_reports (report_id, first_seen) values ($1, $2) on conflict do nothing', [id, at]);
        }
        if (!initialised) await tx.query("insert into store_meta (key, value) values ($1, 'yes') on conflict do nothing", [INITIALISED]);
        return queued;
      });
    },
    async claim(limit, platforms = ['slack', 'discord', 'teams']) {
      const at = now();
      const rows = await db.query<OutboxRow>(
        `with due as (
           select distinct on (o.platform, o.channel_id) o.id
             from alert_outbox o
            where (o.status = 'pending' or (o.status = 'sending' and o.lease_until < $1))
              and o.next_attempt_at <= $1
              and o.platform = any($5::text[])
              and not exists (
                select 1 from alert_outbox s
                 where s.platform = o.platform and s.channel_id = o.channel_id and s.id <> o.id
                   and ((s.status = 'sending' and s.lease_until >= $1) or (s.status = 'sent' and s.sent_at > $2)))
            order by o.platform, o.channel_id, o.id
         )
         update alert_outbox set status = 'sending', lease_until = $3, attempts = attempts + 1
          where id in (select id from due order by id limit $4)
            and (status = 'pending' or (status = 'sending' and lease_until < $1))
         returning id, platform, channel_id, report_id, follow_ids, alert, attempts`,
        [new Date(at), new Date(at - spacingMs), new Date(at + leaseMs), limit, [...platforms]],
      );
      return rows
        .sort((a, b) => a.id - b.id)
        .map((r) => ({ id: r.id, platform: r.platform, channelId: r.channel_id, reportId: r.report_id, followIds: r.follow_ids, alert: r.alert, attempts: r.attempts }));
    },
    async markSent(id) {
      await db.query("update alert_outbox set status = 'sent', sent_at = $2, lease_until = null, last_error = null where id = $1", [id, new Date(now())]);
    },
    async retryLater(item, delayMs, error, wholeChannel = false) {
      const due = new Date(now() + delayMs);
      await db.query("update alert_outbox set status = 'pending', lease_until = null, next_attempt_at = $2, last_error = $3 where id = $1", [
        item.id,
        due,
        error.slice(0, 500),
      ]);
      if (wholeChannel) {
        await db.query(
          `update alert_outbox set next_attempt_at = greatest(next_attempt_at, $3)
            where platform = $1 and channel_id = $2 and status = 'pending'`,
          [item.platform, item.channelId, due],
        );
      }
    },
    async fail(id, error) {
      await db.query("update alert_outbox set status = 'failed', lease_until = null, last_error = $2 where id = $1", [id, error.slice(0, 500)]);
    },
    async counts() {
      const rows = await db.query<{ status: OutboxStatus; n: number }>('select status, count(*)::int as n from alert_outbox group by status');
      const counts: Record<OutboxStatus, number> = { pending: 0, sending: 0, sent: 0, failed: 0 };
      for (const row of rows) counts[row.status] = row.n;
      return counts;
    },
    async nextDue() {
      const rows = await db.query<{ due: Date | null }>("select min(next_attempt_at) as due from alert_outbox where status in ('pending', 'sending')");
      const due = rows[0]?.due;
      return due === null || due === undefined ? null : new Date(due).getTime();
    },
  };
}
