/** Button action listeners. */
import type { App } from '@slack/bolt';
import type { ListenerDeps } from '../deps.ts';
import { registerFeedback } from './feedback.ts';
import { registerMoreResults } from './more-results.ts';
import { registerShare } from './share.ts';

export function registerActions(app: App, deps: ListenerDeps): void {
  registerMoreResults(app, deps);
  registerShare(app, deps);
  registerFeedback(app, deps);
}
