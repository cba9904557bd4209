/** Button action listeners. */
import type { App } from '@slack/bolt';
import type { ListenerDeps } from '../deps.ts';
import { registerFeedback } from './feedback.ts';
import { registerMoreResults } from './more-results.ts';
import { registerShare } from './share.ts';
import { registerShowAll } from './show-all.ts';
import { registerUnknownAction } from './unknown.ts';

export function registerActions(app: App, deps: ListenerDeps): void {
  registerMoreResults(app, deps);
  registerShare(app, deps);
  registerFeedback(app, deps);
  registerShowAll(app, deps);
  // Last: it answers any button no listener above knows.
  registerUnknownAction(app, deps);
}
