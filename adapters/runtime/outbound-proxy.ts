/**
 * Outbound requests through the organisation's proxy (HTTPS_PROXY,
 * HTTP_PROXY, NO_PROXY), for every client the bot has, each by the route it
 * actually takes:
 *
 * - `fetch` (Slack's Web API and response_urls, Ofsted's site) and undici's
 *   `request` (Discord's REST API) use undici's global dispatcher, so that
 *   becomes an `EnvHttpProxyAgent`;
 * - Slack Socket Mode's WebSocket is undici's, given that same dispatcher
 *   ({@link outboundDispatcher}, passed by adapters/slack/app.ts);
 * - Teams: the Bot Connector client (Azure's core-rest-pipeline) reads the
 *   same variables from the environment itself; Microsoft's login (MSAL) and
 *   the signing keys go through Node's global agent and `fetch`, below;
 * - Discord's gateway WebSocket is made by the `ws` package, which opens its
 *   own sockets unless given an agent, and discord.js gives it none; so the
 *   `ws` export discord.js picks up when it loads is a subclass that adds an
 *   agent tunnelling through the proxy with CONNECT (a direct socket for a
 *   host NO_PROXY names). Node's `http`/`https` global agents become that
 *   agent too, for anything else that uses them.
 *
 * Set once at startup, before any client is made (main.ts imports the
 * platforms afterwards), and only when a proxy is configured: without one
 * nothing changes.
 */
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import tls from 'node:tls';
import { createRequire } from 'node:module';
import { HttpsProxyAgent } from 'https-proxy-agent';
import { EnvHttpProxyAgent, getGlobalDispatcher, setGlobalDispatcher, type Dispatcher } from 'undici';
import type { ProxyConfig } from '../config.ts';

/**
 * Whether NO_PROXY exempts `host`:`port`. Entries are separated by commas or
 * spaces; `*` exempts everything; `example.org`, `.example.org` and
 * `*.example.org` each exempt that domain and its subdomains; an entry with
 * `:port` applies to that port only. Addresses match exactly (no ranges).
 */
export function bypassesProxy(noProxy: string, host: string, port: number): boolean {
  const name = host.toLowerCase().replace(/^\[(.*)\]$/, '$1');
  for (const raw of noProxy.split(/[\s,]+/)) {
    const entry = raw.trim().toLowerCase();
    if (entry === '') continue;
    if (entry === '*') return true;
    // "[::1]:3000", "[::1]", a bare IPv6 address "::1", or "host[:port]".
    const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(entry);
    const plain = bracketed === null && (entry.match(/:/g)?.length ?? 0) <= 1 ? /^([^:]*)(?::(\d+))?$/.exec(entry) : null;
    const domain = (bracketed?.[1] ?? plain?.[1] ?? entry).replace(/^\*?\./, '');
    const entryPort = bracketed?.[2] ?? plain?.[2];
    if (entryPort !== undefined && Number(entryPort) !== port) continue;
    if (name === domain || name.endsWith(`.${domain}`)) return true;
  }
  return false;
}

type ConnectOptions = Parameters<HttpsProxyAgent<string>['connect']>[1];

/** Tunnels through the proxy, except to hosts NO_PROXY exempts, which it connects to directly. */
class ChoosingProxyAgent extends HttpsProxyAgent<string> {
  constructor(
    proxy: string,
    private readonly noProxy: string,
  ) {
    super(proxy, { keepAlive: true });
  }

  override async connect(req: http.ClientRequest, opts: ConnectOptions): Promise<net.Socket> {
    const host = opts.host ?? 'localhost';
    const port = opts.port ?? (opts.secureEndpoint ? 443 : 80);
    if (!bypassesProxy(this.noProxy, host, port)) return super.connect(req, opts);
    // As the tunnel would be, but straight to the host: TLS for https:// and wss://.
    if (!opts.secureEndpoint) return net.connect({ host, port });
    return tls.connect({ ...opts, host, port, servername: opts.servername ?? (net.isIP(host) === 0 ? host : undefined) } as tls.ConnectionOptions);
  }
}

/** The proxy URL with any password replaced, for logs. */
export function redactProxy(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password !== '') parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(not shown)';
  }
}

interface Active {
  dispatcher: Dispatcher;
  /** For http:// and ws:// (null: no HTTP_PROXY). */
  http: http.Agent | null;
  /** For https:// and wss://. */
  https: http.Agent | null;
}
let active: Active | null = null;

/** The dispatcher outbound requests use while a proxy is set (Slack Socket Mode takes it), else null. */
export function outboundDispatcher(): Dispatcher | null {
  return active?.dispatcher ?? null;
}

type WsClass = new (address: string | URL, protocols?: unknown, options?: Record<string, unknown>) => object;
let wsPatched = false;

/** Replace the `ws` package's WebSocket export with one that takes the proxy's agent while a proxy is set. */
function patchWs(): void {
  if (wsPatched) return;
  wsPatched = true;
  const ws = createRequire(import.meta.url)('ws') as { WebSocket: WsClass };
  const Original = ws.WebSocket;
  class ProxiedWebSocket extends Original {
    constructor(address: string | URL, protocols?: unknown, options?: Record<string, unknown>) {
      // ws's own signature: (address, options) when no protocols are given.
      const plain = protocols !== null && typeof protocols === 'object' && !Array.isArray(protocols);
      const given = (plain ? protocols : options) as Record<string, unknown> | undefined;
      const secure = /^(wss|https):/i.test(String(address));
      const agent = given?.['agent'] ?? (secure ? active?.https : active?.http) ?? undefined;
      const withAgent = agent === undefined ? given : { ...given, agent };
      if (plain) super(address, withAgent);
      else super(address, protocols, withAgent);
    }
  }
  ws.WebSocket = ProxiedWebSocket;
}

export interface InstalledProxy {
  /** Put back the dispatcher and agents that were there before (tests). */
  uninstall(): void;
}

/** Route outbound requests through `proxy` (see the module comment); does nothing for null. */
export function installOutboundProxy(proxy: ProxyConfig | null): InstalledProxy {
  if (proxy === null) return { uninstall: () => undefined };
  const before = { dispatcher: getGlobalDispatcher(), http: http.globalAgent, https: https.globalAgent };
  const noProxy = proxy.noProxy ?? '';
  const dispatcher = new EnvHttpProxyAgent({
    ...(proxy.httpProxy === null ? {} : { httpProxy: proxy.httpProxy }),
    ...(proxy.httpsProxy === null ? {} : { httpsProxy: proxy.httpsProxy }),
    noProxy,
  });
  // Like curl and undici: https:// (and wss://) use HTTPS_PROXY, else HTTP_PROXY; http:// uses HTTP_PROXY.
  const forHttps = proxy.httpsProxy ?? proxy.httpProxy;
  active = {
    dispatcher,
    http: proxy.httpProxy === null ? null : new ChoosingProxyAgent(proxy.httpProxy, noProxy),
    https: forHttps === null ? null : new ChoosingProxyAgent(forHttps, noProxy),
  };
  setGlobalDispatcher(dispatcher);
  if (active.http !== null) http.globalAgent = active.http;
  // An agent-base agent serves https requests too (it is an https.Agent by behaviour, not by class).
  if (active.https !== null) https.globalAgent = active.https as unknown as https.Agent;
  patchWs();
  return {
    uninstall() {
      active = null;
      setGlobalDispatcher(before.dispatcher);
      http.globalAgent = before.http;
      https.globalAgent = before.https;
    },
  };
}
