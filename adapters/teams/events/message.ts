/**
 * A message to the bot: a mention in a channel (Teams sends the bot only
 * those), anything in a 1:1 chat, a mention in a group chat, or a click on
 * one of its card buttons (a message whose `value` is the button's data).
 * Each is handled once (Teams may deliver an activity again): a command
 * ("judgement Bury"), a button, or a question answered in the post's thread
 * or the chat, continuing the conversation the asker has there.
 */
import type { TurnContext } from 'botbuilder';
import type { ConversationContext } from '../../../src/index.ts';
import { CONVERSATION_TTL_MS } from '../../conversation-store.ts';
import { vote, reason } from '../actions/feedback.ts';
import { postAnswerAgain } from '../actions/more-results.ts';
import { answerQuestion } from '../answers/question.ts';
import { parseCommand, TEAMS_COMMANDS } from '../command-list.ts';
import { COMMAND_HANDLERS } from '../commands/index.ts';
import { readCardAction } from '../format/card.ts';
import { questionText } from '../format/text.ts';
import { answerInTurn, replyCards, replyText, teamsConversationKey, whereOf, type TeamsDeps, type Where } from '../turn.ts';
import { channelAuthority } from './channel-authority.ts';

/** What the asker sees when answering failed; the details go to the log. */
export const APOLOGY = "Sorry, something went wrong on my side and I couldn't answer that. Please try again in a minute.";

/** Handle a message activity. Errors are logged and the asker gets a one-line apology. */
export async function handleMessage(ctx: TurnContext, deps: TeamsDeps): Promise<void> {
  const activity = ctx.activity;
  // Another bot (or this one) must not start a loop.
  if (activity.from?.role === 'bot' || activity.from?.id === activity.recipient?.id) return;
  const where = whereOf(activity);
  const log = deps.logger.child({ conversation: where.channelId, thread: where.thread, activity: activity.id });
  let first = true;
  try {
    first = await deps.store.events.first(`teams:${activity.conversation?.id ?? ''}:${activity.id ?? ''}`);
  } catch (error) {
    // Better a rare second answer than none.
    log.error({ err: error }, 'could not check the dedupe record; answering anyway');
  }
  if (!first) {
    log.debug('activity already handled (delivered again); skipping');
    return;
  }
  const started = performance.now();
  try {
    const outcome = await dispatch(ctx, where, deps);
    log.info({ outcome, ms: Math.round(performance.now() - started) }, 'answered');
  } catch (error) {
    log.error({ err: error }, 'failed to answer');
    try {
      await replyText(ctx, APOLOGY);
    } catch (apologyError) {
      log.error({ err: apologyError }, 'failed to send the apology');
    }
  }
}

async function dispatch(ctx: TurnContext, where: Where, deps: TeamsDeps): Promise<string> {
  const activity = ctx.activity;
  if (activity.value !== undefined && activity.value !== null) {
    const action = readCardAction(activity.value);
    if (action === null) {
      await replyText(ctx, 'That button no longer works. Please ask the question again.');
      return 'unknown button';
    }
    if (action.ofsted === 'vote') await vote(ctx, deps, action);
    else if (action.ofsted === 'reason') await reason(ctx, deps, action);
    else await postAnswerAgain(ctx, where, deps, action);
    return `button ${action.ofsted}`;
  }
  const text = questionText(activity.text ?? '');
  const command = /^(\?|help)?$/i.test(text) ? { command: TEAMS_COMMANDS.find((c) => c.name === 'help'), rest: '' } : parseCommand(text);
  if (command !== null && command.command !== undefined) {
    await COMMAND_HANDLERS[command.command.name]({ ctx, where, deps, log: deps.logger, text: command.rest });
    return `command ${command.command.name}`;
  }
  await answer(ctx, where, deps, text);
  return 'question';
}

/** Answer a question in its thread or chat, continuing the asker's conversation there. */
async function answer(ctx: TurnContext, where: Where, deps: TeamsDeps, question: string): Promise<void> {
  const key = teamsConversationKey(where);
  const answered = await answerInTurn(ctx, deps, async () => {
    let previous: ConversationContext | null = null;
    try {
      previous = await deps.conversations.get(key);
    } catch (error) {
      deps.logger.error({ err: error }, 'could not read the conversation context; answering afresh');
    }
    return answerQuestion(deps, question, { previous, defaultAuthority: await channelAuthority(deps, where) });
  });
  if (answered.attachments === null) await replyText(ctx, answered.note);
  else await replyCards(ctx, answered.attachments, answered.summary);
  try {
    await deps.conversations.put(key, answered.context, CONVERSATION_TTL_MS);
  } catch (error) {
    deps.logger.error({ err: error }, 'could not store the conversation context');
  }
}
