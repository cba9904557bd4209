/**
 * "More results": adds the next page of an answer where the answer is (the
 * thread, the DM, or privately for a private answer), and removes the
 * clicked button so the same page is not added twice.
 */
import type { BlockAction, ButtonAction, webApi } from '@slack/bolt';
import { decodeRequest, MORE_RESULTS_ACTION, OFFER_ACTION } from '../../action-ids.ts';
import { buildAnswer } from '../../answers/build-answer.ts';
import { postPublic } from '../../answers/converse.ts';
import { respondPrivately, withApology } from '../../answers/respond.ts';
import { respondToClick, type Respond } from '../../answers/response-url.ts';
import { PAGE_SIZE } from '../../format/ask-blocks.ts';
import type { KnownBlock, SlackMessage } from '../../format/limits.ts';
import { problemMessage } from '../../format/problem-blocks.ts';
import { channelAuthority, type ListenerDeps } from '../deps.ts';
import { withoutButton } from './without-button.ts';
import type { ListenerRouter } from '../router.ts';

type WebClient = webApi.WebClient;

/** Post the page in the clicked message's conversation, falling back to a private reply. */
async function postNextToOriginal(
  client: WebClient,
  body: BlockAction<ButtonAction>,
  respond: Respond,
  message: SlackMessage,
  deps: ListenerDeps,
): Promise<void> {
  const channel = body.channel?.id;
  const original = body.message;
  if (channel === undefined || original === undefined) {
    await respondPrivately(respond, message);
    return;
  }
  const threadTs = typeof original.thread_ts === 'string' ? original.thread_ts : channel.startsWith('D') ? undefined : original.ts;
  try {
    await postPublic(deps, client, { channel, threadTs }, message);
  } catch (error) {
    // Typically not_in_channel: a shared answer in a channel the bot never joined.
    deps.logger.warn({ err: error, channel }, 'could not post more results in the conversation; answering privately');
    await respondPrivately(respond, message);
  }
}

export function registerMoreResults(app: ListenerRouter, deps: ListenerDeps): void {
  // "More results" and an offer ("Did you want the list of…?") both post the answer their button carries, where the answer is.
  for (const actionId of [MORE_RESULTS_ACTION, OFFER_ACTION]) registerPostAnswer(app, deps, actionId);
}

function registerPostAnswer(app: ListenerRouter, deps: ListenerDeps, actionId: string): void {
  app.action<BlockAction<ButtonAction>>(actionId, async ({ ack, body, action, client }) => {
    await ack();
    const log = deps.logger.child({ action: actionId, channel: body.channel?.id, user: body.user.id });
    const respond = respondToClick({ ...deps, logger: log }, body, client);
    await withApology(log, respond, 'more results', async () => {
      const request = decodeRequest(action.value);
      if (request === null || request.kind !== 'ask') {
        log.warn({ value: action.value }, 'unreadable More results button value');
        await respondPrivately(respond, problemMessage('That button no longer works. Please ask the question again.'));
        return;
      }
      const isPrivate = body.container?.is_ephemeral === true;
      const shown = body.message?.blocks as KnownBlock[] | undefined;
      const { built, clicked } = await deps.answers.run(async () => {
        const where = { defaultAuthority: await channelAuthority(deps, body.channel?.id) };
        const next = buildAnswer(deps.corpus, request, isPrivate ? 'private' : 'public', where);
        // Private messages are not in the payload; rebuild the clicked page (it was full, or it had no button).
        const page =
          shown !== undefined
            ? { text: typeof body.message?.text === 'string' ? body.message.text : next.message.text, blocks: shown }
            : buildAnswer(deps.corpus, { ...request, offset: Math.max(0, request.offset - PAGE_SIZE) }, 'private', where).message;
        return { built: next, clicked: page };
      });
      if (built.kind === 'problem' || isPrivate) await respondPrivately(respond, built.message);
      else await postNextToOriginal(client, body, respond, built.message, deps);
      await respond({ replace_original: true, text: clicked.text, blocks: withoutButton(clicked.blocks, actionId) });
    });
  });
}
