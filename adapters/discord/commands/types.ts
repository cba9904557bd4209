/**
 * The shape every slash command module exports, after the discord.js guide:
 * its definition (the JSON that deploy-commands registers) and its handlers.
 */
import type {
  AutocompleteInteraction,
  ChatInputCommandInteraction,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { Corpus } from '../../../src/answer-types.ts';
import type { Logger } from '../../../src/logger.ts';
import type { ConversationContextStore } from '../../conversation-store.ts';
import type { QuestionStore } from '../components/question-store.ts';
import type { Store } from '../../store/open-store.ts';
import type { AnswerQueue } from '../../runtime/answer-queue.ts';

/** What handlers need: the corpus, a logger, where answers are kept for their buttons, and the store. */
export interface BotContext {
  corpus: Corpus;
  logger: Logger;
  questions: QuestionStore;
  /** Follows, settings and feedback; null without a store (tests), when those commands say so. */
  store: Store | null;
  /** Each reply chain's or thread's conversation context. */
  conversations: ConversationContextStore;
  /** Where every answer's store reads and answering wait their turn, after the deferral (never before it). */
  answers: AnswerQueue;
}

/** A slash command: definition plus handlers. */
export interface SlashCommand {
  data: RESTPostAPIChatInputApplicationCommandsJSONBody;
  /** Answer (or defer) within 3 seconds; errors are caught and logged by the caller. */
  execute(interaction: ChatInputCommandInteraction, context: BotContext): Promise<void>;
  /** Respond with at most 25 choices within 3 seconds. */
  autocomplete?(interaction: AutocompleteInteraction, context: BotContext): Promise<void>;
}
