/**
 * Test helpers: Discord's message limits checked independently of the code
 * under test, and a pino logger whose lines the test can read.
 */
import { Writable } from 'node:stream';
import { pino, type Logger } from 'pino';
import { loggerOptions } from '../../../src/logger.ts';

/** Every way `body` (a message create/edit body) breaks Discord's limits; empty when it fits. */
export function limitViolations(body: any): string[] {
  const problems: string[] = [];
  const data = body?.data ?? body;
  if (typeof data?.content === 'string' && data.content.length > 2000) problems.push(`content ${data.content.length}`);
  const embeds: any[] = data?.embeds ?? [];
  if (embeds.length > 10) problems.push(`${embeds.length} embeds`);
  let total = 0;
  for (const embed of embeds) {
    const title = embed.title ?? '';
    const description = embed.description ?? '';
    const footer = embed.footer?.text ?? '';
    const author = embed.author?.name ?? '';
    const fields: any[] = embed.fields ?? [];
    if (title.length > 256) problems.push(`title ${title.length}`);
    if (description.length > 4096) problems.push(`description ${description.length}`);
    if (footer.length > 2048) problems.push(`footer ${footer.length}`);
    if (author.length > 256) problems.push(`author ${author.length}`);
    if (fields.length > 25) problems.push(`${fields.length} fields`);
    total += title.length + description.length + footer.length + author.length;
    for (const field of fields) {
      if (field.name.length > 256 || field.name.length === 0) problems.push(`field name ${field.name.length}`);
      if (field.value.length > 1024 || field.value.length === 0) problems.push(`field value ${field.value.length}`);
      total += field.name.length + field.value.length;
    }
  }
  if (total > 6000) problems.push(`embeds total ${total}`);
  for (const row of data?.components ?? []) {
    for (const component of row.components ?? []) {
      if (typeof component.custom_id === 'string' && component.custom_id.length > 100) problems.push('custom_id > 100');
      if (typeof component.label === 'string' && component.label.length > 80) problems.push('label > 80');
    }
  }
  return problems;
}

/** A logger writing JSON lines into `lines`, with the bot's own redaction. */
export function captureLogger(level = 'debug'): { logger: Logger; lines: any[] } {
  const lines: any[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n')) if (line.trim() !== '') lines.push(JSON.parse(line));
      done();
    },
  });
  return { logger: pino(loggerOptions(level, 'test'), stream), lines };
}
