/**
 * `npm run update [-- --dry-run] [--authority <name>] [--retry-refused] [--out <index dir>]`
 *
 * Fetches every children's services inspection report and focused-visit
 * letter on Ofsted's reports site (OFSTED_BASE_URL) that the index does not
 * hold yet, ingests them and rebuilds the index, then prints a summary.
 * Exits 0 when all went in, 1 when any was refused or failed, 2 when the run
 * could not go on (site structure changed, listing unreadable, lock held).
 */
import 'dotenv/config';
import path from 'node:path';
import { ConfigError, readUpdateConfig } from '../adapters/config.ts';
import { createLogger } from '../src/logger.ts';
import { DEFAULT_INDEX_DIR } from '../src/search/index-file.ts';
import { formatSummary } from '../src/update/summary.ts';
import { runUpdate } from '../src/update/update.ts';

const USAGE = 'usage: npm run update -- [--dry-run] [--authority <name>] [--retry-refused] [--out <index dir>]';

interface Args {
  dryRun: boolean;
  retryRefused: boolean;
  authority: string | null;
  indexDir: string;
}

function parseArgs(argv: readonly string[]): Args {
  const args: Args = { dryRun: false, retryRefused: false, authority: null, indexDir: process.env['INDEX_DIR'] ?? DEFAULT_INDEX_DIR };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const value = (flag: string): string => {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new Error(`update: expected a value after ${flag}. ${USAGE}`);
      return v;
    };
    if (arg === '--dry-run') args.dryRun = true;
    else if (arg === '--retry-refused') args.retryRefused = true;
    else if (arg === '--authority') args.authority = value(arg);
    else if (arg.startsWith('--authority=')) args.authority = arg.slice('--authority='.length);
    else if (arg === '--out') args.indexDir = value(arg);
    else if (arg.startsWith('--out=')) args.indexDir = arg.slice('--out='.length);
    else if (arg === '--help' || arg === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else throw new Error(`update: expected ${USAGE}, got "${arg}"`);
  }
  return { ...args, indexDir: path.resolve(args.indexDir) };
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  const config = readUpdateConfig(process.env);
  const logger = createLogger(process.env['LOG_LEVEL'] ?? 'warn', 'ofsted-update');
  const progress = process.stderr.isTTY === true;
  const summary = await runUpdate({
    baseUrl: config.baseUrl,
    indexDir: args.indexDir,
    authority: args.authority,
    dryRun: args.dryRun,
    retryRefused: args.retryRefused,
    logger,
    onProgress: (phase, done, total) => {
      if (!progress) return;
      process.stderr.write(`\r\x1b[K${phase} ${done}/${total}`);
      if (done === total) process.stderr.write('\r\x1b[K');
    },
  });
  console.log(formatSummary(summary));
  return summary.refused.length + summary.failed.length > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (process.stderr.isTTY) process.stderr.write('\r\x1b[K');
    const message = error instanceof ConfigError ? `${error.message}\nSee .env.example for every variable.` : (error as Error).message;
    console.error(message);
    process.exit(2);
  },
);
