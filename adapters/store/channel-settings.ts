/**
 * Per-channel settings: for now, the channel's default authority, which a
 * question naming no authority is taken to mean. Visible to everyone in the
 * channel; set by anyone in it.
 */
import type { Platform } from './follows.ts';
import type { SqlRunner } from './sql.ts';

export interface ChannelSettings {
  /** The channel's default authority (a canonical name), or null. */
  defaultAuthority(platform: Platform, channelId: string): Promise<string | null>;
  /** Set (or with null, clear) the default authority. */
  setDefaultAuthority(platform: Platform, channelId: string, authority: string | null): Promise<void>;
}

export function createChannelSettings(db: SqlRunner, now: () => number = Date.now): ChannelSettings {
  return {
    async defaultAuthority(platform, channelId) {
      const rows = await db.query<{ default_authority: string | null }>(
        'select default_authority from channel_settings where platform = $1 and channel_id = $2',
        [platform, channelId],
      );
      return rows[0]?.default_authority ?? null;
    },
    async setDefaultAuthority(platform, channelId, authority) {
      await db.query(
        `insert into channel_settings (platform, channel_id, default_authority, updated_at) values ($1, $2, $3, $4)
         on conflict (platform, channel_id) do update set default_authority = excluded.default_authority, updated_at = excluded.updated_at`,
        [platform, channelId, authority, new Date(now())],
      );
    },
  };
}
