/**
 * `npm run bench-discord-burst -- [sizes] [--postgres]`: the Discord bot under
 * bursts of simultaneous slash commands (`/ask` with varied questions,
 * `/judgement` with varied authorities), as the real process
 * (`adapters/main.ts`, the embedded store, or with `--postgres` a local
 * PostgreSQL at DATABASE_URL) against a local
 * Discord stand-in (REST and gateway on 127.0.0.1). Reports how long each
 * interaction waited for its callback (Discord's 3-second deferral), for its
 * answer, how many were answered exactly once, and the bot's RSS.
 *
 * Sizes default to 100,500. ANSWER_CONCURRENCY and ANSWER_QUEUE_LIMIT are
 * passed to the bot when set.
 */
import { startStandIn } from '../test/discord/support/discord-stand-in.ts';
import { benchPostgres, sampler, startBotProcess } from './load/bot-process.ts';
import { collectDiscord, discordMix, dispatchAll } from './load/discord-load.ts';
import { spread, table } from './bench-stats.ts';

const args = process.argv.slice(2);
const sizes = (args.find((a) => /^\d+(,\d+)*$/.test(a)) ?? '100,500').split(',').map(Number);

const postgres = await benchPostgres(args);
const stand = await startStandIn();
let ready = false;
void stand.ready().then(() => (ready = true));
const bot = await startBotProcess(
  { env: { DISCORD_TOKEN: 'bench-token', DISCORD_API_URL: stand.apiUrl, ...(postgres === null ? {} : { DATABASE_URL: postgres.url }) } },
  async () => ready,
);
// Fresh ids and tokens for every interaction.
const payload = discordMix();

const rows: string[][] = [];
try {
  // Let discord.js finish its ready handling, then warm up.
  await new Promise((resolve) => setTimeout(resolve, 1000));
  await collectDiscord(stand, dispatchAll(stand, Array.from({ length: 10 }, payload)));
  const idle = bot.rssMiB();
  for (const size of sizes) {
    const rss = sampler(() => bot.rssMiB());
    const outcome = await collectDiscord(stand, dispatchAll(stand, Array.from({ length: size }, payload)));
    rows.push([
      `${size} at once`,
      spread(outcome.callbackMs),
      String(outcome.late),
      spread(outcome.answerMs),
      `${outcome.answeredOnce}/${size}`,
      String(outcome.busy),
      `${Math.round(rss.stop())} MB`,
    ]);
    process.stderr.write(`${rows.at(-1)?.join(' | ')}\n`);
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  process.stdout.write(
    `Discord bursts against the real bot (${postgres === null ? 'embedded store' : `PostgreSQL at DATABASE_URL (${postgres.engine})`}; ` +
      `ANSWER_CONCURRENCY=${process.env['ANSWER_CONCURRENCY'] ?? 'default'}, ANSWER_QUEUE_LIMIT=${process.env['ANSWER_QUEUE_LIMIT'] ?? 'default'}); ` +
      `RSS idle after warm-up ${Math.round(idle)} MB, peak over the run ${Math.round(bot.peakRssMiB())} MB\n\n`,
  );
  process.stdout.write(`${table(['load', 'deferral p50 / p95 / max', 'after 3 s', 'answer p50 / p95 / max', 'answered once', 'busy notes', 'peak RSS'], rows)}\n`);
} finally {
  await bot.stop();
  await stand.close();
  await postgres?.stop();
}
