/** Slash command listeners: one file per command in `commands.ts`. */
import type { ListenerDeps } from '../deps.ts';
import { registerAskCommand } from './ask.ts';
import { registerCompareCommand } from './compare.ts';
import { registerFollowCommand } from './follow.ts';
import { registerFollowingCommand } from './following.ts';
import { registerSettingsCommand } from './settings.ts';
import { registerUnfollowCommand } from './unfollow.ts';
import { registerHelpCommand } from './help.ts';
import { registerImproveCommand } from './improve.ts';
import { registerJudgementCommand } from './judgement.ts';
import { registerUnknownCommand } from './unknown.ts';
import type { ListenerRouter } from '../router.ts';

export function registerCommands(app: ListenerRouter, deps: ListenerDeps): void {
  registerAskCommand(app, deps);
  registerJudgementCommand(app, deps);
  registerCompareCommand(app, deps);
  registerImproveCommand(app, deps);
  registerHelpCommand(app, deps);
  registerFollowCommand(app, deps);
  registerUnfollowCommand(app, deps);
  registerFollowingCommand(app, deps);
  registerSettingsCommand(app, deps);
  // Last: it answers any command no listener above knows.
  registerUnknownCommand(app, deps);
}
