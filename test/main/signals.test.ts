/**
 * `docker stop` sends SIGTERM to the process the image runs. When that is
 * `npm start`, the signal must still reach the bot, and the whole tree (npm,
 * any shell, node) must be gone within 10 seconds.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStandIn, type StandIn } from '../discord/support/discord-stand-in.ts';
import { alive, commandLine, descendants, killAll, npmStart, until } from './support/processes.ts';

describe('SIGTERM to npm start', () => {
  let stand: StandIn;
  beforeAll(async () => {
    stand = await startStandIn();
  });
  afterAll(async () => {
    await stand?.close();
  });

  it('stops the bot and leaves no process behind within 10 s', async () => {
    const started = npmStart({ LOG_LEVEL: 'info', DISCORD_TOKEN: 'signal-token', DISCORD_API_URL: stand.apiUrl });
    const npmPid = started.child.pid ?? 0;
    let tree: number[] = [];
    try {
      await Promise.race([
        stand.ready(),
        started.exited.then(() => Promise.reject(new Error(`exited early: ${started.output()}`))),
      ]);
      tree = [npmPid, ...descendants(npmPid)];
      const sent = performance.now();
      process.kill(npmPid, 'SIGTERM');
      const gone = await until(() => tree.every((pid) => !alive(pid)), 10_000);
      const ms = Math.round(performance.now() - sent);
      const left = tree.filter(alive).map((pid) => `${pid} ${commandLine(pid)}`);
      expect(left, `still running ${ms} ms after SIGTERM`).toEqual([]);
      expect(gone).toBe(true);
      // The bot itself saw the signal and shut down (it did not just lose its parent).
      expect(started.output()).toMatch(/"msg":"shutting down"/);
      expect(started.output()).toMatch(/"msg":"Discord bot stopped"/);
      process.stderr.write(`SIGTERM to npm start: whole tree gone in ${ms} ms\n`);
    } finally {
      killAll(tree);
    }
  }, 30_000);
});
