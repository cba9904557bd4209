/**
 * A local stand-in for the Microsoft services a Teams bot talks to, on
 * 127.0.0.1 only:
 *
 * - Microsoft Entra ID's token endpoint (HTTPS, a self-signed certificate the
 *   tests trust, because MSAL refuses a plain-HTTP authority): client
 *   credentials in, a bearer token out, or Entra's own errors for a wrong
 *   secret, an unknown app or an unknown tenant;
 * - the Bot Framework's OpenID metadata and signing keys (JWKS), with an RSA
 *   key made here, which signs the activities the tests send the bot, as the
 *   Bot Connector signs what Teams sends;
 * - the Bot Connector service (the activities' `serviceUrl`), which records
 *   every reply, post and update the bot makes, and can be slow, rate-limited
 *   or refuse a conversation.
 *
 * Nothing here talks to Microsoft.
 */
import { createPrivateKey, createSign, generateKeyPairSync, randomUUID, type KeyObject } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { generate } from 'selfsigned';

export const APP_ID = '11111111-2222-3333-4444-555555555555';
export const APP_PASSWORD = 'stand-in-client-secret';
export const TENANT_ID = '99999999-8888-7777-6666-555555555555';
export const BOT_NAME = 'Ofsted reports';
/** The issuer the stand-in's activity tokens carry (and the bot is told to expect). */
export const ISSUER = 'https://api.botframework.example';

/** One call the bot made to the Bot Connector. */
export interface ConnectorCall {
  method: string;
  /** The path after the service URL: `/v3/conversations/<id>/activities/<replyTo>`. */
  path: string;
  /** The conversation id in the path, decoded. */
  conversationId: string;
  /** The activity id replied to or updated, decoded, when the path has one. */
  activityId: string | null;
  body: Record<string, unknown>;
  authorization: string | undefined;
  at: number;
}

/** How the connector treats one call; `undefined` answers at once. */
export interface Behaviour {
  delayMs?: number;
  status?: number;
  retryAfterSeconds?: number;
  /** Entra-style error body code for a refusal (e.g. "BotNotInConversationRoster"). */
  errorCode?: string;
}
export type Behave = (call: ConnectorCall) => Behaviour | undefined;

export interface TokenRequest {
  clientId: string;
  tenant: string;
  scope: string;
  /** "secret" or "certificate" (a signed client assertion). */
  credential: 'secret' | 'certificate';
  at: number;
}

export interface TeamsStandIn {
  /** The Bot Connector's base URL: the `serviceUrl` activities carry (ends in "/"). */
  serviceUrl: string;
  /** Entra ID login host for `TEAMS_LOGIN_URL` (HTTPS). */
  loginUrl: string;
  /** OpenID metadata URL for `TEAMS_OPENID_METADATA_URL`. */
  openIdMetadataUrl: string;
  /** The login endpoint's certificate (PEM), to trust in tests. */
  ca: string;
  calls: ConnectorCall[];
  tokenRequests: TokenRequest[];
  /** Decide how connector calls are treated (they are recorded on arrival either way). */
  behave(rule: Behave | null): void;
  /** Sign an activity token as the Bot Connector does (default: for APP_ID, this stand-in's service URL, its key). */
  token(options?: { audience?: string; serviceUrl?: string; issuer?: string; foreignKey?: boolean; expiresInSeconds?: number }): string;
  /** Calls that posted an activity (replies and new posts) to a conversation whose id starts with `conversation`. */
  posts(conversation?: string): ConnectorCall[];
  /** Resolve with the first value `probe` returns that is not undefined, polling until `timeoutMs`. */
  waitFor<T>(probe: () => T | undefined, timeoutMs?: number): Promise<T>;
  reset(): void;
  close(): Promise<void>;
}

/**
 * Access tokens issued by any stand-in in this process. botbuilder caches app tokens process-wide
 * (by app id and scope), so a second stand-in in one process (the benchmark) must accept the first's.
 */
const issuedTokens = new Set<string>();

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(body));
}

const b64url = (data: Buffer | string): string => Buffer.from(data).toString('base64url');

