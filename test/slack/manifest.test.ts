/**
 * The manifests list exactly the commands the app registers, and exactly the
 * scopes and events it uses.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../adapters/slack/commands.ts';
import { startHarness, type Harness } from './support/harness.ts';

interface Manifest {
  features: { slash_commands: { command: string; url?: string }[] };
  oauth_config: { scopes: { bot: string[] } };
  settings: { event_subscriptions: { bot_events: string[]; request_url?: string }; interactivity: { is_enabled: boolean }; socket_mode_enabled: boolean };
}

const read = (name: string) => JSON.parse(readFileSync(new URL(`../../adapters/slack/${name}`, import.meta.url), 'utf8')) as Manifest;
const manifests = { 'manifest.json': read('manifest.json'), 'manifest.socket-mode.json': read('manifest.socket-mode.json') };

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

describe.each(Object.entries(manifests))('%s', (_name, manifest) => {
  it('lists exactly the commands in commands.ts', () => {
    expect(manifest.features.slash_commands.map((c) => c.command).sort()).toEqual([...COMMANDS].sort());
  });

  it('asks for exactly the scopes and events used', () => {
    // app_mentions:read → app_mention; im:history → message.im; chat:write → postMessage/postEphemeral; commands → slash commands;
    // channels:history, groups:history → message.channels, message.groups (follow-ups in a thread the bot answered).
    expect(manifest.oauth_config.scopes.bot.sort()).toEqual(['app_mentions:read', 'channels:history', 'chat:write', 'commands', 'groups:history', 'im:history']);
    expect(manifest.settings.event_subscriptions.bot_events.sort()).toEqual(['app_mention', 'message.channels', 'message.groups', 'message.im']);
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
  });
});

it('HTTP manifest points every URL at /slack/events; the Socket Mode one has none', () => {
  const http = manifests['manifest.json'];
  expect(http.settings.socket_mode_enabled).toBe(false);
  expect(http.settings.event_subscriptions.request_url).toMatch(/\/slack\/events$/);
  for (const command of http.features.slash_commands) expect(command.url).toMatch(/\/slack\/events$/);
  const socket = manifests['manifest.socket-mode.json'];
  expect(socket.settings.socket_mode_enabled).toBe(true);
  expect(JSON.stringify(socket)).not.toContain('request_url');
});

it('the running app answers every command in the manifest', async () => {
  for (const command of COMMANDS) {
    const sent = await h.command(command, 'Bury');
    expect(sent.status).toBe(200);
    const response = await h.standIn.waitFor(() => h.standIn.responses.find((r) => r.id === sent.id));
    expect(String(response.body.text).length).toBeGreaterThan(0);
  }
});
