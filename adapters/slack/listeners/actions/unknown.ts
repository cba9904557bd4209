/**
 * A click on a button this app no longer has (from a message an older
 * version posted): acknowledged at once, and the user is told to ask again,
 * instead of Bolt's 404 after 3 seconds.
 */
import type { App, BlockAction } from '@slack/bolt';
import {
  FEEDBACK_DOWN_ACTION,
  FEEDBACK_REASON_ACTION,
  FEEDBACK_UP_ACTION,
  MORE_RESULTS_ACTION,
  SHARE_ACTION,
  SHOW_ALL_ACTION,
} from '../../action-ids.ts';
import { afterAck } from '../../answers/after-ack.ts';
import { respondPrivately } from '../../answers/respond.ts';
import { respondToClick } from '../../answers/response-url.ts';
import { problemMessage } from '../../format/problem-blocks.ts';
import type { ListenerDeps } from '../deps.ts';

const KNOWN: ReadonlySet<string> = new Set([
  MORE_RESULTS_ACTION,
  SHARE_ACTION,
  SHOW_ALL_ACTION,
  FEEDBACK_UP_ACTION,
  FEEDBACK_DOWN_ACTION,
  FEEDBACK_REASON_ACTION,
]);

export function registerUnknownAction(app: App, deps: ListenerDeps): void {
  app.action<BlockAction>(/.*/, async ({ ack, body, action, client }) => {
    if ('action_id' in action && KNOWN.has(action.action_id)) return; // its own listener acks it
    await ack();
    await afterAck();
    const log = deps.logger.child({ action: 'action_id' in action ? action.action_id : undefined, user: body.user.id });
    log.warn('unknown button action');
    if (body.response_url === undefined) return;
    try {
      const respond = respondToClick({ ...deps, logger: log }, { ...body, response_url: body.response_url }, client);
      await respondPrivately(respond, problemMessage('That button no longer works. Please ask the question again.'));
    } catch (error) {
      log.error({ err: error }, 'could not answer an unknown button action');
    }
  });
}
