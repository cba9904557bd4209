/**
 * Issue #19 §1, with real processes and real PGlite: the embedded store is
 * one process at a time. A second `npm start` on the same DATA_DIR, and
 * `npm run feedback` while the bot runs, stop with a message naming DATA_DIR
 * and DATABASE_URL; a bot killed with SIGKILL leaves a lock the next start
 * recovers by itself.
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATA_DIR_LOCK_FILE } from '../../adapters/store/data-dir-lock.ts';
import { startStandIn, type StandIn } from '../discord/support/discord-stand-in.ts';
import { alive, appPid, descendants, killAll, npmStart, startProcess, until, waitForOutput, type Started } from './support/processes.ts';

/** A line of a stack trace, as Node prints them. */
const STACK = /^\s+at .+\(?.+:\d+:\d+\)?$/m;

describe('two processes on one embedded store', () => {
  let stand: StandIn;
  const dataDir = mkdtempSync(path.join(tmpdir(), 'ofsted-bot-lock-'));
  const pids: number[] = [];
  beforeAll(async () => {
    stand = await startStandIn();
  });
  afterAll(async () => {
    killAll(pids);
    await stand?.close();
  });

  const bot = (): Started => {
    const started = npmStart({ LOG_LEVEL: 'info', DISCORD_TOKEN: 'lock-token', DISCORD_API_URL: stand.apiUrl, DATA_DIR: dataDir });
    pids.push(started.child.pid ?? 0);
    return started;
  };
  const expectRefusal = (output: string): void => {
    expect(output).toContain(`DATA_DIR=${dataDir}`);
    expect(output).toContain('DATABASE_URL');
    expect(output).toMatch(/one process at a time/);
    expect(output).not.toMatch(STACK);
  };

  it('the second stops with the message; feedback says what to do; after SIGKILL the next start recovers the lock', async () => {
    const first = bot();
    await waitForOutput(first, /"msg":"bot running"/, 60_000);
    const firstApp = appPid(first.child.pid ?? 0) ?? 0;
    pids.push(firstApp, ...descendants(first.child.pid ?? 0));

    // A second bot on the same DATA_DIR stops before it opens anything.
    const second = bot();
    expect(await second.exited).toBe(1);
    expectRefusal(second.output());
    expect(second.output()).toContain(`pid ${firstApp} on `);
    expect(second.output()).toContain(`"adapters/main.ts"`);
    expect(second.output()).not.toMatch(/"msg":"store opened"/);

    // So does `npm run feedback`, which reads the same store.
    const feedback = startProcess('npm', ['run', '--silent', 'feedback'], { DATA_DIR: dataDir });
    pids.push(feedback.child.pid ?? 0);
    expect(await feedback.exited).toBe(1);
    expectRefusal(feedback.output());
    expect(feedback.output()).toContain('`npm run feedback` while the bot runs');

    // The first is untouched by both.
    expect(alive(firstApp)).toBe(true);

    // Killed without a chance to clean up, it leaves its lock file behind ...
    process.kill(firstApp, 'SIGKILL');
    expect(await until(() => !alive(firstApp), 10_000)).toBe(true);
    await first.exited;
    expect(existsSync(path.join(dataDir, DATA_DIR_LOCK_FILE))).toBe(true);

    // ... and the next start takes it over by itself, and holds it.
    const third = bot();
    await waitForOutput(third, /"msg":"bot running"/, 60_000);
    const thirdApp = appPid(third.child.pid ?? 0) ?? 0;
    pids.push(thirdApp);
    expect((JSON.parse(readFileSync(path.join(dataDir, DATA_DIR_LOCK_FILE), 'utf8')) as { pid: number }).pid).toBe(thirdApp);

    // A clean stop gives the lock up, and the store is usable by the next process.
    process.kill(third.child.pid ?? 0, 'SIGTERM');
    expect(await third.exited).toBe(0);
    expect(existsSync(path.join(dataDir, DATA_DIR_LOCK_FILE))).toBe(false);
    const after = startProcess('npm', ['run', '--silent', 'feedback'], { DATA_DIR: dataDir });
    pids.push(after.child.pid ?? 0);
    expect(await after.exited).toBe(0);
    expect(after.output()).toContain('Feedback: 0 👍, 0 👎');
  }, 150_000);
});
