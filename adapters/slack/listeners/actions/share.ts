/**
 * "Share in channel": posts the private answer for everyone in the channel,
 * through the response_url (so it works where the bot has not been invited),
 * then removes the private copy.
 */
import type { BlockAction, ButtonAction } from '@slack/bolt';
import { decodeRequest, SHARE_ACTION } from '../../action-ids.ts';
import { buildAnswer } from '../../answers/build-answer.ts';
import { respondPrivately, withApology } from '../../answers/respond.ts';
import { respondToClick } from '../../answers/response-url.ts';
import { context, fitBlocks, type KnownBlock } from '../../format/limits.ts';
import { escapeUserText } from '../../format/mrkdwn.ts';
import { problemMessage } from '../../format/problem-blocks.ts';
import { channelAuthority, type ListenerDeps } from '../deps.ts';
import type { ListenerRouter } from '../router.ts';

/** Put "Shared by …" above the buttons. A name, not a mention: sharing should not notify anyone. */
function withSharer(blocks: KnownBlock[], name: string | undefined): KnownBlock[] {
  if (name === undefined || name.trim() === '') return blocks;
  const note = context(`Shared by ${escapeUserText(name)}`);
  const last = blocks[blocks.length - 1];
  return fitBlocks(
    last !== undefined && last.type === 'actions' ? [...blocks.slice(0, -1), note, last] : [...blocks, note],
  );
}

export function registerShare(app: ListenerRouter, deps: ListenerDeps): void {
  app.action<BlockAction<ButtonAction>>(SHARE_ACTION, async ({ ack, body, action, client }) => {
    await ack();
    const log = deps.logger.child({ action: SHARE_ACTION, channel: body.channel?.id, user: body.user.id });
    const respond = respondToClick({ ...deps, logger: log }, body, client);
    await withApology(log, respond, 'share in channel', async () => {
      const request = decodeRequest(action.value);
      if (request === null) {
        log.warn({ value: action.value }, 'unreadable Share button value');
        await respondPrivately(respond, problemMessage('That button no longer works. Please ask the question again.'));
        return;
      }
      const built = await deps.answers.run(async () => {
        const where = { defaultAuthority: await channelAuthority(deps, body.channel?.id) };
        return buildAnswer(deps.corpus, request, 'public', where);
      });
      if (built.kind === 'problem') {
        await respondPrivately(respond, built.message);
        return;
      }
      await respond({
        response_type: 'in_channel',
        replace_original: false,
        text: built.message.text,
        blocks: withSharer(built.message.blocks, body.user.name ?? body.user.username),
      });
      await respond({ delete_original: true });
    });
  });
}
