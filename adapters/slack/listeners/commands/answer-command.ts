/**
 * The shared body of the slash commands: acknowledge at once (Slack allows 3
 * seconds), then answer privately through the command's response_url. The
 * ack does no store or corpus work; when many answers are waiting, it says
 * so, and the answer follows when its turn comes.
 */
import type { AckFn, RespondArguments, SlashCommand, webApi } from '@slack/bolt';
import type { AnswerRequest } from '../../action-ids.ts';
import { buildAnswer, buildHelp } from '../../answers/build-answer.ts';
import { respondPrivately, withApology } from '../../answers/respond.ts';
import { reliableRespond } from '../../answers/response-url.ts';
import { decodeSlackText } from '../../format/mrkdwn.ts';
import { busyMessage } from '../../format/problem-blocks.ts';
import { channelAuthority, type ListenerDeps } from '../deps.ts';

export interface CommandArgs {
  command: SlashCommand;
  ack: AckFn<string | RespondArguments>;
  client: webApi.WebClient;
}

/** The ack's body: nothing (Slack shows nothing), or, when the answer will wait, the busy note for the asker alone. */
export function busyAck(deps: Pick<ListenerDeps, 'answers'>): RespondArguments | undefined {
  return deps.answers.busy() ? { response_type: 'ephemeral', ...busyMessage() } : undefined;
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
  await ack(busyAck(deps));
  const log = deps.logger.child({ command: command.command, channel: command.channel_id, user: command.user_id });
  const respond = reliableRespond(
    { ...deps, logger: log },
    { responseUrl: command.response_url, client, channel: command.channel_id, user: command.user_id },
  );
  await withApology(log, respond, command.command, async () => {
    const message = await deps.answers.run(async () => {
      const request = toRequest(decodeSlackText(command.text ?? ''));
      if (request === null) return buildHelp(deps.corpus);
      const where = { defaultAuthority: await channelAuthority(deps, command.channel_id) };
      return buildAnswer(deps.corpus, request, 'private', where).message;
    });
    await respondPrivately(respond, message);
  });
}
