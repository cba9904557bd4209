/**
 * Where a Teams channel's proactive alerts go. A Teams bot cannot post to a
 * channel from its id alone: it needs the conversation reference Teams sent
 * with the channel's last activity (the regional service URL, the tenant,
 * the bot's own account). `follow` in a channel keeps one here, under the
 * channel's id (the follow's channel id), with the team it belongs to, so a
 * bot removed from a team can pause every channel of that team.
 */
import type { SqlRunner } from './sql.ts';

/** A Bot Framework conversation reference, as `TurnContext.getConversationReference` gives it (kept as JSON). */
export type ConversationReferenceJson = Record<string, unknown> & {
  serviceUrl?: string;
  conversation?: { id?: string; tenantId?: string } & Record<string, unknown>;
};

export interface TeamsConversations {
  /** Keep (or replace) the reference of channel `channelId`, in team `teamId` (null: a chat). */
  put(channelId: string, teamId: string | null, reference: ConversationReferenceJson): Promise<void>;
  /** The channel's reference, or null when none was kept. */
  get(channelId: string): Promise<ConversationReferenceJson | null>;
  /** The channels kept for team `teamId`. */
  channelsOfTeam(teamId: string): Promise<string[]>;
}

export function createTeamsConversations(db: SqlRunner, now: () => number = Date.now): TeamsConversations {
  return {
    async put(channelId, teamId, reference) {
      await db.query(
        `insert into teams_conversations (channel_id, team_id, reference, updated_at) values ($1, $2, $3, $4)
         on conflict (channel_id) do update set team_id = excluded.team_id, reference = excluded.reference, updated_at = excluded.updated_at`,
        [channelId, teamId, JSON.stringify(reference), new Date(now())],
      );
    },
    async get(channelId) {
      const rows = await db.query<{ reference: ConversationReferenceJson }>('select reference from teams_conversations where channel_id = $1', [channelId]);
      return rows[0]?.reference ?? null;
    },
    async channelsOfTeam(teamId) {
      const rows = await db.query<{ channel_id: string }>('select channel_id from teams_conversations where team_id = $1 order by channel_id', [teamId]);
      return rows.map((r) => r.channel_id);
    },
  };
}
