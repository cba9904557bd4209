/** Registers every listener, by kind (bolt-js starter template layout). */
import type { App } from '@slack/bolt';
import { registerActions } from './actions/index.ts';
import { registerCommands } from './commands/index.ts';
import type { ListenerDeps } from './deps.ts';
import { registerEvents } from './events/index.ts';
import { registerMessages } from './messages/index.ts';
import { createRouter } from './router.ts';

export function registerListeners(app: App, deps: ListenerDeps): void {
  // Commands and buttons through one Bolt listener each (see router.ts); events and messages are few.
  const router = createRouter(app);
  registerCommands(router, deps);
  registerEvents(app, deps);
  registerMessages(app, deps);
  registerActions(router, deps);
}
