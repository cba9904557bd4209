/**
 * `npm run teams-playground`: try the Teams bot without a tenant or an Azure
 * registration, in Microsoft's local Teams emulator, the Microsoft 365 Agents
 * Playground (`@microsoft/m365agentsplayground`, a devDependency from npm).
 *
 * It starts the bot on 127.0.0.1 (TEAMS_PORT, default 3978) with a throwaway
 * in-memory store, then the Playground pointed at it; open the address the
 * Playground prints (http://localhost:56150) and chat as in Teams. The
 * Playground sends activities without Bot Framework tokens, so this bot —
 * and only this one, bound to 127.0.0.1 — takes them unchecked. `npm start`
 * never does: it requires TEAMS_APP_ID and a credential, and refuses
 * unsigned requests with 401.
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { loadCorpus } from '../src/index.ts';
import { createLogger } from '../src/logger.ts';
import { DEFAULT_TEAMS_ENDPOINTS } from '../adapters/config.ts';
import { createTeamsApp } from '../adapters/teams/app.ts';
import { openStore } from '../adapters/store/open-store.ts';

const port = Number(process.env['TEAMS_PORT'] ?? '3978');
const logger = createLogger((process.env['LOG_LEVEL'] as 'info' | undefined) ?? 'info', 'teams-playground');
const corpus = await loadCorpus({ logger });
const store = await openStore({ memory: true }, { logger });
const app = createTeamsApp({
  // No credentials: the Playground neither sends nor checks tokens.
  config: { appId: '', credential: { kind: 'secret', password: '' }, tenantId: null, port, endpoints: DEFAULT_TEAMS_ENDPOINTS },
  corpus,
  logger,
  store,
  localPlaygroundWithoutAuthentication: true,
});
await app.start();

let cli: string;
try {
  cli = path.join(path.dirname(createRequire(import.meta.url).resolve('@microsoft/m365agentsplayground/package.json')), 'cli.js');
} catch {
  process.stderr.write('The Agents Playground is not installed: run npm install (it is a devDependency).\n');
  process.exit(1);
}
const playground = spawn(process.execPath, [cli, '--app-endpoint', `http://127.0.0.1:${port}/api/messages`, '--channel-id', 'msteams', '--disable-telemetry'], { stdio: 'inherit' });
const stop = async (): Promise<void> => {
  playground.kill('SIGTERM');
  await app.stop();
  await store.close();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
playground.on('exit', (code) => {
  process.stderr.write(`The Agents Playground exited (${code ?? 'signal'}).\n`);
  void stop();
});
