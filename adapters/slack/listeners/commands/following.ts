/** `/ofsted-following`: what this channel follows (anyone in it can see). */
import { following } from '../../../channels/channel-commands.ts';
import { CHANNEL_COMMAND_NAMES, FOLLOWING_COMMAND } from '../../commands.ts';
import type { ListenerDeps } from '../deps.ts';
import { channelCommand } from './channel-command.ts';
import type { ListenerRouter } from '../router.ts';

export function registerFollowingCommand(app: ListenerRouter, deps: ListenerDeps): void {
  app.command(FOLLOWING_COMMAND, async (args) => {
    await channelCommand(deps, args, (store, channelId) => following(store, 'slack', channelId, CHANNEL_COMMAND_NAMES));
  });
}
