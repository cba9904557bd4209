/**
 * `/judgement authority: [area:] [year:]`: the grades Ofsted gave, latest
 * inspection first, as a compact table per inspection.
 */
import { SlashCommandBuilder, type ChatInputCommandInteraction } from 'discord.js';
import { judgementQuestion } from '../../../src/index.ts';
import { withSuggestions } from '../format/answer.ts';
import { answerQuestion } from '../components/answer-messages.ts';
import { AREA_CHOICES, formatJudgements } from '../format/judgements.ts';
import { acknowledgeThenAnswer, sendAnswer, sendNote } from '../respond.ts';
import { autocompleteAuthority } from './authority-autocomplete.ts';
import type { BotContext, SlashCommand } from './types.ts';

const data = new SlashCommandBuilder()
  .setName('judgement')
  .setDescription('Ofsted’s judgements (grades) for a council’s children’s services.')
  .addStringOption((option) =>
    option
      .setName('authority')
      .setDescription('The local authority (e.g. Bury), a region (North West) or "neighbours of Bury"')
      .setRequired(true)
      .setMaxLength(100)
      .setAutocomplete(true),
  )
  .addStringOption((option) =>
    option
      .setName('area')
      .setDescription('Only this judgement area')
      .addChoices(...AREA_CHOICES.map((c) => ({ name: c.name, value: c.value }))),
  )
  .addIntegerOption((option) =>
    option.setName('year').setDescription('Only the inspection of this year').setMinValue(2009).setMaxValue(2100),
  )
  .toJSON();

const AREA_NAMES: ReadonlyMap<string, string> = new Map(AREA_CHOICES.map((c) => [c.value, c.name]));

async function execute(interaction: ChatInputCommandInteraction, context: BotContext): Promise<void> {
  const { corpus } = context;
  const authority = interaction.options.getString('authority', true).trim();
  const areaOption = interaction.options.getString('area');
  const year = interaction.options.getInteger('year');
  if (authority === '') {
    await sendNote(interaction, withSuggestions('Please name a local authority.', corpus.authorities(), 'Known authorities:'));
    return;
  }
  const areaName = areaOption === null ? null : AREA_NAMES.get(areaOption);
  if (areaName === undefined) {
    await sendNote(interaction, withSuggestions(`I don't know the area “${areaOption}”.`, [...AREA_NAMES.values()], 'Areas:'));
    return;
  }

  const query = [authority, areaName, year].filter((part) => part !== null).join(' ');
  const found = await acknowledgeThenAnswer(interaction, context.answers, false, async () => {
    // A region or "neighbours of X" is a grade question over several authorities.
    const several = judgementQuestion(query);
    if (several !== null) return { several: true, answer: await answerQuestion(context, several) } as const;
    // The core reads "authority area year" and does the filtering: by year (or
    // says which years it has), and by area, where a 2018-2022 "children in care
    // and care leavers" row answers for both areas.
    return { several: false, answer: corpus.judgements(query) } as const;
  });
  if (found.several) {
    if (found.answer.messages === null) await sendNote(interaction, found.answer.note);
    else await sendAnswer(interaction, found.answer.messages, false);
    return;
  }
  const answer = found.answer;
  if (!answer.ok) {
    await sendNote(interaction, withSuggestions(answer.error.message, answer.error.suggestions, 'Did you mean:'));
    return;
  }
  await sendAnswer(interaction, formatJudgements(answer), false);
}

/** The `/judgement` command. */
export const judgementCommand: SlashCommand = {
  data,
  execute,
  autocomplete: (interaction, { corpus }) => autocompleteAuthority(interaction, corpus),
};
