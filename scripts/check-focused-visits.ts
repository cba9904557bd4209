/**
 * Parse every focused-visit letter in a folder and say how it went:
 * `npx tsx scripts/check-focused-visits.ts [folder]` (default: the shared
 * `reports/focused-visits/` beside the clone). Prints each refused letter and
 * each letter with problems, with the reasons, then the counts, the time
 * taken and the longest paragraph; exits 1 when any letter is refused or has
 * problems. `npm test` runs the same checks (test/pdf/focused-visit-corpus.test.ts).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parsePdf } from '../src/pdf/parse-pdf.ts';
import { letterFiles, letterProblems, SHARED_FOCUSED_VISITS } from '../test/pdf/focused-visit-checks.ts';

async function main(argv: readonly string[]): Promise<void> {
  const root = path.resolve(argv[0] ?? SHARED_FOCUSED_VISITS);
  const files = letterFiles(root);
  const started = performance.now();
  let refused = 0;
  let flawed = 0;
  let paragraphs = 0;
  let longest = { length: 0, where: '' };
  for (const source of files) {
    try {
      const r = await parsePdf(new Uint8Array(readFileSync(path.join(root, source))), source);
      paragraphs += r.paragraphs.length;
      for (const p of r.paragraphs) if (p.text.length > longest.length) longest = { length: p.text.length, where: `${r.id} ${p.label}` };
      const problems = letterProblems(r);
      if (problems.length > 0) {
        flawed++;
        process.stdout.write(`PROBLEM ${source}: ${problems.join('; ')}\n`);
      }
    } catch (err) {
      refused++;
      process.stdout.write(`REFUSED ${source}: ${(err as Error).message}\n`);
    }
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  process.stdout.write(
    `${files.length - refused} of ${files.length} letters parsed (${refused} refused, ${flawed} with problems), ${paragraphs} paragraphs, in ${seconds} s; longest paragraph ${longest.length} characters (${longest.where})\n`,
  );
  if (refused > 0 || flawed > 0) process.exitCode = 1;
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`check-focused-visits: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
