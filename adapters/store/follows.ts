/**
 * Channel follows: what each channel (on each platform) wants alerts about.
 * A follow belongs to the channel, not to whoever typed it; anyone in the
 * channel can list or remove it. Delivery that can never succeed (the bot
 * was removed) disables a follow with the reason rather than deleting it.
 */
import type { FollowTarget } from '../../src/index.ts';
import type { SqlRunner } from './sql.ts';

export type Platform = 'slack' | 'discord' | 'teams';

export interface Follow {
  id: number;
  platform: Platform;
  channelId: string;
  target: FollowTarget;
  topics: string;
  enabled: boolean;
  disabledReason: string | null;
}

interface FollowRow extends Record<string, unknown> {
  id: number;
  platform: Platform;
  channel_id: string;
  target_kind: FollowTarget['kind'];
  target: string;
  topics: string;
  enabled: boolean;
  disabled_reason: string | null;
}

const COLUMNS = 'id, platform, channel_id, target_kind, target, topics, enabled, disabled_reason';

function toFollow(row: FollowRow): Follow {
  return {
    id: row.id,
    platform: row.platform,
    channelId: row.channel_id,
    target: { kind: row.target_kind, name: row.target } as FollowTarget,
    topics: row.topics,
    enabled: row.enabled,
    disabledReason: row.disabled_reason,
  };
}

export interface Follows {
  /** Follow `target` in a channel (again: topics replaced, re-enabled). Returns the follow and whether it is new. */
  add(platform: Platform, channelId: string, target: FollowTarget, topics: string): Promise<{ follow: Follow; created: boolean }>;
  /** Stop following `target`; false when the channel did not follow it. */
  remove(platform: Platform, channelId: string, target: FollowTarget): Promise<boolean>;
  /** A channel's follows, oldest first, disabled ones included. */
  list(platform: Platform, channelId: string): Promise<Follow[]>;
  /** Every enabled follow, on every platform. */
  enabled(): Promise<Follow[]>;
  /** Stop delivering to a follow, keeping why. */
  disable(ids: readonly number[], reason: string): Promise<void>;
}

export function createFollows(db: SqlRunner, now: () => number = Date.now): Follows {
  return {
    async add(platform, channelId, target, topics) {
      const rows = await db.query<FollowRow & { created: boolean }>(
        `insert into channel_follows (platform, channel_id, target_kind, target, topics, created_at)
         values ($1, $2, $3, $4, $5, $6)
         on conflict (platform, channel_id, target_kind, target)
           do update set topics = excluded.topics, enabled = true, disabled_reason = null
         returning ${COLUMNS}, (xmax = 0) as created`,
        [platform, channelId, target.kind, target.name, topics, new Date(now())],
      );
      const row = rows[0];
      if (row === undefined) throw new Error('follows: expected the upsert to return the follow, got no row');
      return { follow: toFollow(row), created: row.created };
    },
    async remove(platform, channelId, target) {
      const rows = await db.query(
        'delete from channel_follows where platform = $1 and channel_id = $2 and target_kind = $3 and target = $4 returning id',
        [platform, channelId, target.kind, target.name],
      );
      return rows.length > 0;
    },
    async list(platform, channelId) {
      const rows = await db.query<FollowRow>(`select ${COLUMNS} from channel_follows where platform = $1 and channel_id = $2 order by id`, [
        platform,
        channelId,
      ]);
      return rows.map(toFollow);
    },
    async enabled() {
      return (await db.query<FollowRow>(`select ${COLUMNS} from channel_follows where enabled order by id`)).map(toFollow);
    },
    async disable(ids, reason) {
      if (ids.length === 0) return;
      await db.query('update channel_follows set enabled = false, disabled_reason = $2 where id = any($1::int[])', [[...ids], reason]);
    },
  };
}
