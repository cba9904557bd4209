/**
 * `npm run build-index [-- --dir <index dir>] [--out <dir>]`: parse every
 * source report under the index directory (default: INDEX_DIR, then the
 * bundled index-data/) and write its prebuilt index (`index.bin`) there, or
 * into `--out` (the bench builds into a scratch directory).
 */
import { parseCliArgs } from '../adapters/cli/usage.ts';
import { buildIndex } from '../src/search/build-index.ts';
import { defaultIndexDir, INDEX_FILE_NAME } from '../src/search/index-file.ts';

const USAGE = `usage: npm run build-index -- [options]
  --dir <dir>   the index directory whose source reports are parsed (default: INDEX_DIR, then the bundled index-data/)
  --out <dir>   write index.bin here instead of into --dir
  --help        this text
`;

const { values } = parseCliArgs(USAGE, { dir: { type: 'string' }, out: { type: 'string' }, help: { type: 'boolean' } }, false);
const indexDir = values.dir ?? defaultIndexDir();
const started = performance.now();
try {
  const outDir = values.out ?? indexDir;
  const summary = await buildIndex(indexDir, outDir);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  process.stdout.write(
    `Indexed ${summary.reports} reports, ${summary.paragraphs} paragraphs into ${outDir}/${INDEX_FILE_NAME} ` +
      `(${(summary.bytes / 1024 / 1024).toFixed(1)} MiB) in ${seconds}s.\n`,
  );
  for (const duplicate of summary.duplicates) process.stdout.write(`  skipped duplicate: ${duplicate}\n`);
} catch (error) {
  process.stderr.write(`build-index: ${(error as Error).message}\n`);
  process.exitCode = 1;
}
