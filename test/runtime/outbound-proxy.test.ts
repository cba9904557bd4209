/**
 * Outbound requests honour HTTPS_PROXY / HTTP_PROXY / NO_PROXY
 * (adapters/runtime/outbound-proxy.ts): a local proxy on 127.0.0.1 counts the
 * CONNECT tunnels it is asked for and reads the request line inside each, while
 * the real Slack app, the real Discord bot and the update's HTTP client talk
 * to their local stand-ins. With the proxy set, every one of them goes
 * through it — Slack's Web API and a response_url, Discord's REST API and its
 * gateway WebSocket, Ofsted's site; with NO_PROXY naming the host, none does.
 */
import { createServer, request as httpRequest, type Server } from 'node:http';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, readProxyConfig } from '../../adapters/config.ts';
import { pino } from 'pino';
import { createTemporaryMemoryStore } from '../../adapters/conversation-store.ts';
import { bypassesProxy, installOutboundProxy, redactProxy, type InstalledProxy } from '../../adapters/runtime/outbound-proxy.ts';
import { openStore } from '../../adapters/store/open-store.ts';
import { createHttpClient } from '../../src/update/http-client.ts';
import { captureLogger } from '../discord/support/check.ts';
import { APPLICATION_ID, startStandIn as startDiscordStandIn, type StandIn as DiscordStandIn } from '../discord/support/discord-stand-in.ts';
import { BOT_TOKEN, realCorpus, startHarness } from '../slack/support/harness.ts';
import { startSlackStandIn } from '../slack/support/slack-stand-in.ts';
import { startStandInSite, type StandInSite } from '../update/support/stand-in-site.ts';

interface CountingProxy {
  url: string;
  /** "host:port" of each CONNECT. */
  connects: string[];
  /** Request lines seen inside the tunnels ("GET /api/v10/gateway/bot"), or sent whole, with their target. */
  requests: { target: string; line: string; upgrade: boolean }[];
  close(): Promise<void>;
}

