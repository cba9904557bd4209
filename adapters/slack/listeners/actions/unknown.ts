/**
 * A click on a button this app no longer has (from a message an older
 * version posted): acknowledged at once, and the user is told to ask again,
 * instead of Bolt's 404 after 3 seconds.
 */
import type { BlockAction } from '@slack/bolt';
import { respondPrivately } from '../../answers/respond.ts';
import { respondToClick } from '../../answers/response-url.ts';
import { problemMessage } from '../../format/problem-blocks.ts';
import type { ListenerDeps } from '../deps.ts';
import type { ListenerRouter } from '../router.ts';

export function registerUnknownAction(app: ListenerRouter, deps: ListenerDeps): void {
  // The router gives a known button to its own listener; this one gets the rest.
  app.action<BlockAction>(/.*/, async ({ ack, body, action, client }) => {
    await ack();
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
