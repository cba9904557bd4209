/**
 * Who the Teams bot is, both ways, with botbuilder's own classes:
 *
 * - incoming: every activity's bearer token is checked against the Bot
 *   Framework's OpenID signing keys, issuer, audience (TEAMS_APP_ID) and the
 *   activity's service URL (`ConfigurationBotFrameworkAuthentication`). With
 *   an app id set, botbuilder never turns this off; nothing in the
 *   configuration can, and {@link teamsAuthentication} refuses to build
 *   without one.
 * - outgoing: replies and alerts carry a token from Microsoft Entra ID for
 *   the app registration, by client secret or certificate, through MSAL
 *   (`MsalServiceClientCredentialsFactory`). A single-tenant app
 *   (TEAMS_TENANT_ID) gets its tokens from its own tenant.
 *
 * The MSAL client is built here rather than by botbuilder so the login host
 * can be a local stand-in in tests (`knownAuthorities`, a trusted test CA).
 */
import type { AgentOptions } from 'node:https';
import { ConfidentialClientApplication, type Configuration } from '@azure/msal-node';
import { ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import { AuthenticationConstants, MsalServiceClientCredentialsFactory, type ServiceClientCredentialsFactory } from 'botframework-connector';
import { ConfigError, type TeamsConfig } from '../config.ts';

/** The Bot Framework's own tenant, which multi-tenant registrations get their tokens from. */
const MULTI_TENANT = 'botframework.com';

export interface TeamsAuthOptions {
  /** TLS options for the login host (tests: the stand-in's CA). Never set in production. */
  loginTls?: AgentOptions;
}

export interface TeamsAuth {
  authentication: ConfigurationBotFrameworkAuthentication;
  credentials: ServiceClientCredentialsFactory;
  /** Get a token now; a credential Entra ID refuses is a {@link ConfigError} naming the variable. */
  check(): Promise<void>;
}

/** The authority tokens come from: the app's tenant, or the Bot Framework's for a multi-tenant app. */
function authority(config: TeamsConfig): string {
  return `${config.endpoints.loginUrl}/${config.tenantId ?? MULTI_TENANT}`;
}

function msalClient(config: TeamsConfig, options: TeamsAuthOptions): ConfidentialClientApplication {
  const host = new URL(config.endpoints.loginUrl).host;
  const auth: Configuration['auth'] = {
    clientId: config.appId,
    authority: authority(config),
    // MSAL knows Microsoft's own login hosts; another (a sovereign cloud, a test stand-in) must be named,
    // or MSAL asks login.microsoftonline.com about it first.
    ...(host === 'login.microsoftonline.com' ? {} : { knownAuthorities: [host] }),
    ...(config.credential.kind === 'secret'
      ? { clientSecret: config.credential.password }
      : { clientCertificate: { thumbprint: config.credential.thumbprint, privateKey: config.credential.privateKey } }),
  };
  return new ConfidentialClientApplication({
    auth,
    system: { ...(options.loginTls === undefined ? {} : { customAgentOptions: options.loginTls }) },
  });
}

/** The incoming check and the outgoing credentials for `config`. */
export function teamsAuthentication(config: TeamsConfig, options: TeamsAuthOptions = {}): TeamsAuth {
  if (config.appId.trim() === '') throw new ConfigError('Config: TEAMS_APP_ID is required to run the Teams bot; without it incoming requests could not be checked.');
  const client = msalClient(config, options);
  // The same MSAL class; TypeScript sees its ESM and CommonJS declarations as two (botbuilder loads the latter).
  const credentials = new MsalServiceClientCredentialsFactory(config.appId, client as unknown as ConstructorParameters<typeof MsalServiceClientCredentialsFactory>[1]);
  const authentication = new ConfigurationBotFrameworkAuthentication(
    {
      MicrosoftAppId: config.appId,
      ...(config.tenantId === null ? {} : { MicrosoftAppTenantId: config.tenantId }),
      ToBotFromChannelOpenIdMetadataUrl: config.endpoints.openIdMetadataUrl,
      ToBotFromChannelTokenIssuer: config.endpoints.tokenIssuer,
      // Emulator tokens are checked against the same keys: the Bot Framework Emulator is not a way in.
      ToBotFromEmulatorOpenIdMetadataUrl: config.endpoints.openIdMetadataUrl,
      ToChannelFromBotLoginUrl: authority(config),
      ToChannelFromBotOAuthScope: AuthenticationConstants.ToChannelFromBotOAuthScope,
      CallerId: 'urn:botframework:azure',
      ValidateAuthority: true,
    },
    credentials,
  );
  return {
    authentication,
    credentials,
    async check() {
      try {
        await client.acquireTokenByClientCredential({ scopes: [`${AuthenticationConstants.ToChannelFromBotOAuthScope}/.default`], skipCache: true });
      } catch (error) {
        throw rejectedCredential(error, config) ?? error;
      }
    },
  };
}

/** A {@link ConfigError} naming the variable when Entra ID refused the credential, else null. */
export function rejectedCredential(error: unknown, config: Pick<TeamsConfig, 'credential' | 'tenantId'>): ConfigError | null {
  const e = error as { errorCode?: unknown; errorMessage?: unknown; message?: unknown } | null;
  const text = `${String(e?.errorCode ?? '')} ${String(e?.errorMessage ?? e?.message ?? '')}`;
  const secret = config.credential.kind === 'secret' ? 'TEAMS_APP_PASSWORD' : 'TEAMS_CERTIFICATE_THUMBPRINT and TEAMS_CERTIFICATE_KEY_FILE';
  const code = /AADSTS(\d+)/.exec(text)?.[1];
  if (code === '7000215' || code === '7000222' || code === '700027' || code === '700023' || /invalid_client/.test(text)) {
    return new ConfigError(
      `${secret} was rejected by Microsoft Entra ID (AADSTS${code ?? '?'}). Put a current client secret (or the certificate) of the app registration (Certificates & secrets) in .env.`,
    );
  }
  if (code === '700016' || /unauthorized_client/.test(text)) {
    return new ConfigError(`TEAMS_APP_ID was rejected by Microsoft Entra ID (AADSTS${code ?? '?'}: no such application in the tenant). Use the Azure Bot's Microsoft App ID.`);
  }
  if (code === '90002' || code === '900023' || /endpoints_resolution_error|invalid_tenant/.test(text)) {
    return new ConfigError(
      config.tenantId === null
        ? `Microsoft Entra ID could not be reached for the multi-tenant login (${code === undefined ? 'endpoint resolution failed' : `AADSTS${code}`}). Set TEAMS_TENANT_ID for a single-tenant app.`
        : `TEAMS_TENANT_ID was rejected by Microsoft Entra ID (${code === undefined ? 'the tenant could not be found' : `AADSTS${code}`}). Use the Directory (tenant) ID of the app registration.`,
    );
  }
  return null;
}
