/** Slash command listeners: one file per command in `commands.ts`. */
import type { App } from '@slack/bolt';
import type { ListenerDeps } from '../deps.ts';
import { registerAskCommand } from './ask.ts';
import { registerCompareCommand } from './compare.ts';
import { registerHelpCommand } from './help.ts';
import { registerImproveCommand } from './improve.ts';
import { registerJudgementCommand } from './judgement.ts';
import { registerUnknownCommand } from './unknown.ts';

export function registerCommands(app: App, deps: ListenerDeps): void {
  registerAskCommand(app, deps);
  registerJudgementCommand(app, deps);
  registerCompareCommand(app, deps);
  registerImproveCommand(app, deps);
  registerHelpCommand(app, deps);
  registerUnknownCommand(app, deps);
}