/** An HTTP proxy: CONNECT tunnels, and plain-HTTP requests sent to it whole, recording what passes. */
async function startCountingProxy(): Promise<CountingProxy> {
  const connects: string[] = [];
  const requests: CountingProxy['requests'] = [];
  const sockets = new Set<net.Socket>();
  const server: Server = createServer((req, res) => {
    const target = new URL(req.url ?? '');
    requests.push({ target: target.host, line: `${req.method} ${target.pathname}${target.search}`, upgrade: false });
    const forward = httpRequest(target, { method: req.method, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    forward.on('error', () => res.writeHead(502).end());
    req.pipe(forward);
  });
  server.on('connect', (req, client: net.Socket, head: Buffer) => {
    const target = req.url ?? '';
    connects.push(target);
    const [host, port] = target.split(':');
    const upstream = net.connect(Number(port), host, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length > 0) upstream.write(head);
      client.pipe(upstream);
      upstream.pipe(client);
    });
    sockets.add(client).add(upstream);
    client.on('data', (chunk: Buffer) => {
      const text = chunk.toString('latin1');
      const line = /^(GET|POST|PUT|PATCH|DELETE) (\S+) HTTP\/1\.1/.exec(text);
      if (line) requests.push({ target, line: `${line[1]} ${line[2]}`, upgrade: /^upgrade: websocket/im.test(text) });
    });
    const end = (): void => {
      client.destroy();
      upstream.destroy();
    };
    client.on('error', end);
    upstream.on('error', end);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    connects,
    requests,
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

const portOf = (url: string): string => new URL(url).port;

let proxy: CountingProxy;
let discordStand: DiscordStandIn;
let site: StandInSite;
let installed: InstalledProxy | null = null;
const PROXY_VARIABLES = ['HTTPS_PROXY', 'HTTP_PROXY', 'NO_PROXY'] as const;

/** Set the proxy as production does: the variables in the environment, and installOutboundProxy (main.ts). */
function setProxy(noProxy: string | null): void {
  process.env['HTTPS_PROXY'] = proxy.url;
  process.env['HTTP_PROXY'] = proxy.url;
  if (noProxy === null) delete process.env['NO_PROXY'];
  else process.env['NO_PROXY'] = noProxy;
  installed = installOutboundProxy({ httpsProxy: proxy.url, httpProxy: proxy.url, noProxy });
}

function unsetProxy(): void {
  installed?.uninstall();
  installed = null;
  for (const name of PROXY_VARIABLES) delete process.env[name];
}

beforeAll(async () => {
  proxy = await startCountingProxy();
  discordStand = await startDiscordStandIn();
  site = await startStandInSite([]);
  await realCorpus();
});

afterAll(async () => {
  unsetProxy();
  await Promise.all([proxy?.close(), discordStand?.close(), site?.close()]);
});

/** Run Slack (HTTP mode: start, one slash command; Socket Mode: connect), Discord (REST, then the gateway) and one request to the site. */
async function exercise(): Promise<void> {
  const slack = await startHarness();
  try {
    const sent = await slack.command('/ofsted', 'care leavers Southend');
    await slack.standIn.waitForResponse(sent.id);
  } finally {
    await slack.close();
  }
  const { createSlackApp } = await import('../../adapters/slack/app.ts');
  const socketStandIn = await startSlackStandIn();
  const socketApp = createSlackApp({
    config: { botToken: BOT_TOKEN, signingSecret: null, appToken: 'xapp-1-proxy', port: 3000, apiUrl: socketStandIn.apiUrl },
    corpus: await realCorpus(),
    logger: pino({ level: 'silent' }),
  });
  try {
    await socketApp.start();
    await socketStandIn.socketConnected();
  } finally {
    await socketApp.stop();
    await socketStandIn.close();
  }
  const { createDiscordBot } = await import('../../adapters/discord/bot.ts');
  const { logger } = captureLogger();
  const bot = createDiscordBot({
    config: { token: 'proxy-test.token', applicationId: APPLICATION_ID, guildId: null, apiUrl: discordStand.apiUrl },
    corpus: await realCorpus(),
    logger,
    conversations: createTemporaryMemoryStore(),
  });
  try {
    await bot.start();
  } finally {
    await bot.stop();
  }
  const client = createHttpClient({ pauseMs: 0, retries: 0 });
  await client.get(`${site.baseUrl}search?level_1_types=2`);

  const { startTeamsStandIn } = await import('../teams/support/teams-stand-in.ts');
  const { createTeamsApp } = await import('../../adapters/teams/app.ts');
  const { activities, post, teamsConfig } = await import('../teams/support/harness.ts');
  const teamsStandIn = await startTeamsStandIn();
  const store = await openStore({ memory: true });
  const teams = createTeamsApp({ config: teamsConfig(teamsStandIn), corpus: await realCorpus(), logger: pino({ level: 'silent' }), store, host: '127.0.0.1', loginTls: { ca: teamsStandIn.ca } });
  try {
    await teams.start();
    expect(await post(`http://127.0.0.1:${teams.port()}`, activities(teamsStandIn.serviceUrl).personal('LADO Bury'), teamsStandIn.token())).toBe(200);
    await teamsStandIn.waitFor(() => teamsStandIn.posts()[0]);
    teamsServiceUrl = teamsStandIn.serviceUrl;
  } finally {
    await teams.stop();
    await store.close();
    await teamsStandIn.close();
  }
}

let teamsServiceUrl = '';

describe('outbound requests and the proxy', () => {
  it('with HTTPS_PROXY and HTTP_PROXY set, Slack (Web API, response_url, Socket Mode), Discord (REST, gateway), Teams and Ofsted go through the proxy', async () => {
    setProxy(null);
    try {
      await exercise();
    } finally {
      unsetProxy();
    }

    const lines = (port: string): string[] => proxy.requests.filter((r) => r.target.endsWith(`:${port}`)).map((r) => r.line);
    // Slack: the Web API (auth.test at start), the slash command's response_url, Socket Mode's connection and WebSocket.
    const slackLines = proxy.requests.map((r) => r.line);
    expect(slackLines).toContain('POST /api/auth.test');
    expect(slackLines.some((l) => l.startsWith('POST /respond/'))).toBe(true);
    expect(slackLines).toContain('POST /api/apps.connections.open');
    expect(proxy.requests.some((r) => r.upgrade && !r.target.endsWith(`:${portOf(discordStand.gatewayUrl)}`))).toBe(true);
    // Discord: REST, then the gateway as a WebSocket upgrade, both tunnelled.
    const discordPort = portOf(discordStand.apiUrl);
    expect(lines(discordPort)).toContain('GET /api/v10/gateway/bot');
    expect(proxy.requests.some((r) => r.target.endsWith(`:${portOf(discordStand.gatewayUrl)}`) && r.upgrade)).toBe(true);
    // Ofsted's site.
    expect(lines(portOf(site.baseUrl))).toContain('GET /search?level_1_types=2');
    // Teams: the signing keys that check incoming activities, and the reply through the Bot Connector.
    const teamsLines = lines(portOf(teamsServiceUrl));
    expect(teamsLines).toContain('GET /openid/keys');
    expect(teamsLines.some((l) => l.startsWith('POST /v3/conversations/'))).toBe(true);
    expect(proxy.connects.every((c) => c.startsWith('127.0.0.1:'))).toBe(true);
  });

  it('with NO_PROXY naming the host, the same calls go direct and still succeed', async () => {
    const before = proxy.connects.length;
    const seen = proxy.requests.length;
    setProxy('example.org, 127.0.0.1');
    try {
      await exercise();
    } finally {
      unsetProxy();
    }
    expect(proxy.connects.length).toBe(before);
    // The Bot Connector's client (Azure's) reads NO_PROXY once per process, at its first request: in
    // production that is the environment the bot started with; here it was the test before, which had none.
    expect(proxy.requests.slice(seen).filter((r) => !r.line.startsWith('POST /v3/conversations/'))).toEqual([]);
  });

  it('NO_PROXY: domains cover their subdomains, a port narrows an entry, * covers all', () => {
    expect(bypassesProxy('slack.com', 'hooks.slack.com', 443)).toBe(true);
    expect(bypassesProxy('.slack.com', 'slack.com', 443)).toBe(true);
    expect(bypassesProxy('*.slack.com', 'files.slack.com', 443)).toBe(true);
    expect(bypassesProxy('slack.com', 'notslack.com', 443)).toBe(false);
    expect(bypassesProxy('discord.com:443', 'discord.com', 80)).toBe(false);
    expect(bypassesProxy('discord.com:443', 'gateway.discord.com', 443)).toBe(true);
    expect(bypassesProxy('localhost 10.0.0.1', '10.0.0.1', 8080)).toBe(true);
    expect(bypassesProxy('[::1]', '::1', 3000)).toBe(true);
    expect(bypassesProxy('*', 'reports.ofsted.gov.uk', 443)).toBe(true);
    expect(bypassesProxy('', 'reports.ofsted.gov.uk', 443)).toBe(false);
  });

  it('reads the variables in either case, and refuses a malformed one without echoing a password', () => {
    expect(readProxyConfig({})).toBeNull();
    expect(readProxyConfig({ NO_PROXY: 'x' })).toBeNull();
    expect(readProxyConfig({ https_proxy: 'http://proxy.council.gov.uk:8080', NO_PROXY: '.council.gov.uk' })).toEqual({
      httpsProxy: 'http://proxy.council.gov.uk:8080',
      httpProxy: null,
      noProxy: '.council.gov.uk',
    });
    expect(() => readProxyConfig({ HTTPS_PROXY: 'socks5://user:hunter2@proxy:1080' })).toThrow(ConfigError);
    expect(() => readProxyConfig({ HTTPS_PROXY: 'socks5://user:hunter2@proxy:1080' })).toThrow(/HTTPS_PROXY must be a proxy URL/);
    expect(() => readProxyConfig({ HTTPS_PROXY: 'socks5://user:hunter2@proxy:1080' })).not.toThrow(/hunter2/);
    expect(redactProxy('http://bot:hunter2@proxy:8080')).toBe('http://bot:***@proxy:8080/');
  });
});
