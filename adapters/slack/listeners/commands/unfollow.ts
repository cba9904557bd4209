/** `/ofsted-unfollow <same>`: stop following it. */
import type { App } from '@slack/bolt';
import { unfollow } from '../../../channels/channel-commands.ts';
import { CHANNEL_COMMAND_NAMES, UNFOLLOW_COMMAND } from '../../commands.ts';
import type { ListenerDeps } from '../deps.ts';
import { channelCommand } from './channel-command.ts';

export function registerUnfollowCommand(app: App, deps: ListenerDeps): void {
  app.command(UNFOLLOW_COMMAND, async (args) => {
    await channelCommand(deps, args, (store, channelId, text) => unfollow(store, 'slack', channelId, text, CHANNEL_COMMAND_NAMES));
  });
}
