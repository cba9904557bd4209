/**
 * The slash commands the app registers. `manifest.json` must list exactly
 * these (a test checks), and the README documents them.
 */

/** Ask a question; answered privately first, with a "Share in channel" button. */
export const ASK_COMMAND = '/ofsted';
/** Grades of the latest inspection and the history: `/judgement <authority | region | neighbours of X> [area] [year]`. */
export const JUDGEMENT_COMMAND = '/judgement';
/** Latest grades side by side, with the best paragraph from each on a topic: `/compare Leeds Bury care leavers`. */
export const COMPARE_COMMAND = '/compare';
/** The latest "What needs to improve" list: `/improve <authority>`. */
export const IMPROVE_COMMAND = '/improve';
/** How to use the bot, and which authorities it knows. */
export const HELP_COMMAND = '/ofsted-help';

/** Follow an authority, region, neighbours or all, for alerts in this channel: `/ofsted-follow <target> [topic words]`. */
export const FOLLOW_COMMAND = '/ofsted-follow';
/** Stop following: `/ofsted-unfollow <target>`. */
export const UNFOLLOW_COMMAND = '/ofsted-unfollow';
/** List this channel's follows. */
export const FOLLOWING_COMMAND = '/ofsted-following';
/** Channel settings: `/ofsted-settings authority <name>`. */
export const SETTINGS_COMMAND = '/ofsted-settings';

/** Every command, in the order the help text lists them. */
export const COMMANDS = [
  ASK_COMMAND,
  JUDGEMENT_COMMAND,
  COMPARE_COMMAND,
  IMPROVE_COMMAND,
  HELP_COMMAND,
  FOLLOW_COMMAND,
  UNFOLLOW_COMMAND,
  FOLLOWING_COMMAND,
  SETTINGS_COMMAND,
] as const;

/** The channel command names, for the shared channel command texts. */
export const CHANNEL_COMMAND_NAMES = {
  follow: FOLLOW_COMMAND,
  unfollow: UNFOLLOW_COMMAND,
  following: FOLLOWING_COMMAND,
  settings: SETTINGS_COMMAND,
} as const;
