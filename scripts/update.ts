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
import { ConfigError, readDataDirs, readProxyConfig, readUpdateConfig } from '../adapters/config.ts';
import { installOutboundProxy } from '../adapters/runtime/outbound-proxy.ts';
import { indexLocation, syncShippedReports, type IndexLocation } from '../adapters/state/index-dir.ts';
import { createLogger } from '../src/logger.ts';
import { formatSummary } from '../src/update/summary.ts';
import { runUpdate } from '../src/update/update.ts';

const USAGE = `usage: npm run update -- [--dry-run] [--authority <name>] [--retry-refused] [--out <index dir>]

Contacts Ofsted's live reports site (https://reports.ofsted.gov.uk/, or OFSTED_BASE_URL; through
HTTPS_PROXY when set): reads each English council's provider page, downloads the children's services
inspection reports and focused-visit letters the index does not hold yet, adds them, and rebuilds the
search index. A running bot picks the new index up by itself. About 160 pages and a few minutes for a
full run; two requests at a time, with pauses, so the site is not strained.

  --dry-run            list what would be downloaded; download and change nothing
  --authority <name>   only this council ("Bury", "Southend-on-Sea", "Kingston upon Hull", ...)
  --retry-refused      download again documents the parser refused in the last 30 days
  --out <index dir>    update this index directory instead of the bot's
                       (default: INDEX_DIR, else DATA_DIR/index, else ./data/index)
  -h, --help           print this help

Exit status: 0 all went in; 1 some were refused or failed (listed); 2 the run could not go on.
`;

interface Args {
  dryRun: boolean;
  retryRefused: boolean;
  authority: string | null;
  /** The index directory, and the shipped reports it follows (none for --out). */
  index: IndexLocation;
}

function parseArgs(argv: readonly string[]): Args {
  const args: Args = { dryRun: false, retryRefused: false, authority: null, index: indexLocation(readDataDirs(process.env)) };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const value = (flag: string): string => {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new Error(`update: expected a value after ${flag}.\n\n${USAGE}`);
      return v;
    };
    if (arg === '--dry-run') args.dryRun = true;
    else if (arg === '--retry-refused') args.retryRefused = true;
    else if (arg === '--authority') args.authority = value(arg);
    else if (arg.startsWith('--authority=')) args.authority = arg.slice('--authority='.length);
    else if (arg === '--out') args.index = { dir: path.resolve(value(arg)), shipped: null };
    else if (arg.startsWith('--out=')) args.index = { dir: path.resolve(arg.slice('--out='.length)), shipped: null };
    else if (arg === '--help' || arg === '-h') {
      process.stdout.write(USAGE);
      process.exit(0);
    } else throw new Error(`update: unknown option "${arg}".\n\n${USAGE}`);
  }
  return args;
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  const config = readUpdateConfig(process.env);
  installOutboundProxy(readProxyConfig(process.env));
  const logger = createLogger(process.env['LOG_LEVEL'] ?? 'warn', 'ofsted-update');
  const progress = process.stderr.isTTY === true;
  // Held reports include the shipped ones: bring the bot's index directory in step first (the run rebuilds the index).
  if (args.index.shipped !== null) await syncShippedReports(args.index.dir, args.index.shipped);
  const summary = await runUpdate({
    baseUrl: config.baseUrl,
    indexDir: args.index.dir,
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
