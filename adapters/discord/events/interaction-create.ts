/**
 * The `interactionCreate` event: slash commands, autocompletes and the
 * buttons ("More results", "Show all", offers, 👍 / 👎). Every handler runs inside a catch that logs the
 * error in full and tells the user briefly; nothing throws out of here.
 */
import type { Interaction } from 'discord.js';
import { COMMANDS_BY_NAME } from '../commands/index.ts';
import type { BotContext } from '../commands/types.ts';
import { handleFeedback, isFeedbackCustomId } from '../components/feedback.ts';
import { handleMoreResults } from '../components/more-results.ts';
import { handleOffer, isOfferCustomId } from '../components/offer.ts';
import { isMoreCustomId } from '../components/question-store.ts';
import { handleShowAll, isShowAllCustomId } from '../components/show-all.ts';
import { sendError, sendNote } from '../respond.ts';

/** Dispatch one interaction. Never rejects. */
export async function handleInteraction(interaction: Interaction, context: BotContext): Promise<void> {
  const { logger } = context;
  if (interaction.isAutocomplete()) {
    try {
      const command = COMMANDS_BY_NAME.get(interaction.commandName);
      if (command?.autocomplete) await command.autocomplete(interaction, context);
      else await interaction.respond([]);
    } catch (error) {
      logger.error({ err: error, interaction: interaction.id, command: interaction.commandName }, 'Autocomplete failed');
      if (!interaction.responded) await interaction.respond([]).catch(() => undefined);
    }
    return;
  }

  if (interaction.isChatInputCommand()) {
    const command = COMMANDS_BY_NAME.get(interaction.commandName);
    logger.info({ interaction: interaction.id, command: interaction.commandName, user: interaction.user.id }, 'Slash command');
    try {
      if (command) await command.execute(interaction, context);
      else await sendNote(interaction, `I don't know the command /${interaction.commandName}. Try /help.`);
    } catch (error) {
      await sendError(interaction, error, logger, `/${interaction.commandName}`);
    }
    return;
  }

  if (interaction.isButton() && isMoreCustomId(interaction.customId)) {
    try {
      await handleMoreResults(interaction, context);
    } catch (error) {
      await sendError(interaction, error, logger, 'More results');
    }
    return;
  }

  if (interaction.isButton() && isFeedbackCustomId(interaction.customId)) {
    try {
      await handleFeedback(interaction, context);
    } catch (error) {
      await sendError(interaction, error, logger, 'Feedback');
    }
    return;
  }

  if (interaction.isButton() && isOfferCustomId(interaction.customId)) {
    try {
      await handleOffer(interaction, context);
    } catch (error) {
      await sendError(interaction, error, logger, 'Offer');
    }
    return;
  }

  if (interaction.isButton() && isShowAllCustomId(interaction.customId)) {
    try {
      await handleShowAll(interaction, context);
    } catch (error) {
      await sendError(interaction, error, logger, 'Show all');
    }
    return;
  }

  logger.debug({ interaction: interaction.id, type: interaction.type }, 'Ignored an interaction');
}
