/**
 * Serving the web reader as an operator does: `npm run web` on WEB_PORT, and
 * `npm start` with WEB_PORT and no chat token (the reader alone, not the
 * console chat). Both answer pages, and stop cleanly on SIGTERM.
 */
import { describe, expect, it } from 'vitest';
import { freePort, startProcess, waitForOutput, type Started } from '../main/support/processes.ts';

async function servesAndStops(started: Started, port: number): Promise<void> {
  try {
    await waitForOutput(started, /web reader listening/, 40_000);
    const health = await fetch(`http://127.0.0.1:${port}/health`);
    expect(await health.text()).toBe('ok\n');
    const report = await fetch(`http://127.0.0.1:${port}/reports/bury-2025`);
    expect(report.status).toBe(200);
    expect(await report.text()).toContain('Bury 2025 ILACS');
  } finally {
    started.child.kill('SIGTERM');
  }
  expect(await started.exited).toBe(0);
  expect(started.output()).not.toMatch(/\n\s+at .+:\d+:\d+/);
}

describe('serving the web reader', () => {
  it('npm run web and npm start with WEB_PORT serve the pages, and stop on SIGTERM', async () => {
    const [webPort, startPort] = await Promise.all([freePort(), freePort()]);
    const web = startProcess('npm', ['run', '--silent', 'web'], { WEB_PORT: String(webPort), LOG_LEVEL: 'info' });
    const start = startProcess('npm', ['start', '--silent'], { WEB_PORT: String(startPort), LOG_LEVEL: 'info' });
    await Promise.all([servesAndStops(web, webPort), servesAndStops(start, startPort)]);
  }, 60_000);

  it('npm run web with a malformed WEB_PORT names it and stops', async () => {
    const started = startProcess('npm', ['run', '--silent', 'web'], { WEB_PORT: 'http' });
    expect(await started.exited).toBe(1);
    expect(started.output()).toContain('Config: WEB_PORT must be a port number from 1 to 65535, but got "http".');
  }, 30_000);
});
