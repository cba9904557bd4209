/** The channel's default authority (channels only), or null: none set, a chat, or the store failing (logged). */
import type { TeamsDeps, Where } from '../turn.ts';

export async function channelAuthority(deps: TeamsDeps, where: Where): Promise<string | null> {
  if (where.scope !== 'channel') return null;
  try {
    return await deps.store.settings.defaultAuthority('teams', where.channelId);
  } catch (error) {
    deps.logger.error({ err: error, channel: where.channelId }, 'could not read the channel settings; answering without them');
    return null;
  }
}
