/**
 * The bot taken out of a conversation: removed from a team (or the app
 * uninstalled there), a team deleted or archived, a channel deleted. Each
 * channel's follows are paused with the reason, as when a post fails for
 * good; following the authority again resumes them. Nothing is posted.
 */
import type { TurnContext } from 'botbuilder';
import type { TeamsDeps } from '../turn.ts';
import { whereOf } from '../turn.ts';

interface TeamsChannelData {
  eventType?: string;
  team?: { id?: string };
  channel?: { id?: string };
}

/** Pause the follows of `channels`, saying why. */
async function pause(deps: TeamsDeps, channels: readonly string[], reason: string): Promise<number> {
  let paused = 0;
  for (const channel of channels) {
    const ids = (await deps.store.follows.list('teams', channel)).filter((f) => f.enabled).map((f) => f.id);
    await deps.store.follows.disable(ids, reason);
    paused += ids.length;
  }
  return paused;
}

/** Handle a conversationUpdate or installationUpdate activity. */
export async function handleMembership(ctx: TurnContext, deps: TeamsDeps): Promise<void> {
  const activity = ctx.activity;
  const data = (activity.channelData ?? {}) as TeamsChannelData;
  const where = whereOf(activity);
  const teamId = data.team?.id ?? where.teamId;
  const botRemoved = (activity.membersRemoved ?? []).some((m) => m.id === activity.recipient?.id);
  const uninstalled = activity.type === 'installationUpdate' && /^remove/.test(activity.action ?? '');
  let channels: string[] = [];
  let reason = '';
  if ((botRemoved || uninstalled || data.eventType === 'teamDeleted' || data.eventType === 'teamArchived') && teamId !== null && teamId !== undefined) {
    channels = [...new Set([teamId, ...(await deps.store.teamsConversations.channelsOfTeam(teamId))])];
    reason = data.eventType === 'teamDeleted' ? 'the team was deleted' : data.eventType === 'teamArchived' ? 'the team was archived' : 'the bot was removed from the team';
  } else if (data.eventType === 'channelDeleted' && data.channel?.id !== undefined) {
    channels = [data.channel.id];
    reason = 'the channel was deleted';
  } else if (botRemoved || uninstalled) {
    channels = [where.channelId];
    reason = 'the bot was removed from the chat';
  }
  if (channels.length === 0) return;
  const paused = await pause(deps, channels, reason);
  deps.logger.info({ team: teamId, channels: channels.length, paused, reason }, 'follows paused');
}
