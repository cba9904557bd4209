/**
 * Which channels get which new report: every report in the index that the
 * store has not seen is matched against every enabled follow, and one alert
 * per channel and report is queued in the outbox (topic words of all the
 * channel's matching follows combined). On the very first run against an
 * empty store, the reports already there are recorded as known instead, so a
 * new installation does not alert the whole history.
 */
import { followMatches, type Corpus } from '../../src/index.ts';
import type { Logger } from '../../src/logger.ts';
import type { Delivery } from '../store/alert-outbox.ts';
import type { Follow } from '../store/follows.ts';
import type { Store } from '../store/open-store.ts';

/** Queue alerts for reports not alerted before; returns how many were queued. */
export async function planAlerts(store: Store, corpus: Corpus, logger: Logger): Promise<number> {
  const reports = corpus.reports().filter((r) => r.kind !== 'council-paper');
  const follows = await store.follows.enabled();
  let fresh: string[] = [];
  let firstRun = false;
  const queued = await store.outbox.plan((known, initialised) => {
    if (!initialised) {
      firstRun = true;
      return { known: reports.map((r) => r.id), deliveries: [] };
    }
    const news = reports.filter((r) => !known.has(r.id));
    fresh = news.map((r) => r.id);
    const deliveries: Delivery[] = [];
    for (const report of news) {
      const byChannel = new Map<string, Follow[]>();
      for (const follow of follows) {
        if (!followMatches(follow.target, report.authority)) continue;
        const key = `${follow.platform}\u0000${follow.channelId}`;
        byChannel.set(key, [...(byChannel.get(key) ?? []), follow]);
      }
      for (const channelFollows of byChannel.values()) {
        const first = channelFollows[0];
        if (first === undefined) continue;
        const topics = [...new Set(channelFollows.map((f) => f.topics).filter((t) => t !== ''))].join(' ');
        const alert = corpus.reportAlert(report.id, topics);
        if (alert === undefined) continue;
        deliveries.push({ platform: first.platform, channelId: first.channelId, reportId: report.id, followIds: channelFollows.map((f) => f.id), alert });
      }
    }
    return { known: fresh, deliveries };
  });
  if (firstRun) logger.info({ reports: reports.length }, 'alerts initialised: reports already in the index are known, not alerted');
  else if (fresh.length > 0) logger.info({ newReports: fresh, queued }, 'new reports: alerts queued');
  return queued;
}
