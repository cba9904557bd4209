/** Drives the console chat with lines of input, as a person at a terminal would, and returns what it printed. */
import { PassThrough } from 'node:stream';
import { runConsoleChat } from '../../../adapters/cli/console-chat.ts';
import type { Corpus } from '../../../src/index.ts';

export async function chatWith(corpus: Corpus, lines: readonly string[]): Promise<string> {
  const input = new PassThrough();
  const output = new PassThrough();
  let text = '';
  output.on('data', (chunk: Buffer) => (text += chunk.toString()));
  const done = runConsoleChat({ corpus, input, output });
  input.end(lines.map((l) => `${l}\n`).join(''));
  await done;
  return text;
}
