import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { readConfig } from '../../adapters/config.ts';

describe('config', () => {
  it('runs the console when no platform token is set', () => {
    expect(readConfig({})).toEqual({
      logLevel: 'info',
      logFile: null,
      indexDir: null,
      indexPollMs: 10_000,
      store: { dataDir: './data', databaseUrl: null },
      slack: null,
      discord: null,
      teams: null,
      update: { baseUrl: 'https://reports.ofsted.gov.uk/', schedule: null },
      answers: { concurrency: 2, queueLimit: 100 },
      proxy: null,
      web: { port: null, publicUrl: null },
    });
    // Blank values, as copied from .env.example, count as unset.
    expect(readConfig({ SLACK_BOT_TOKEN: '', DISCORD_TOKEN: ' ' }).slack).toBeNull();
  });

  it('reads the web reader: WEB_PORT, PUBLIC_URL without its trailing slash, and refuses a clash with Slack', () => {
    expect(readConfig({ WEB_PORT: '8081', PUBLIC_URL: 'https://reports.example.org/' }).web).toEqual({ port: 8081, publicUrl: 'https://reports.example.org' });
    expect(() => readConfig({ WEB_PORT: 'eighty' })).toThrow('Config: WEB_PORT must be a port number from 1 to 65535, but got "eighty".');
    expect(() => readConfig({ PUBLIC_URL: 'reports.example.org' })).toThrow('Config: PUBLIC_URL must be an http(s) URL');
    expect(() => readConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's', PORT: '3000', WEB_PORT: '3000' })).toThrow('WEB_PORT and PORT');
    // Socket Mode opens no port: the same number is no clash.
    expect(readConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1', WEB_PORT: '3000' }).web.port).toBe(3000);
  });

  it('reads Slack in HTTP and Socket Mode', () => {
    expect(readConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's', PORT: '8080' }).slack).toEqual({
      botToken: 'xoxb-1',
      signingSecret: 's',
      appToken: null,
      port: 8080,
      apiUrl: null,
    });
    expect(readConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' }).slack?.appToken).toBe('xapp-1');
  });

  it('reads the store and index polling, naming a malformed value without echoing a password', () => {
    expect(readConfig({ DATA_DIR: '/var/lib/ofsted', INDEX_POLL_SECONDS: '30' })).toMatchObject({
      indexPollMs: 30_000,
      store: { dataDir: '/var/lib/ofsted', databaseUrl: null },
    });
    expect(readConfig({ DATABASE_URL: 'postgres://bot:pw@db:5432/ofsted' }).store.databaseUrl).toBe('postgres://bot:pw@db:5432/ofsted');
    expect(() => readConfig({ DATABASE_URL: 'mysql://bot:hunter2@db/x' })).toThrow(/DATABASE_URL must be a postgres:/);
    expect(() => readConfig({ DATABASE_URL: 'mysql://bot:hunter2@db/x' })).not.toThrow(/hunter2/);
    expect(() => readConfig({ INDEX_POLL_SECONDS: '600' })).toThrow(/INDEX_POLL_SECONDS must be a number of seconds from 1 to 60/);
  });

  it('names the missing or malformed variable', () => {
    expect(() => readConfig({ SLACK_BOT_TOKEN: 'xoxb-1' })).toThrow(/SLACK_SIGNING_SECRET is required/);
    expect(() => readConfig({ SLACK_BOT_TOKEN: 'abc', SLACK_SIGNING_SECRET: 's' })).toThrow(/SLACK_BOT_TOKEN must start with "xoxb-"/);
    expect(() => readConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's', PORT: 'eighty' })).toThrow(/PORT must be a port number/);
    expect(() => readConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's', SLACK_API_URL: 'nope' })).toThrow(/SLACK_API_URL must be an http\(s\) URL/);
    expect(() => readConfig({ SLACK_SIGNING_SECRET: 's' })).toThrow(/SLACK_SIGNING_SECRET is set but SLACK_BOT_TOKEN is not/);
    expect(() => readConfig({ DISCORD_TOKEN: 't', DISCORD_APPLICATION_ID: 'abc' })).toThrow(/DISCORD_APPLICATION_ID must be a Discord id/);
    expect(() => readConfig({ LOG_LEVEL: 'loud' })).toThrow(/LOG_LEVEL must be one of/);
    expect(() => readConfig({ ANSWER_CONCURRENCY: '0' })).toThrow(/ANSWER_CONCURRENCY must be a whole number from 1 to 64, but got "0"/);
    expect(() => readConfig({ ANSWER_QUEUE_LIMIT: 'lots' })).toThrow(/ANSWER_QUEUE_LIMIT must be a whole number from 0 to 100000, but got "lots"/);
  });

  it('reads how answering is paced', () => {
    expect(readConfig({ ANSWER_CONCURRENCY: '4', ANSWER_QUEUE_LIMIT: '0' }).answers).toEqual({ concurrency: 4, queueLimit: 0 });
  });

  it('runs only the adapters ADAPTERS names, so Slack and Discord can run in separate processes', () => {
    const both = { SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's', DISCORD_TOKEN: 't' };
    expect(readConfig(both).slack).not.toBeNull();
    expect(readConfig(both).discord).not.toBeNull();
    expect(readConfig({ ...both, ADAPTERS: 'slack' }).discord).toBeNull();
    expect(readConfig({ ...both, ADAPTERS: 'discord' }).slack).toBeNull();
    // The other process's variables are not checked: Discord runs without a Slack signing secret here.
    expect(readConfig({ SLACK_BOT_TOKEN: 'xoxb-1', DISCORD_TOKEN: 't', ADAPTERS: 'discord' }).discord?.token).toBe('t');
    expect(readConfig({ ...both, ADAPTERS: ' Slack, discord ' }).slack).not.toBeNull();
    expect(() => readConfig({ ...both, ADAPTERS: 'teams' })).toThrow(/ADAPTERS includes teams, so TEAMS_APP_ID is required/);
    expect(() => readConfig({ ...both, ADAPTERS: 'matrix' })).toThrow(/ADAPTERS must be a comma-separated list of slack, discord, teams/);
    expect(() => readConfig({ DISCORD_TOKEN: 't', ADAPTERS: 'slack' })).toThrow(/ADAPTERS includes slack, so SLACK_BOT_TOKEN is required/);
  });

  it('reads Teams: app id with a secret or a certificate, tenant, port; names what is missing or malformed', () => {
    const id = '11111111-2222-3333-4444-555555555555';
    expect(readConfig({ TEAMS_APP_ID: id, TEAMS_APP_PASSWORD: 'pw', TEAMS_TENANT_ID: '99999999-8888-7777-6666-555555555555' }).teams).toEqual({
      appId: id,
      credential: { kind: 'secret', password: 'pw' },
      tenantId: '99999999-8888-7777-6666-555555555555',
      port: 3978,
      endpoints: { loginUrl: 'https://login.microsoftonline.com', openIdMetadataUrl: 'https://login.botframework.com/v1/.well-known/openidconfiguration', tokenIssuer: 'https://api.botframework.com' },
    });
    expect(readConfig({ TEAMS_APP_ID: id, TEAMS_APP_PASSWORD: 'pw' }).teams?.tenantId).toBeNull();
    expect(() => readConfig({ TEAMS_APP_ID: id })).toThrow(/TEAMS_APP_PASSWORD \(a client secret of the app registration\) or a certificate .* is required/);
    expect(() => readConfig({ TEAMS_APP_ID: 'bot', TEAMS_APP_PASSWORD: 'pw' })).toThrow(/TEAMS_APP_ID must be a GUID/);
    expect(() => readConfig({ TEAMS_APP_ID: id, TEAMS_APP_PASSWORD: 'pw', TEAMS_TENANT_ID: 'contoso' })).toThrow(/TEAMS_TENANT_ID must be a GUID/);
    expect(() => readConfig({ TEAMS_APP_ID: id, TEAMS_APP_PASSWORD: 'pw', TEAMS_PORT: '0' })).toThrow(/TEAMS_PORT must be a port number/);
    expect(() => readConfig({ TEAMS_APP_PASSWORD: 'pw' })).toThrow(/TEAMS_APP_PASSWORD is set but TEAMS_APP_ID is not/);
    expect(() => readConfig({ TEAMS_APP_ID: id, TEAMS_CERTIFICATE_THUMBPRINT: 'AB'.repeat(20), TEAMS_CERTIFICATE_KEY_FILE: '/nonexistent.pem' })).toThrow(/TEAMS_CERTIFICATE_KEY_FILE must name a readable PEM file/);
    expect(() => readConfig({ TEAMS_APP_ID: id, TEAMS_APP_PASSWORD: 'secret-pw' })).not.toThrow();
    expect(() => readConfig({ TEAMS_APP_ID: id, TEAMS_APP_PASSWORD: 'secret-pw', TEAMS_CERTIFICATE_THUMBPRINT: 'x' })).toThrow(expect.objectContaining({ message: expect.not.stringContaining('secret-pw') }));
  });

  it('never puts a token in an error message', () => {
    expect(() => readConfig({ SLACK_BOT_TOKEN: 'secret-token-value', SLACK_SIGNING_SECRET: 's' })).toThrow(
      expect.objectContaining({ message: expect.not.stringContaining('secret-token-value') }),
    );
  });

  it('npm start stops with a message naming the bad variable', async () => {
    const root = path.resolve(import.meta.dirname, '../..');
    const run = promisify(execFile);
    const failure = await run(path.join(root, 'node_modules/.bin/tsx'), [path.join(root, 'adapters/main.ts')], {
      cwd: path.join(root, 'test'),
      env: { PATH: process.env['PATH'] ?? '', SLACK_BOT_TOKEN: 'xoxb-1' },
    }).catch((error: unknown) => error as { code: number; stderr: string });
    expect(failure).toMatchObject({ code: 1 });
    expect((failure as { stderr: string }).stderr).toContain('SLACK_SIGNING_SECRET is required');
  });
});
