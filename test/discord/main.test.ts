/**
 * `npm start` with DISCORD_TOKEN set: the real process connects to the
 * stand-in, answers a slash command, and exits cleanly on SIGTERM.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InteractionResponseType } from 'discord.js';
import { startStandIn, type StandIn } from './support/discord-stand-in.ts';
import { command, OPTION } from './support/payloads.ts';

const ROOT = path.resolve(import.meta.dirname, '..', '..');

describe('npm start with a Discord token', () => {
  let stand: StandIn;
  let cwd: string;
  beforeAll(async () => {
    stand = await startStandIn();
    cwd = await mkdtemp(path.join(tmpdir(), 'discord-main-'));
  });
  afterAll(async () => {
    await stand?.close();
    if (cwd) await rm(cwd, { recursive: true, force: true });
  });

  it('connects, answers /ask, and stops on SIGTERM', async () => {
    // An empty working directory, so no developer's .env is read.
    const child = spawn(path.join(ROOT, 'node_modules', '.bin', 'tsx'), [path.join(ROOT, 'adapters', 'main.ts')], {
      cwd,
      env: { PATH: process.env.PATH, LOG_LEVEL: 'warn', DISCORD_TOKEN: 'main-token', DISCORD_API_URL: stand.apiUrl },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += String(chunk)));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      await Promise.race([stand.ready(), exited.then(() => Promise.reject(new Error(`exited early: ${stderr}`)))]);
      const payload = command('ask', [{ name: 'question', type: OPTION.string, value: 'LADO Bury' }]);
      // Sent right after READY: discord.js queues events until the client is ready, then handles them.
      stand.dispatch('INTERACTION_CREATE', payload);
      const callback = await stand.waitForRequest((r) => r.route === `/interactions/${payload.id}/${payload.token}/callback`);
      expect(callback?.body.type).toBe(InteractionResponseType.DeferredChannelMessageWithSource);
      const edit = await stand.waitForRequest((r) => r.method === 'PATCH' && r.route.includes(payload.token));
      expect(edit.body.embeds.map((e: { title: string }) => e.title)).toContain('Bury 2025 ILACS, ¶6');
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
    expect(stderr).not.toMatch(/"level":50/);
  }, 60000);
});
