/**
 * What a new user meets: a token the platform refuses names its variable and
 * stops startup; the console chat, with the .env.example settings, shows no
 * log lines; the command-line tools explain themselves; nothing prints a
 * stack trace; an error nothing caught is logged before the process exits.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseDotenv } from 'dotenv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REFUSED_TOKEN as REFUSED_DISCORD, startStandIn, type StandIn } from '../discord/support/discord-stand-in.ts';
import { REFUSED_TOKEN as REFUSED_SLACK, startSlackStandIn, type SlackStandIn } from '../slack/support/slack-stand-in.ts';
import { freePort, npmStart, ROOT, startProcess } from './support/processes.ts';

/** A line of a stack trace, as Node prints them. */
const STACK = /^\s+at .+\(?.+:\d+:\d+\)?$/m;

describe('refused tokens', () => {
  let discord: StandIn;
  let slack: SlackStandIn;
  beforeAll(async () => {
    discord = await startStandIn();
    slack = await startSlackStandIn();
  });
  afterAll(async () => {
    await discord?.close();
    await slack?.close();
  });

  it('DISCORD_TOKEN: says which variable and how to fix it, and stops', async () => {
    const started = npmStart({ DISCORD_TOKEN: REFUSED_DISCORD, DISCORD_API_URL: discord.apiUrl });
    expect(await started.exited).toBe(1);
    expect(started.output()).toContain('DISCORD_TOKEN was rejected by Discord');
    expect(started.output()).toContain('Reset Token');
    expect(started.output()).not.toMatch(STACK);
    expect(started.output()).not.toContain(REFUSED_DISCORD);
  }, 30_000);

  it('SLACK_BOT_TOKEN: says which variable and how to fix it, and stops', async () => {
    const started = npmStart({
      SLACK_BOT_TOKEN: REFUSED_SLACK,
      SLACK_SIGNING_SECRET: 'secret',
      SLACK_API_URL: slack.apiUrl,
      PORT: String(await freePort()),
    });
    expect(await started.exited).toBe(1);
    expect(started.output()).toContain('SLACK_BOT_TOKEN was rejected by Slack (invalid_auth)');
    expect(started.output()).toContain('OAuth & Permissions');
    expect(started.output()).not.toMatch(STACK);
    expect(started.output()).not.toContain(REFUSED_SLACK);
  }, 30_000);
});

describe('console chat', () => {
  it('shows answers and no JSON log lines with the .env.example settings', async () => {
    const example = parseDotenv(readFileSync(path.join(ROOT, '.env.example')));
    const started = npmStart(example);
    started.child.stdin?.end('LADO Bury\n');
    expect(await started.exited).toBe(0);
    expect(started.output()).toContain('Bury 2025 ILACS, ¶6');
    expect(started.output()).not.toContain('{"level"');
  }, 30_000);
});

describe('command-line tools', () => {
  for (const tool of ['ask', 'judgement']) {
    it(`npm run ${tool} -- --help prints the usage, --limit included`, async () => {
      const started = startProcess('npm', ['run', '--silent', tool, '--', '--help'], {});
      expect(await started.exited).toBe(0);
      expect(started.output()).toContain(`Usage: npm run ${tool} --`);
      expect(started.output()).toContain('--limit N');
      expect(started.output()).not.toMatch(STACK);
    }, 30_000);

    it(`npm run ${tool} with an unknown option says so, without a stack trace`, async () => {
      const started = startProcess('npm', ['run', '--silent', tool, '--', '--nope', 'Bury'], {});
      expect(await started.exited).toBe(2);
      expect(started.output()).toContain("Unknown option '--nope'");
      expect(started.output()).not.toMatch(STACK);
    }, 30_000);
  }

  it('npm run update -- --help describes every flag and says it contacts Ofsted’s live site', async () => {
    const started = startProcess('npm', ['run', '--silent', 'update', '--', '--help'], {});
    expect(await started.exited).toBe(0);
    for (const flag of ['--dry-run', '--authority <name>', '--retry-refused', '--out <index dir>']) expect(started.output()).toContain(flag);
    expect(started.output()).toContain("Contacts Ofsted's live reports site (https://reports.ofsted.gov.uk/");
    expect(started.output()).not.toMatch(STACK);
  }, 30_000);

  it('npm run deploy-commands without a token prints one clear line, no JSON, no stack trace', async () => {
    const started = startProcess('npm', ['run', '--silent', 'deploy-commands'], {});
    expect(await started.exited).toBe(1);
    expect(started.output().trim()).toBe('deploy-commands: DISCORD_TOKEN is not set; set it (and DISCORD_APPLICATION_ID) in .env.');
  }, 30_000);
});

describe('errors nothing caught', () => {
  it('are logged through pino, redacted, and end the process with status 1', async () => {
    const script = `
      import { installCrashHandlers } from './adapters/runtime/crash-handlers.ts';
      import { createLogger } from './src/logger.ts';
      const logger = createLogger('info', 'crash-test');
      installCrashHandlers(logger, () => process.exit(1));
      Promise.reject(new Error('failed at https://discord.com/api/v10/webhooks/1/secret-interaction-token/messages'));
      setTimeout(() => {}, 5000);
    `;
    const started = startProcess('node', ['--import', 'tsx', '--input-type=module', '-e', script], {});
    expect(await started.exited).toBe(1);
    const line = JSON.parse(started.output().trim().split('\n').at(-1) ?? '{}') as { level: number; msg: string };
    expect(line).toMatchObject({ level: 60, msg: 'unhandled promise rejection; shutting down for a restart' });
    expect(started.output()).not.toContain('secret-interaction-token');
  }, 30_000);
});
