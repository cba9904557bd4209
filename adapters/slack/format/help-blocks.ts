/**
 * The help message: what the bot does, the commands, example questions and
 * the authorities and reports in the index.
 */
import type { ReportInfo } from '../../../src/answer-types.ts';
import { describeCoverage, GRADE_EXAMPLES } from '../../../src/index.ts';
import {
  ASK_COMMAND,
  COMPARE_COMMAND,
  FOLLOW_COMMAND,
  FOLLOWING_COMMAND,
  HELP_COMMAND,
  IMPROVE_COMMAND,
  JUDGEMENT_COMMAND,
  SETTINGS_COMMAND,
  UNFOLLOW_COMMAND,
} from '../commands.ts';
import { context, fallback, section, type KnownBlock, type SlackMessage } from './limits.ts';
import { escapeMrkdwn } from './mrkdwn.ts';

/** Slack's limit on a section's text, less the heading. */
const MAX_SECTION_TEXT = 2900;

/** Build the help message from the corpus's list of authorities and reports. */
export function helpMessage(authorities: readonly string[], reports: readonly ReportInfo[]): SlackMessage {
  const example = authorities.includes('Bury') ? 'Bury' : (authorities[0] ?? 'Bury');
  const intro =
    "*I answer questions about Ofsted inspections of councils' children's services with the inspectors' own words*: " +
    'quoted paragraphs, each cited by report and paragraph number. I never write my own summary.';
  const commands = [
    `• \`${ASK_COMMAND} <question>\`: ask a question, e.g. \`${ASK_COMMAND} what did inspectors say about the LADO in ${escapeMrkdwn(example)}?\`. The answer is shown only to you, with a *Share in channel* button.`,
    `• \`${JUDGEMENT_COMMAND} <authority> [area] [year]\`: the grades of the latest inspection and earlier ones, e.g. \`${JUDGEMENT_COMMAND} ${escapeMrkdwn(example)} care leavers\`; or a region or an authority's neighbours: \`${JUDGEMENT_COMMAND} North West\`, \`${JUDGEMENT_COMMAND} neighbours of Bury\`.`,
    `• \`${COMPARE_COMMAND} <authorities...> [topic]\`: latest grades side by side, with the best paragraph from each, e.g. \`${COMPARE_COMMAND} Leeds Bury care leavers\`, \`${COMPARE_COMMAND} Oldham neighbours\`.`,
    `• \`${IMPROVE_COMMAND} <authority>\`: the latest report's "What needs to improve" list.`,
    `• \`${HELP_COMMAND}\` (or \`${ASK_COMMAND} help\`): this message.`,
    `• \`${FOLLOW_COMMAND} <authority | region | neighbours of <authority> | all> [topic words]\`: new reports on it posted in this channel (\`${FOLLOWING_COMMAND}\`, \`${UNFOLLOW_COMMAND}\`); \`${SETTINGS_COMMAND} authority <name>\`: the channel's default authority.`,
    '• Mention me in a channel (`@ofsted-reports <question>`) for an answer in the thread, visible to everyone, or send me a direct message.',
    '• Follow-ups in the thread keep what your last question established: "what about in 2016?", "and in Southend?", "and for children in care?".',
  ].join('\n');
  const gradeQuestions = GRADE_EXAMPLES.map((q) => `• ${escapeMrkdwn(q)}`).join('\n');

  const byAuthority = new Map<string, string[]>();
  for (const report of reports) {
    const list = byAuthority.get(report.authority) ?? [];
    list.push(`${report.year} ${report.kindLabel}`);
    byAuthority.set(report.authority, list);
  }
  // Every authority and its reports while that fits one section; a national index gets its summary.
  const list = authorities.map((name) => `${escapeMrkdwn(name)} (${escapeMrkdwn((byAuthority.get(name) ?? []).join(', '))})`).join(' · ');
  const coverage = escapeMrkdwn(describeCoverage(authorities, reports));
  const known =
    authorities.length === 0
      ? '_No reports are loaded._'
      : list.length + coverage.length < MAX_SECTION_TEXT
        ? `${coverage}\n${list}`
        : `${coverage} \`${JUDGEMENT_COMMAND} <authority>\` lists an authority's reports.`;

  const blocks: KnownBlock[] = [
    section(intro),
    section(`*Commands*\n${commands}`),
    section(`*Grades across authorities and over time*\n${gradeQuestions}`),
    section(`*Reports I know*\n${known}`),
  ];
  blocks.push(context('Tip: name the authority and a topic, and add a year or "latest" to narrow it down.'));
  const text =
    `I answer questions about Ofsted inspections with the inspectors' own words. ` +
    `Commands: ${ASK_COMMAND} <question>, ${JUDGEMENT_COMMAND} <authority> [area] [year], ${COMPARE_COMMAND} <authorities...> [topic], ${IMPROVE_COMMAND} <authority>, ${HELP_COMMAND}. ` +
    describeCoverage(authorities, reports);
  return { text: fallback(escapeMrkdwn(text)), blocks };
}
