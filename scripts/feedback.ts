/**
 * `npm run feedback [-- --limit 20] [-- --json]`: for maintainers, the
 * worst-rated questions (most 👎 net of 👍) with the reasons given and the
 * paragraphs the answers cited. Reads the store the bot uses (DATA_DIR or
 * DATABASE_URL; see .env.example). The embedded store is one process at a
 * time: while the bot holds DATA_DIR this stops at once and says so (stop the
 * bot first, or use DATABASE_URL), and never opens the store beside it.
 */
import 'dotenv/config';
import { endQuietlyOnClosedPipe } from '../adapters/cli/closed-pipe.ts';
import { parseCliArgs, usageError } from '../adapters/cli/usage.ts';
import { ConfigError, readConfig } from '../adapters/config.ts';
import { openStore } from '../adapters/store/open-store.ts';

const USAGE = `usage: npm run feedback -- [options]
  --limit N   how many of the worst-rated questions to list (default 20)
  --json      print {"totals", "worst": [...]} as JSON (use npm run --silent)
  --help      this text
`;

// Parsed before the store is opened: a mistake is reported at once, with the usage.
const { values } = parseCliArgs(USAGE, { limit: { type: 'string', default: '20' }, json: { type: 'boolean', default: false }, help: { type: 'boolean' } }, false);
const limit = Number(values.limit);
if (!Number.isInteger(limit) || limit < 1) usageError(USAGE, `feedback: expected --limit to be a whole number above 0, got "${values.limit}"`);

async function main(): Promise<void> {
  const { store: where } = readConfig();
  const store = await openStore(where.databaseUrl !== null ? { dataDir: null, databaseUrl: where.databaseUrl } : { dataDir: where.dataDir, databaseUrl: null });
  try {
    const [worst, totals] = await Promise.all([store.feedback.worst(limit), store.feedback.totals()]);
    if (values.json) {
      process.stdout.write(`${JSON.stringify({ totals, worst }, null, 2)}\n`);
      return;
    }
    process.stdout.write(`Feedback: ${totals.up} 👍, ${totals.down} 👎 (${store.sql.where})\n`);
    if (worst.length === 0) {
      process.stdout.write('No question has a 👎 yet.\n');
      return;
    }
    process.stdout.write(`\nWorst-rated questions (👎 minus 👍), worst first:\n`);
    worst.forEach((q, i) => {
      const reasons = Object.entries(q.reasons).map(([reason, n]) => `${reason} ×${n}`).join(', ');
      process.stdout.write(`\n${i + 1}. "${q.question}"  👎 ${q.down}  👍 ${q.up}${reasons === '' ? '' : `  (${reasons})`}\n`);
      process.stdout.write(`   cited: ${q.paragraphRefs.join('; ')}\n`);
    });
  } finally {
    await store.close();
  }
}

endQuietlyOnClosedPipe();
main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).message}${error instanceof ConfigError ? '\nSee .env.example.' : ''}\n`);
  process.exitCode = 1;
});
