/** Event listeners (Events API). */
import type { App } from '@slack/bolt';
import type { ListenerDeps } from '../deps.ts';
import { registerAppMention } from './app-mention.ts';

export function registerEvents(app: App, deps: ListenerDeps): void {
  registerAppMention(app, deps);
}
