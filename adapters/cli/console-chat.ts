/**
 * The local console chat `npm start` opens when no Slack or Discord token is
 * set: type a question, or /judgement, /improve, /para, /more, /help.
 * Reads lines until end of input (Ctrl-D) or /quit.
 */
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { ConversationContext, Corpus } from '../../src/index.ts';
import { EXAMPLE_QUESTIONS, GRADE_EXAMPLES } from '../../src/index.ts';
import { compareQuestion, judgementQuestion } from '../../src/index.ts';
import { formatAsk, formatImprovements, formatJudgements, formatParagraph, styleFor } from './format-text.ts';

const PAGE = 3;

export function helpText(corpus: Corpus): string {
  return [
    'Ask a question about an Ofsted inspection of children’s services, e.g.:',
    ...EXAMPLE_QUESTIONS.map((q) => `  ${q}`),
    '',
    'Grades, across authorities and over time:',
    ...GRADE_EXAMPLES.map((q) => `  ${q}`),
    'Follow-ups keep what your last question established: "what about in 2016?", "and in Southend?".',
    '',
    'Commands:',
    '  /judgement <authority> [area] [year]   grades, latest inspection first (or a region, or "neighbours of X")',
    '  /compare <authorities...> [topic]      latest grades side by side (e.g. /compare Leeds Bury care leavers, /compare Oldham neighbours)',
    '  /improve <authority>                   the latest "What needs to improve" list',
    '  /para <report-id> <paragraph>          one paragraph, whole (e.g. /para bury-2025 13)',
    '  /more                                  the next results for the last question',
    '  clear, reset or new                    start a new conversation',
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
/** The console session: the last question (for /more) and the conversation context follow-ups reuse. */
export interface ChatState {
  last: string | null;
  offset: number;
  /** What the last question established. */
  context?: ConversationContext | null;
  /** The context the last question was asked in (so /more pages the same answer). */
  before?: ConversationContext | null;
}

export function answerLine(corpus: Corpus, line: string, state: ChatState, style = styleFor({})): string | null {
  const trimmed = line.trim();
  const [command = '', ...rest] = trimmed.split(/\s+/);
  const argument = rest.join(' ');
  switch (command.toLowerCase()) {
    case '':
      return '';
    case '/quit':
    case '/exit':
      return null;
    case 'clear':
    case 'reset':
    case 'new':
    case '/clear':
    case '/reset':
    case '/new':
      // A word alone starts a new conversation rather than searching for it.
      if (rest.length > 0 && !command.startsWith('/')) return answerQuestion(corpus, trimmed, state, style);
      state.last = null;
      state.offset = 0;
      state.context = null;
      state.before = null;
      return 'Started a new conversation: your next question starts afresh.';
    case '/help':
      return helpText(corpus);
    case '/judgement':
    case '/judgment': {
      const request = judgementQuestion(argument);
      return request === null ? formatJudgements(corpus.judgements(argument)) : formatAsk(corpus.ask(request), style);
    }
    case '/compare':
      return formatAsk(corpus.ask(compareQuestion(argument)), style);
    case '/improve':
      return formatImprovements(corpus.improvements(argument), style);
    case '/para':
      return formatParagraph(corpus.paragraph(argument), style);
    case '/more': {
      if (state.last === null) return 'Ask a question first.';
      state.offset += PAGE;
      const answer = corpus.converse(state.last, state.before ?? null, { limit: PAGE, offset: state.offset }).answer;
      return answer.results.length === 0 ? 'No more results.' : formatAsk(answer, style, state.offset);
    }
    default: {
      if (command.startsWith('/')) return `Unknown command ${command.slice(0, 30)}. Type /help.`;
      return answerQuestion(corpus, trimmed, state, style);
    }
  }
}

/** Answer a question in the session's conversation. */
function answerQuestion(corpus: Corpus, question: string, state: ChatState, style: ReturnType<typeof styleFor>): string {
  state.last = question;
  state.offset = 0;
  state.before = state.context ?? null;
  const turn = corpus.converse(question, state.before, { limit: PAGE });
  state.context = turn.context;
  return formatAsk(turn.answer, style);
}

/** Run the chat until end of input or /quit. */
export async function runConsoleChat({ corpus, input, output }: ConsoleChatOptions): Promise<void> {
  const style = styleFor(output);
  const interactive = output.isTTY === true;
  const rl = createInterface({ input, output: interactive ? output : undefined, terminal: interactive });
  const state: ChatState = { last: null, offset: 0, context: null };
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
