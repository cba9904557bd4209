/**
 * The shared body of the slash commands: acknowledge at once (Slack allows 3
 * seconds), then answer privately through the command's response_url.
 */
import type { AckFn, RespondArguments, SlashCommand, webApi } from '@slack/bolt';
import type { AnswerRequest } from '../../action-ids.ts';
import { buildAnswer, buildHelp } from '../../answers/build-answer.ts';
import { afterAck } from '../../answers/after-ack.ts';
import { respondPrivately, withApology } from '../../answers/respond.ts';
import { reliableRespond } from '../../answers/response-url.ts';
import { decodeSlackText } from '../../format/mrkdwn.ts';
import { channelAuthority, type ListenerDeps } from '../deps.ts';

export interface CommandArgs {
  command: SlashCommand;
  ack: AckFn<string | RespondArguments>;
  client: webApi.WebClient;
}

/**
 * Ack, then answer `toRequest(text)` privately, or the help message when
 * `toRequest` returns null.
 */
export async function answerCommand(
  deps: ListenerDeps,
  { command, ack, client }: CommandArgs,
  toRequest: (text: string) => AnswerRequest | null,
): Promise<void> {
  await ack();
  await afterAck();
  const log = deps.logger.child({ command: command.command, channel: command.channel_id, user: command.user_id });
  const respond = reliableRespond(
    { ...deps, logger: log },
    { responseUrl: command.response_url, client, channel: command.channel_id, user: command.user_id },
  );
  await withApology(log, respond, command.command, async () => {
    const request = toRequest(decodeSlackText(command.text ?? ''));
    const where = { defaultAuthority: await channelAuthority(deps, command.channel_id) };
    const message = request === null ? buildHelp(deps.corpus) : buildAnswer(deps.corpus, request, 'private', where).message;
    await respondPrivately(respond, message);
  });
}