function signJwt(claims: Record<string, unknown>, key: KeyObject, kid: string): string {
  const header = b64url(JSON.stringify({ alg: 'RS256', typ: 'JWT', kid, x5t: kid }));
  const payload = b64url(JSON.stringify(claims));
  const signature = createSign('RSA-SHA256').update(`${header}.${payload}`).sign(key);
  return `${header}.${payload}.${b64url(signature)}`;
}

function listen(server: Server): Promise<number> {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)));
}

/** Start the stand-in. `secret` is the client secret it accepts for APP_ID. */
export async function startTeamsStandIn(options: { secret?: string } = {}): Promise<TeamsStandIn> {
  const secret = options.secret ?? APP_PASSWORD;
  const signing = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const foreign = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const kid = `stand-in-${randomUUID().slice(0, 8)}`;
  const jwk = signing.publicKey.export({ format: 'jwk' }) as { n: string; e: string };
  const calls: ConnectorCall[] = [];
  const tokenRequests: TokenRequest[] = [];
  let rule: Behave | null = null;

  // ---- Bot Connector, OpenID metadata and keys (plain HTTP, as the SDK allows) ----
  const http = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      if (req.method === 'GET' && url.pathname === '/openid/.well-known/openidconfiguration') {
        json(res, 200, { issuer: ISSUER, jwks_uri: `${httpBase}/openid/keys`, id_token_signing_alg_values_supported: ['RS256'] });
        return;
      }
      if (req.method === 'GET' && url.pathname === '/openid/keys') {
        json(res, 200, { keys: [{ kty: 'RSA', use: 'sig', kid, x5t: kid, n: jwk.n, e: jwk.e, endorsements: ['msteams'] }] });
        return;
      }
      const match = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?$/.exec(url.pathname);
      if (match === null) {
        json(res, 404, { error: { code: 'NotFound', message: `no such path ${url.pathname}` } });
        return;
      }
      const text = await readBody(req);
      const call: ConnectorCall = {
        method: req.method ?? 'GET',
        path: url.pathname,
        conversationId: decodeURIComponent(match[1] ?? ''),
        activityId: match[2] === undefined ? null : decodeURIComponent(match[2]),
        body: text === '' ? {} : (JSON.parse(text) as Record<string, unknown>),
        authorization: req.headers.authorization,
        at: performance.now(),
      };
      calls.push(call);
      const bearer = /^Bearer (.+)$/.exec(call.authorization ?? '')?.[1];
      if (bearer === undefined || !issuedTokens.has(bearer)) {
        json(res, 401, { message: 'Authorization has been denied for this request.' });
        return;
      }
      const behaviour = rule?.(call);
      if (behaviour?.delayMs !== undefined) await sleep(behaviour.delayMs);
      if (behaviour?.status !== undefined) {
        const headers: Record<string, string> = behaviour.retryAfterSeconds === undefined ? {} : { 'Retry-After': String(behaviour.retryAfterSeconds) };
        json(res, behaviour.status, { error: { code: behaviour.errorCode ?? 'Throttled', message: `stand-in refused with ${behaviour.status}` } }, headers);
        return;
      }
      if (res.destroyed) return;
      json(res, call.method === 'PUT' ? 200 : 201, { id: `${Date.now()}${Math.floor(Math.random() * 1000)}` });
    })().catch((error: unknown) => json(res, 500, { error: String(error) }));
  });
  const httpPort = await listen(http);
  const httpBase = `http://127.0.0.1:${httpPort}`;

  // ---- Entra ID login (HTTPS, self-signed for 127.0.0.1) ----
  const pems = await generate([{ name: 'commonName', value: '127.0.0.1' }], {
    keySize: 2048,
    notAfterDate: new Date(Date.now() + 24 * 60 * 60_000),
    extensions: [{ name: 'subjectAltName', altNames: [{ type: 7, ip: '127.0.0.1' }] }],
  });
  const https = createHttpsServer({ key: createPrivateKey(pems.private).export({ format: 'pem', type: 'pkcs8' }), cert: pems.cert }, (req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'https://127.0.0.1');
      const openId = /^\/([^/]+)\/v2\.0\/\.well-known\/openid-configuration$/.exec(url.pathname);
      if (req.method === 'GET' && openId !== null) {
        const tenant = openId[1] ?? '';
        if (tenant !== TENANT_ID && tenant !== 'botframework.com') {
          json(res, 400, { error: 'invalid_tenant', error_description: `AADSTS90002: Tenant '${tenant}' not found. Check to make sure you have the correct tenant ID.`, error_codes: [90002] });
          return;
        }
        const base = `${loginBase}/${tenant}`;
        json(res, 200, {
          issuer: `${loginBase}/${tenant}/v2.0`,
          authorization_endpoint: `${base}/oauth2/v2.0/authorize`,
          token_endpoint: `${base}/oauth2/v2.0/token`,
          end_session_endpoint: `${base}/oauth2/v2.0/logout`,
          jwks_uri: `${base}/discovery/v2.0/keys`,
          response_types_supported: ['code', 'token'],
        });
        return;
      }
      const tokenPath = /^\/([^/]+)\/oauth2\/v2\.0\/token$/.exec(url.pathname);
      if (req.method === 'POST' && tokenPath !== null) {
        const form = new URLSearchParams(await readBody(req));
        const clientId = form.get('client_id') ?? '';
        const credential = form.has('client_assertion') ? 'certificate' : 'secret';
        tokenRequests.push({ clientId, tenant: tokenPath[1] ?? '', scope: form.get('scope') ?? '', credential, at: performance.now() });
        if (clientId !== APP_ID) {
          json(res, 400, {
            error: 'unauthorized_client',
            error_description: `AADSTS700016: Application with identifier '${clientId}' was not found in the directory 'stand-in'.`,
            error_codes: [700016],
          });
          return;
        }
        if (credential === 'secret' && form.get('client_secret') !== secret) {
          json(res, 401, { error: 'invalid_client', error_description: 'AADSTS7000215: Invalid client secret provided.', error_codes: [7000215] });
          return;
        }
        const accessToken = `stand-in-access-${randomUUID()}`;
        issuedTokens.add(accessToken);
        json(res, 200, { token_type: 'Bearer', expires_in: 3599, ext_expires_in: 3599, access_token: accessToken });
        return;
      }
      json(res, 404, { error: 'not_found' });
    })().catch((error: unknown) => json(res, 500, { error: String(error) }));
  });
  const loginPort = await listen(https);
  const loginBase = `https://127.0.0.1:${loginPort}`;

  const isPost = (c: ConnectorCall): boolean => c.method === 'POST';
  return {
    serviceUrl: `${httpBase}/`,
    loginUrl: loginBase,
    openIdMetadataUrl: `${httpBase}/openid/.well-known/openidconfiguration`,
    ca: pems.cert,
    calls,
    tokenRequests,
    behave(next) {
      rule = next;
    },
    token(o = {}) {
      const now = Math.floor(Date.now() / 1000);
      const claims = {
        iss: o.issuer ?? ISSUER,
        aud: o.audience ?? APP_ID,
        serviceurl: o.serviceUrl ?? `${httpBase}/`,
        nbf: now - 60,
        iat: now - 60,
        exp: now + (o.expiresInSeconds ?? 3600),
      };
      return signJwt(claims, o.foreignKey === true ? foreign.privateKey : signing.privateKey, kid);
    },
    posts(conversation = '') {
      return calls.filter((c) => isPost(c) && c.conversationId.startsWith(conversation) && c.body['type'] === 'message');
    },
    async waitFor(probe, timeoutMs = 5000) {
      const deadline = performance.now() + timeoutMs;
      for (;;) {
        const value = probe();
        if (value !== undefined) return value;
        if (performance.now() > deadline) throw new Error(`stand-in: nothing arrived within ${timeoutMs} ms`);
        await sleep(10);
      }
    },
    reset() {
      calls.length = 0;
      rule = null;
    },
    async close() {
      http.closeAllConnections();
      https.closeAllConnections();
      await Promise.all([new Promise((r) => http.close(r)), new Promise((r) => https.close(r))]);
    },
  };
}
