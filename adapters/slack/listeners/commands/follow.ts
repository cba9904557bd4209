/** `/ofsted-follow <authority | region | neighbours of <authority> | all> [topic words]`: post new reports on it in this channel. */
import { follow } from '../../../channels/channel-commands.ts';
import { CHANNEL_COMMAND_NAMES, FOLLOW_COMMAND } from '../../commands.ts';
import type { ListenerDeps } from '../deps.ts';
import { channelCommand } from './channel-command.ts';
import type { ListenerRouter } from '../router.ts';

export function registerFollowCommand(app: ListenerRouter, deps: ListenerDeps): void {
  app.command(FOLLOW_COMMAND, async (args) => {
    await channelCommand(deps, args, (store, channelId, text) => follow(store, 'slack', channelId, text, CHANNEL_COMMAND_NAMES));
  });
}
