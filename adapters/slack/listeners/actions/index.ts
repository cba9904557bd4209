/** Button action listeners. */
import type { ListenerDeps } from '../deps.ts';
import { registerFeedback } from './feedback.ts';
import { registerMoreResults } from './more-results.ts';
import { registerShare } from './share.ts';
import { registerShowAll } from './show-all.ts';
import { registerUnknownAction } from './unknown.ts';
import type { ListenerRouter } from '../router.ts';

export function registerActions(app: ListenerRouter, deps: ListenerDeps): void {
  registerMoreResults(app, deps);
  registerShare(app, deps);
  registerFeedback(app, deps);
  registerShowAll(app, deps);
  // Last: it answers any button no listener above knows.
  registerUnknownAction(app, deps);
}
