/**
 * `/help`: what the bot can do, how to ask, and which reports it has read.
 * Shown privately; the same embed answers "help" in a mention or DM.
 */
import { MessageFlags, SlashCommandBuilder, type APIEmbed, type ChatInputCommandInteraction } from 'discord.js';
import type { Corpus } from '../../../src/answer-types.ts';
import { describeCoverage, EXAMPLE_QUESTIONS, GRADE_EXAMPLES } from '../../../src/index.ts';
import { EMBED_COLOUR } from '../format/answer.ts';
import { LIMITS, truncate } from '../format/limits.ts';
import type { BotContext, SlashCommand } from './types.ts';

const data = new SlashCommandBuilder()
  .setName('help')
  .setDescription('How to ask the Ofsted bot, and which reports it has read.')
  .toJSON();

/** The help embed, listing the commands and the reports in `corpus`. */
export function helpEmbed(corpus: Corpus): APIEmbed {
  const reports = corpus.reports();
  const authorities = corpus.authorities();
  const latest = new Map<string, number>();
  for (const report of reports) latest.set(report.authority, Math.max(latest.get(report.authority) ?? 0, report.year));
  const covered = authorities.map((name) => (latest.has(name) ? `${name} (${latest.get(name)})` : name)).join(', ');
  const coverage = describeCoverage(authorities, reports);
  // Every authority (with its latest year) while that fits the field; a national index gets its summary.
  const read = covered.length + coverage.length + 1 <= LIMITS.fieldValue ? `${coverage}\n${covered}` : `${coverage} /judgement lists an authority’s reports.`;
  return {
    title: 'Ofsted children’s services bot',
    color: EMBED_COLOUR,
    description: [
      'I answer with the inspectors’ own words: quoted paragraphs from Ofsted reports, each cited by report and paragraph number. I never write answers of my own.',
      '',
      '**/ask** `question:` (add `private: True` to see the answer yourself only)',
      '**/judgement** `authority:` `area:` `year:`: the grades, as a table; `authority:` can be a region (North West) or “neighbours of Bury”',
      '**/compare** `authorities:` `topic:`: latest grades side by side, with the best paragraph from each (“Leeds, Bury” care leavers; “Oldham neighbours”)',
      '**/improve** `authority:`: the latest “What needs to improve” list',
      '**/help**: this message',
      '**/follow** `target:` `topics:`: new reports on an authority, a region, “neighbours of Bury” or all, posted in this channel (**/following**, **/unfollow**)',
      '**/settings** `authority:`: the channel’s default authority, for questions that name none',
      '',
      'You can also mention me in a channel, or send me a direct message, with a question. Reply to my answer to follow up (“what about in 2016?”, “and in Southend?”): I keep what your last question established.',
    ].join('\n'),
    fields: [
      { name: 'Try', value: truncate(EXAMPLE_QUESTIONS.map((q) => `• ${q}`).join('\n'), LIMITS.fieldValue) },
      { name: 'Reports read', value: truncate(reports.length === 0 ? 'None yet.' : read, LIMITS.fieldValue) },
      { name: 'Grades across authorities and over time', value: truncate(GRADE_EXAMPLES.map((q) => `• ${q}`).join('\n'), LIMITS.fieldValue) },
    ],
  };
}

async function execute(interaction: ChatInputCommandInteraction, { corpus }: BotContext): Promise<void> {
  await interaction.reply({ embeds: [helpEmbed(corpus)], flags: MessageFlags.Ephemeral });
}

/** The `/help` command. */
export const helpCommand: SlashCommand = { data, execute };
