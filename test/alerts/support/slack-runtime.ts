/**
 * The bot as `npm start` assembles it (store, reloading index, Slack app,
 * alerts), against the Slack stand-in, with helpers to send it signed
 * commands, events and clicks.
 */
import { pino } from 'pino';
import { startRuntime, type Runtime } from '../../../adapters/runtime.ts';
import { DEFAULT_OFSTED_BASE_URL, type Config } from '../../../adapters/config.ts';
import { SLACK_EVENTS_PATH } from '../../../adapters/slack/app.ts';
import type { StoreLocation } from '../../../adapters/store/open-store.ts';
import { actionBody, commandBody, eventBody, FORM, JSON_TYPE, sendSigned, type ButtonClick } from '../../slack/support/signed-requests.ts';
import type { SlackStandIn } from '../../slack/support/slack-stand-in.ts';

export const SIGNING_SECRET = 'alerts-signing-secret';

export interface SlackBot {
  runtime: Runtime;
  logs: Record<string, unknown>[];
  command(command: string, text: string, channelId: string, responseId: string): Promise<number>;
  event(event: Record<string, unknown>, eventId: string): Promise<number>;
  click(click: ButtonClick): Promise<number>;
  stop(): Promise<void>;
}

/** Start the bot; `update` sets UPDATE_SCHEDULE and OFSTED_BASE_URL (default: no schedule). */
export async function startSlackBot(
  standIn: SlackStandIn,
  location: StoreLocation,
  indexDir: string,
  update: Config['update'] = { baseUrl: DEFAULT_OFSTED_BASE_URL, schedule: null },
): Promise<SlackBot> {
  const logs: Record<string, unknown>[] = [];
  const logger = pino({ level: 'debug' }, { write: (line: string) => void logs.push(JSON.parse(line) as Record<string, unknown>) });
  const runtime = await startRuntime({
    config: {
      logLevel: 'debug',
      logFile: null,
      update,
      web: { port: null, publicUrl: null },
      indexDir,
      indexPollMs: 200,
      answers: { concurrency: 2, queueLimit: 100 },
      store: { dataDir: '', databaseUrl: null },
      slack: { botToken: 'xoxb-alerts', signingSecret: SIGNING_SECRET, appToken: null, port: 0, apiUrl: standIn.apiUrl },
      discord: null,
      teams: null,
    },
    logger,
    host: '127.0.0.1',
    storeLocation: location,
    worker: { pollMs: 50 },
  });
  const url = `http://127.0.0.1:${runtime.slack?.port()}${SLACK_EVENTS_PATH}`;
  const send = async (body: string, type: string) => (await sendSigned(url, body, type, { secret: SIGNING_SECRET })).status;
  return {
    runtime,
    logs,
    command: (command, text, channelId, responseId) =>
      send(commandBody({ command, text, channelId, responseUrl: standIn.responseUrl(responseId) }), FORM),
    event: (event, eventId) => send(eventBody(event, eventId), JSON_TYPE),
    click: (click) => send(actionBody(click), FORM),
    stop: () => runtime.stop(),
  };
}
