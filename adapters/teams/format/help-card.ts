/** The help card: what the bot does, its commands, example questions, and the reports it knows. */
import type { ReportInfo } from '../../../src/index.ts';
import { describeCoverage, GRADE_EXAMPLES } from '../../../src/index.ts';
import { TEAMS_COMMANDS } from '../command-list.ts';
import { card, subtle, text, type Attachment } from './card.ts';
import { escapeCardText } from './text.ts';

export function helpCard(authorities: readonly string[], reports: readonly ReportInfo[]): Attachment {
  const example = authorities.includes('Bury') ? 'Bury' : (authorities[0] ?? 'Bury');
  return card([
    text(
      "**I answer questions about Ofsted inspections of councils' children's services with the inspectors' own words**: quoted paragraphs, each cited by report and paragraph number. I never write my own summary.",
    ),
    text(
      `Mention me in a channel (“@Ofsted reports what did inspectors say about the LADO in ${escapeCardText(example)}?”) and I answer in the post's thread; in a chat with me, any message is a question. Follow-ups in the same thread or chat keep what your last question established: “what about in 2016?”, “and in Southend?”.`,
    ),
    text(`**Commands** (the first word of a message to me)\n\n${TEAMS_COMMANDS.map((c) => `- ${escapeCardText(c.usage)}`).join('\n')}`),
    text(`**Grades across authorities and over time**\n\n${GRADE_EXAMPLES.map((q) => `- ${escapeCardText(q)}`).join('\n')}`),
    subtle(escapeCardText(describeCoverage(authorities, reports))),
  ]);
}
