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

/** Every command, in the order the help text lists them. */
export const COMMANDS = [ASK_COMMAND, JUDGEMENT_COMMAND, COMPARE_COMMAND, IMPROVE_COMMAND, HELP_COMMAND] as const;
