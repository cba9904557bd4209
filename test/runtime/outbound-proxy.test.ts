/**
 * Outbound requests honour HTTPS_PROXY / HTTP_PROXY / NO_PROXY
 * (adapters/runtime/outbound-proxy.ts): a local proxy on 127.0.0.1 counts the
 * CONNECT tunnels it is asked for and reads the request line inside each, while
 * the real Slack app, the real Discord bot and the update's HTTP client talk
 * to their local stand-ins. With the proxy set, every one of them goes
 * through it — Slack's Web API and a response_url, Discord's REST API and its
 * gateway WebSocket, Ofsted's site; with NO_PROXY naming the host, none does.
 */
import { createServer, type Server } from 'node:http';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, readProxyConfig } from '../../adapters/config.ts';
import { pino } from 'pino';
import { createTemporaryMemoryStore } from '../../adapters/conversation-store.ts';
import { bypassesProxy, installOutboundProxy, redactProxy, type InstalledProxy } from '../../adapters/runtime/outbound-proxy.ts';
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
  /** Request lines seen inside the tunnels ("GET /api/v10/gateway/bot"), with the tunnel's target. */
  requests: { target: string; line: string; upgrade: boolean }[];
  close(): Promise<void>;
}

/** An HTTP proxy that only tunnels (CONNECT), recording what passes; anything else is refused. */
async function startCountingProxy(): Promise<CountingProxy> {
  const connects: string[] = [];
  const requests: CountingProxy['requests'] = [];
  const sockets = new Set<net.Socket>();
  const server: Server = createServer((_req, res) => {
    res.writeHead(405).end('this proxy only tunnels');
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

beforeAll(async () => {
  proxy = await startCountingProxy();
  discordStand = await startDiscordStandIn();
  site = await startStandInSite([]);
  await realCorpus();
});

afterAll(async () => {
  installed?.uninstall();
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
}

describe('outbound requests and the proxy', () => {
  it('with HTTPS_PROXY and HTTP_PROXY set, Slack (Web API, response_url, Socket Mode), Discord (REST, gateway) and Ofsted go through the proxy', async () => {
    installed = installOutboundProxy({ httpsProxy: proxy.url, httpProxy: proxy.url, noProxy: null });
    await exercise();
    installed.uninstall();
    installed = null;

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
    expect(proxy.connects.every((c) => c.startsWith('127.0.0.1:'))).toBe(true);
  });

  it('with NO_PROXY naming the host, the same calls go direct and still succeed', async () => {
    const before = proxy.connects.length;
    installed = installOutboundProxy({ httpsProxy: proxy.url, httpProxy: proxy.url, noProxy: 'example.org, 127.0.0.1' });
    await exercise();
    installed.uninstall();
    installed = null;
    expect(proxy.connects.length).toBe(before);
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
