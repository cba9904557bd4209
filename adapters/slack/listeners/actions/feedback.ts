/**
 * 👍 / 👎 under answers, and a 👎's reason. Stored with the question and
 * the paragraphs the answer cited; never who clicked.
 */
import type { BlockAction, ButtonAction } from '@slack/bolt';
import { isDownReason } from '../../../store/feedback.ts';
import { decodeFeedback, FEEDBACK_DOWN_ACTION, FEEDBACK_REASON_ACTION, FEEDBACK_UP_ACTION } from '../../action-ids.ts';
import { withApology } from '../../answers/respond.ts';
import { respondToClick } from '../../answers/response-url.ts';
import { reasonMessage } from '../../format/feedback-blocks.ts';
import type { ListenerDeps } from '../deps.ts';
import type { ListenerRouter } from '../router.ts';


const NO_STORE = 'Thanks, but feedback is not recorded here: the bot runs without its store.';

export function registerFeedback(app: ListenerRouter, deps: ListenerDeps): void {
  for (const [actionId, vote] of [
    [FEEDBACK_UP_ACTION, 'up'],
    [FEEDBACK_DOWN_ACTION, 'down'],
  ] as const) {
    app.action<BlockAction<ButtonAction>>(actionId, async ({ ack, action, body, client }) => {
      await ack();
      const log = deps.logger.child({ action: actionId });
      const respond = respondToClick({ ...deps, logger: log }, body, client);
      await withApology(log, respond, 'feedback', async () => {
        const value = decodeFeedback(action.value);
        if (deps.store === null || value === null) {
          await respond({ response_type: 'ephemeral', replace_original: false, text: value === null ? 'That button no longer works.' : NO_STORE });
          return;
        }
        const store = deps.store;
        const id = await deps.answers.run(() => store.feedback.record({ platform: 'slack', question: value.question, paragraphRefs: value.paragraphRefs, vote }));
        log.info({ feedback: id, vote }, 'feedback stored');
        if (vote === 'up') await respond({ response_type: 'ephemeral', replace_original: false, text: 'Thanks for the feedback.' });
        else await respond({ response_type: 'ephemeral', replace_original: false, ...reasonMessage(id) });
      });
    });
  }

  app.action<BlockAction<ButtonAction>>(FEEDBACK_REASON_ACTION, async ({ ack, action, body, client }) => {
    await ack();
    const log = deps.logger.child({ action: FEEDBACK_REASON_ACTION });
    const respond = respondToClick({ ...deps, logger: log }, body, client);
    await withApology(log, respond, 'feedback reason', async () => {
      let parsed: { id?: unknown; reason?: unknown } = {};
      try {
        parsed = JSON.parse(action.value ?? '') as typeof parsed;
      } catch {
        // Falls through to "no longer works".
      }
      const { id, reason } = parsed;
      if (deps.store === null || typeof id !== 'number' || typeof reason !== 'string' || !isDownReason(reason)) {
        await respond({ replace_original: true, text: deps.store === null ? NO_STORE : 'That button no longer works.' });
        return;
      }
      const store = deps.store;
      await deps.answers.run(() => store.feedback.setReason(id, reason));
      await respond({ replace_original: true, text: 'Thanks: noted for the maintainers.' });
    });
  });
}
