/**
 * UPDATE_SCHEDULE in the running bot: the scheduled update fetches a new
 * report from (a stand-in for) Ofsted's site, the reloading corpus picks up
 * the new index, and the channels following the authority get their alert.
 * On PostgreSQL, two replicas share the database and the index directory:
 * the store's update lock lets one of them run each update, so the report is
 * downloaded once and alerted once. On the embedded store (one process), the
 * schedule takes the index directory's lock file, as `npm run update` does.
 */
import { createFileUpdateLock } from '../../src/update/lock.ts';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startSlackStandIn, type SlackStandIn } from '../slack/support/slack-stand-in.ts';
import { blockText } from '../slack/support/harness.ts';
import { describeEachEngine, startStoreSite, type StoreSite } from '../store/support/engines.ts';
import { startStandInSite, type StandInSite } from '../update/support/stand-in-site.ts';
import { makeIndexDir } from './support/index-dir.ts';
import { startSlackBot, type SlackBot } from './support/slack-runtime.ts';

describeEachEngine('the scheduled update on the %s store', (engine) => {
  let store: StoreSite;
  let standIn: SlackStandIn;
  let site: StandInSite;
  const bots: SlackBot[] = [];
  beforeAll(async () => {
    store = await startStoreSite(engine);
    standIn = await startSlackStandIn();
    site = await startStandInSite([{ urn: 80580, name: 'Wiltshire', publications: [{ description: "children's services inspection, pdf - 22 july 2019", file: 'wiltshire-2019.pdf' }] }]);
  });
  afterAll(async () => {
    await Promise.all(bots.map((bot) => bot.stop()));
    await site?.close();
    await standIn?.close();
    await store?.stop();
  });

  it('fetches the new report, reloads the index and alerts its followers, once', async () => {
    const indexDir = await makeIndexDir(['bury-2021', 'leeds-2022']);
    const update = { baseUrl: site.baseUrl, schedule: '* * * * * *' };
    // Follow first, with no schedule running, so the report counts as new when it comes.
    const first = await startSlackBot(standIn, store.location, indexDir);
    bots.push(first);
    await first.command('/ofsted-follow', 'Wiltshire', 'C800', 'u1');
    await standIn.waitForResponse('u1');
    await first.stop();
    bots.length = 0;

    bots.push(await startSlackBot(standIn, store.location, indexDir, update));
    if (engine === 'postgres') bots.push(await startSlackBot(standIn, store.location, indexDir, update));
    const posts = () => standIn.calls.filter((c) => c.method === 'chat.postMessage' && c.body.channel === 'C800');
    const alert = await standIn.waitFor(() => posts()[0], 45_000);
    expect(blockText(alert.body.blocks)).toContain('New Ofsted report: Wiltshire');
    // Every replica answers from the new index (the one that ran the update at once, the others at their next poll).
    for (const bot of bots) {
      await expect.poll(() => bot.runtime.reloading.corpus.reports().some((r) => r.id === 'wiltshire-2019'), { timeout: 5000, interval: 50 }).toBe(true);
    }
    // Later runs find nothing new; one download, one alert, whatever the replicas.
    await new Promise((resolve) => setTimeout(resolve, 2500));
    expect(site.requests.filter((r) => r.path.startsWith('/v1/file/'))).toHaveLength(1);
    expect(posts()).toHaveLength(1);
    const logs = bots.flatMap((bot) => bot.logs);
    expect(logs.some((l) => l['msg'] === 'update: scheduled run finished')).toBe(true);
  }, 90_000);

  // Only the embedded store shares the lock file with `npm run update` (PostgreSQL uses the store's lock).
  if (engine === 'embedded') {
    it('on the embedded store, takes the lock file `npm run update` takes: a manual run in progress makes it skip', async () => {
      // One process per DATA_DIR: the bot of the test before gives it up first.
      await Promise.all(bots.splice(0).map((bot) => bot.stop()));
      const indexDir = await makeIndexDir(['bury-2021']);
      // `npm run update` cannot open the embedded store beside the bot, so the two share the index directory's lock.
      const release = await createFileUpdateLock(indexDir).tryAcquire();
      expect(release).not.toBeNull();
      try {
        const bot = await startSlackBot(standIn, store.location, indexDir, { baseUrl: site.baseUrl, schedule: '* * * * * *' });
        bots.push(bot);
        await expect.poll(() => bot.logs.some((l) => l['msg'] === 'update: another update is running; skipped'), { timeout: 10_000, interval: 50 }).toBe(true);
        expect(bot.logs.some((l) => l['msg'] === 'update: scheduled run finished')).toBe(false);
      } finally {
        await release?.();
      }
    }, 60_000);
  }
});
