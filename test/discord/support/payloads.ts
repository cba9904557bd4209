/**
 * Gateway payloads as Discord sends them: interactions (slash command,
 * autocomplete, button) and messages (guild mention, DM, from a bot).
 */
import {
  APPLICATION_ID,
  BOT_USER_ID,
  CHANNEL_ID,
  DM_CHANNEL_ID,
  GUILD_ID,
  OTHER_BOT_ID,
  snowflake,
  USER_ID,
} from './discord-stand-in.ts';

export const user = { id: USER_ID, username: 'social.worker', discriminator: '0', global_name: 'Sam', avatar: null };
const bot = { id: BOT_USER_ID, username: 'ofsted-bot', discriminator: '0', global_name: null, avatar: null, bot: true };
const member = (u: object) => ({
  user: u,
  roles: [],
  joined_at: '2024-01-01T00:00:00.000Z',
  deaf: false,
  mute: false,
  flags: 0,
  permissions: '2248473465835073',
});

export interface CommandOption {
  name: string;
  type: number;
  value: string | number | boolean;
  focused?: boolean;
}

/** Option types, as in the API. */
export const OPTION = { string: 3, integer: 4, boolean: 5 } as const;

function base(type: number, data: unknown, dm: boolean): Record<string, unknown> {
  const common = {
    id: snowflake(),
    application_id: APPLICATION_ID,
    type,
    token: `token-${snowflake()}`,
    version: 1,
    data,
    locale: 'en-GB',
    app_permissions: '2248473465835073',
    entitlements: [],
    authorizing_integration_owners: { '0': GUILD_ID },
    attachment_size_limit: 10485760,
  };
  return dm
    ? { ...common, channel_id: DM_CHANNEL_ID, channel: { id: DM_CHANNEL_ID, type: 1 }, user, context: 1 }
    : {
        ...common,
        guild_id: GUILD_ID,
        guild_locale: 'en-GB',
        channel_id: CHANNEL_ID,
        channel: { id: CHANNEL_ID, type: 0, guild_id: GUILD_ID, name: 'general' },
        member: member(user),
        guild: { id: GUILD_ID, locale: 'en-GB', features: [] },
        context: 0,
      };
}

/** A slash command interaction (type 2). */
export function command(name: string, options: CommandOption[] = [], { dm = false } = {}): Record<string, any> {
  return base(2, { id: snowflake(), name, type: 1, options }, dm);
}

/** An autocomplete interaction (type 4) with `focused` marking the typed option. */
export function autocomplete(name: string, options: CommandOption[]): Record<string, any> {
  return base(4, { id: snowflake(), name, type: 1, options }, false);
}

/** A button click (type 3) on `message` (a message object the bot sent, see {@link botMessage}). */
export function button(customId: string, message: Record<string, unknown>): Record<string, any> {
  return { ...base(3, { custom_id: customId, component_type: 2 }, false), message };
}

/** A message the bot sent in the channel, as a button click carries it; `fields` override the defaults. */
export function botMessage(fields: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: snowflake(),
    channel_id: CHANNEL_ID,
    type: 0,
    content: '',
    embeds: [],
    components: [],
    author: bot,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    attachments: [],
    mentions: [],
    mention_roles: [],
    mention_everyone: false,
    pinned: false,
    tts: false,
    flags: 0,
    ...fields,
  };
}

interface MessageOptions {
  dm?: boolean;
  fromBot?: boolean;
  fromSelf?: boolean;
  mentionBot?: boolean;
}

/** A MESSAGE_CREATE payload. */
export function message(content: string, { dm = false, fromBot = false, fromSelf = false, mentionBot = !dm }: MessageOptions = {}) {
  const author = fromSelf ? bot : fromBot ? { ...bot, id: OTHER_BOT_ID, username: 'other-bot' } : user;
  return {
    id: snowflake(),
    channel_id: dm ? DM_CHANNEL_ID : CHANNEL_ID,
    ...(dm ? { channel_type: 1 } : { guild_id: GUILD_ID, channel_type: 0, member: { ...member(author), user: undefined } }),
    author,
    content,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: mentionBot ? [bot] : [],
    mention_roles: [],
    attachments: [],
    embeds: [],
    components: [],
    pinned: false,
    type: 0,
    flags: 0,
  };
}
