/**
 * `npx tsx scripts/dump-layout.ts <pdf> [page]`: prints a PDF's layout lines
 * (page, y, font size, bold, cells with their x) as the parser sees them.
 * For working on the parser when a report's layout is not read right.
 */
import { readFile } from 'node:fs/promises';
import { extractLayout } from '../src/pdf/extract-layout.ts';

const [file, pageArg] = process.argv.slice(2);
if (file === undefined) {
  process.stderr.write('usage: npx tsx scripts/dump-layout.ts <pdf> [page]\n');
  process.exit(2);
}
const layout = await extractLayout(new Uint8Array(await readFile(file)));
const page = pageArg === undefined ? null : Number(pageArg);
process.stdout.write(`body size ${layout.bodySize}\n`);
for (const line of layout.lines) {
  if (page !== null && line.page !== page) continue;
  const cells = line.cells.map((c) => `[${Math.round(c.x)}] ${c.text}`).join('  |  ');
  process.stdout.write(`p${line.page} y${Math.round(line.y)} s${line.size.toFixed(1)}${line.bold ? ' B' : ''}  ${cells}\n`);
}
