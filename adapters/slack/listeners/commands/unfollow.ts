/** `/ofsted-unfollow <same>`: stop following it. */
import { unfollow } from '../../../channels/channel-commands.ts';
import { CHANNEL_COMMAND_NAMES, UNFOLLOW_COMMAND } from '../../commands.ts';
import type { ListenerDeps } from '../deps.ts';
import { channelCommand } from './channel-command.ts';
import type { ListenerRouter } from '../router.ts';

export function registerUnfollowCommand(app: ListenerRouter, deps: ListenerDeps): void {
  app.command(UNFOLLOW_COMMAND, async (args) => {
    await channelCommand(deps, args, (store, channelId, text) => unfollow(store, 'slack', channelId, text, CHANNEL_COMMAND_NAMES));
  });
}
