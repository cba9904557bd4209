/** `/ofsted-settings authority <name>`: the channel's default authority. */
import { settings } from '../../../channels/channel-commands.ts';
import { CHANNEL_COMMAND_NAMES, SETTINGS_COMMAND } from '../../commands.ts';
import type { ListenerDeps } from '../deps.ts';
import { channelCommand } from './channel-command.ts';
import type { ListenerRouter } from '../router.ts';

export function registerSettingsCommand(app: ListenerRouter, deps: ListenerDeps): void {
  app.command(SETTINGS_COMMAND, async (args) => {
    await channelCommand(deps, args, (store, channelId, text) => settings(store, 'slack', channelId, text, CHANNEL_COMMAND_NAMES));
  });
}
