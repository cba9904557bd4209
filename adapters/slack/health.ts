/**
 * GET /health for load balancers: 200 with a small JSON body once the app is
 * serving. It needs no signature and reveals nothing but the report count.
 */
import type { CustomRoute } from '@slack/bolt';
import type { Corpus } from '../../src/answer-types.ts';

export const HEALTH_PATH = '/health';

/** The health route for Bolt's receivers (`customRoutes`). */
export function healthRoute(corpus: Corpus): CustomRoute {
  return {
    path: HEALTH_PATH,
    method: ['GET', 'HEAD'],
    handler: (_req, res) => {
      let reports = 0;
      try {
        reports = corpus.reports().length;
      } catch {
        // Still alive even if the corpus misbehaves; the count is informational.
      }
      res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
      res.end(JSON.stringify({ status: 'ok', reports }));
    },
  };
}
