/**
 * `/judgement authority: [area:] [year:]`: the grades Ofsted gave, latest
 * inspection first, as a compact table per inspection.
 */
import { SlashCommandBuilder, type ChatInputCommandInteraction } from 'discord.js';
import type { InspectionSummary } from '../../../src/answer-types.ts';
import type { AreaKey } from '../../../src/model.ts';
import { withSuggestions } from '../format/answer.ts';
import { AREA_CHOICES, formatJudgements } from '../format/judgements.ts';
import { sendAnswer, sendNote } from '../respond.ts';
import { autocompleteAuthority } from './authority-autocomplete.ts';
import type { BotContext, SlashCommand } from './types.ts';

const data = new SlashCommandBuilder()
  .setName('judgement')
  .setDescription('Ofsted’s judgements (grades) for a council’s children’s services.')
  .addStringOption((option) =>
    option
      .setName('authority')
      .setDescription('The local authority, e.g. Bury')
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

const AREA_KEYS = new Set<string>(AREA_CHOICES.map((c) => c.value));

async function execute(interaction: ChatInputCommandInteraction, { corpus }: BotContext): Promise<void> {
  const authority = interaction.options.getString('authority', true).trim();
  const areaOption = interaction.options.getString('area');
  const year = interaction.options.getInteger('year');
  if (authority === '') {
    await sendNote(interaction, withSuggestions('Please name a local authority.', corpus.authorities(), 'Known authorities:'));
    return;
  }
  if (areaOption !== null && !AREA_KEYS.has(areaOption)) {
    await sendNote(interaction, withSuggestions(`I don't know the area “${areaOption}”.`, AREA_CHOICES.map((c) => c.name), 'Areas:'));
    return;
  }
  const area = areaOption as AreaKey | null;

  // The core reads "authority year"; the area is filtered here, by key, so
  // "overall" (which the core keeps apart from area rows) works the same way.
  const answer = corpus.judgements(year === null ? authority : `${authority} ${year}`);
  if (!answer.ok) {
    await sendNote(interaction, withSuggestions(answer.error.message, answer.error.suggestions, 'Did you mean:'));
    return;
  }
  const inspections: InspectionSummary[] =
    year === null ? answer.inspections : answer.inspections.filter((i) => i.year === year);
  if (inspections.length === 0) {
    const all = corpus.judgements(answer.authority);
    const years = all.ok ? [...new Set(all.inspections.map((i) => i.year))] : [];
    const text = `I have no ${year ?? ''} inspection of ${answer.authority}.`.replace(/\s+/g, ' ');
    await sendNote(interaction, withSuggestions(text, years.map(String), 'Inspections I have:'));
    return;
  }
  await sendAnswer(interaction, formatJudgements(answer.authority, inspections, area, year), false);
}

/** The `/judgement` command. */
export const judgementCommand: SlashCommand = {
  data,
  execute,
  autocomplete: (interaction, { corpus }) => autocompleteAuthority(interaction, corpus),
};
