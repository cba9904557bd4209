/**
 * "Show all 28": replaces a grade list's first page with the whole list, in
 * place (public or private alike), recomputed from the question and the
 * conversation context the button carries.
 */
import type { BlockAction, ButtonAction } from '@slack/bolt';
import { decodeRequest, SHOW_ALL_ACTION } from '../../action-ids.ts';
import { buildAnswer } from '../../answers/build-answer.ts';
import { respondPrivately, withApology } from '../../answers/respond.ts';
import { respondToClick } from '../../answers/response-url.ts';
import { problemMessage } from '../../format/problem-blocks.ts';
import type { ListenerDeps } from '../deps.ts';
import type { ListenerRouter } from '../router.ts';

export function registerShowAll(app: ListenerRouter, deps: ListenerDeps): void {
  app.action<BlockAction<ButtonAction>>(SHOW_ALL_ACTION, async ({ ack, body, action, client }) => {
    await ack();
    const log = deps.logger.child({ action: SHOW_ALL_ACTION, channel: body.channel?.id, user: body.user.id });
    const respond = respondToClick({ ...deps, logger: log }, body, client);
    await withApology(log, respond, 'show all', async () => {
      const request = decodeRequest(action.value);
      if (request === null || request.kind !== 'ask') {
        log.warn({ value: action.value }, 'unreadable Show all button value');
        await respondPrivately(respond, problemMessage('That button no longer works. Please ask the question again.'));
        return;
      }
      const isPrivate = body.container?.is_ephemeral === true;
      const built = await deps.answers.run(() => buildAnswer(deps.corpus, { ...request, all: true }, isPrivate ? 'private' : 'public'));
      if (built.kind === 'problem') {
        await respondPrivately(respond, built.message);
        return;
      }
      await respond({ replace_original: true, text: built.message.text, blocks: built.message.blocks });
    });
  });
}
