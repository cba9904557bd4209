/**
 * The local console chat `npm start` opens when no Slack or Discord token is
 * set: type a question, or /judgement, /improve, /para, /more, /help.
 * Reads lines until end of input (Ctrl-D) or /quit.
 */
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { Corpus } from '../../src/index.ts';
import { EXAMPLE_QUESTIONS } from '../../src/index.ts';
import { formatAsk, formatImprovements, formatJudgements, formatParagraph, styleFor } from './format-text.ts';

const PAGE = 3;

export function helpText(corpus: Corpus): string {
  return [
    'Ask a question about an Ofsted inspection of children’s services, e.g.:',
    ...EXAMPLE_QUESTIONS.map((q) => `  ${q}`),
    '',
    'Commands:',
    '  /judgement <authority> [area] [year]   grades, latest inspection first',
    '  /improve <authority>                   the latest "What needs to improve" list',
    '  /para <report-id> <paragraph>          one paragraph, whole (e.g. /para bury-2025 13)',
    '  /more                                  the next results for the last question',
    '  /help, /quit',
    '',
    `Authorities: ${corpus.authorities().join(', ')}`,
  ].join('\n');
}

export interface ConsoleChatOptions {
  corpus: Corpus;
  input: Readable;
  output: Writable & { isTTY?: boolean };
}

/** Answer one line of the console chat; returns the text to print, or null to quit. */
export function answerLine(corpus: Corpus, line: string, state: { last: string | null; offset: number }, style = styleFor({})): string | null {
  const trimmed = line.trim();
  const [command = '', ...rest] = trimmed.split(/\s+/);
  const argument = rest.join(' ');
  switch (command.toLowerCase()) {
    case '':
      return '';
    case '/quit':
    case '/exit':
      return null;
    case '/help':
      return helpText(corpus);
    case '/judgement':
    case '/judgment':
      return formatJudgements(corpus.judgements(argument));
    case '/improve':
      return formatImprovements(corpus.improvements(argument), style);
    case '/para':
      return formatParagraph(corpus.paragraph(argument), style);
    case '/more': {
      if (state.last === null) return 'Ask a question first.';
      state.offset += PAGE;
      const answer = corpus.ask(state.last, { limit: PAGE, offset: state.offset });
      return answer.results.length === 0 ? 'No more results.' : formatAsk(answer, style, state.offset);
    }
    default: {
      if (command.startsWith('/')) return `Unknown command ${command.slice(0, 30)}. Type /help.`;
      state.last = trimmed;
      state.offset = 0;
      return formatAsk(corpus.ask(trimmed, { limit: PAGE }), style);
    }
  }
}

/** Run the chat until end of input or /quit. */
export async function runConsoleChat({ corpus, input, output }: ConsoleChatOptions): Promise<void> {
  const style = styleFor(output);
  const interactive = output.isTTY === true;
  const rl = createInterface({ input, output: interactive ? output : undefined, terminal: interactive });
  const state = { last: null as string | null, offset: 0 };
  output.write(`Ofsted children's services reports — ${corpus.reports().length} reports, ${corpus.authorities().length} authorities. Type /help.\n`);
  if (interactive) rl.setPrompt('> ');
  if (interactive) rl.prompt();
  for await (const line of rl) {
    const reply = answerLine(corpus, line, state, style);
    if (reply === null) break;
    if (reply !== '') output.write(`${reply}\n\n`);
    if (interactive) rl.prompt();
  }
  rl.close();
}
