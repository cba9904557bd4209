/**
 * `docker stop` sends SIGTERM to the process the image runs. When that is
 * `npm start`, the signal must still reach the bot, and the whole tree (npm,
 * any shell, node) must be gone within 10 seconds.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStandIn, type StandIn } from '../discord/support/discord-stand-in.ts';
import { startSlackStandIn } from '../slack/support/slack-stand-in.ts';
import { alive, commandLine, descendants, freePort, killAll, npmStart, ROOT, startProcess, until, waitForOutput } from './support/processes.ts';

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
      await waitForOutput(started, /"msg":"bot running"/);
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
  }, 60_000);
});

describe('the Dockerfile’s command', () => {
  /** The Dockerfile's CMD (exec form) and HEALTHCHECK command, as Docker would run them. */
  function dockerfile(): { cmd: string[]; health: string } {
    const text = readFileSync(path.join(ROOT, 'Dockerfile'), 'utf8');
    const cmd = JSON.parse(/^CMD (\[.*\])$/m.exec(text)?.[1] ?? '[]') as string[];
    const health = /^\s+CMD (node -e .*)$/m.exec(text)?.[1] ?? '';
    return { cmd, health };
  }

  it('is `npm start`’s command line, as is the systemd unit’s, without npm in between', () => {
    const start = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts['start'] ?? '';
    expect(start).toMatch(/^exec node /);
    const line = start.replace(/^exec /, '');
    expect(dockerfile().cmd.join(' ')).toBe(line);
    const unit = readFileSync(path.join(ROOT, 'deploy', 'ofsted-bot.service'), 'utf8');
    expect(/^ExecStart=\/usr\/bin\/(node .*)$/m.exec(unit)?.[1]).toBe(line);
  });

  it('runs node directly: /health answers, the health check passes, SIGTERM exits 0 within 10 s', async () => {
    const { cmd, health } = dockerfile();
    expect(cmd[0]).toBe('node');
    const standIn = await startSlackStandIn();
    const port = await freePort();
    const env = { SLACK_BOT_TOKEN: 'xoxb-docker', SLACK_SIGNING_SECRET: 's', SLACK_API_URL: standIn.apiUrl, PORT: String(port) };
    const started = startProcess(cmd[0] ?? 'node', cmd.slice(1), env);
    try {
      let ok = false;
      for (let i = 0; i < 200 && !ok; i += 1) {
        ok = await fetch(`http://127.0.0.1:${port}/health`).then((r) => r.ok, () => false);
        if (!ok) await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(ok).toBe(true);
      const check = startProcess('sh', ['-c', health], env);
      expect(await check.exited).toBe(0);
      const sent = performance.now();
      started.child.kill('SIGTERM');
      expect(await started.exited).toBe(0);
      expect(performance.now() - sent).toBeLessThan(10_000);
      const after = startProcess('sh', ['-c', health], env);
      expect(await after.exited).toBe(1);
    } finally {
      killAll([started.child.pid ?? 0]);
      await standIn.close();
    }
  }, 40_000);
});
