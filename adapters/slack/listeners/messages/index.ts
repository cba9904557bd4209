/** Message listeners. */
import type { App } from '@slack/bolt';
import type { ListenerDeps } from '../deps.ts';
import { registerDirectMessage } from './direct-message.ts';
import { registerThreadReply } from './thread-reply.ts';

export function registerMessages(app: App, deps: ListenerDeps): void {
  registerDirectMessage(app, deps);
  registerThreadReply(app, deps);
}
