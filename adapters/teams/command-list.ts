/**
 * The commands the Teams bot understands, typed as the first word of a
 * message to it ("judgement Bury care leavers"). The app manifest's command
 * list, the help card and the parser all read this one list (a test checks
 * the manifest), and the set is the Slack app's.
 */

export interface TeamsCommand {
  /** The word that starts the message. */
  name: 'judgement' | 'compare' | 'improve' | 'follow' | 'unfollow' | 'following' | 'settings' | 'help';
  /** What follows the word, for help texts. */
  usage: string;
  /** The manifest's description (Teams shows at most 128 characters). */
  description: string;
}

export const TEAMS_COMMANDS: readonly TeamsCommand[] = [
  { name: 'judgement', usage: 'judgement <authority | region | neighbours of <authority>> [area] [year]', description: "Ofsted's grades for an authority, latest first: judgement Bury care leavers" },
  { name: 'compare', usage: 'compare <authorities...> [topic]', description: 'Latest grades side by side, with the best paragraph from each: compare Leeds Bury care leavers' },
  { name: 'improve', usage: 'improve <authority>', description: "The latest report's \"What needs to improve\" list: improve Southend" },
  { name: 'follow', usage: 'follow <authority | region | neighbours of <authority> | all> [topic words]', description: 'Post new Ofsted reports on it in this channel: follow Oldham' },
  { name: 'unfollow', usage: 'unfollow <authority | region | neighbours of <authority> | all>', description: 'Stop posting new reports on it here: unfollow Oldham' },
  { name: 'following', usage: 'following', description: "What this channel follows, and its authority" },
  { name: 'settings', usage: 'settings authority <name | none>', description: "This channel's authority, for questions that name none: settings authority Bury" },
  { name: 'help', usage: 'help', description: 'What I can do, and the reports I know' },
];

/** The channel commands' names, as the shared channel command texts mention them. */
export const TEAMS_CHANNEL_COMMAND_NAMES = { follow: 'follow', unfollow: 'unfollow', following: 'following', settings: 'settings' } as const;

/** The command a message starts with (a leading "/" allowed), and the rest; null for a question. */
export function parseCommand(text: string): { command: TeamsCommand; rest: string } | null {
  const match = /^\/?([a-z]+)\b\s*([\s\S]*)$/i.exec(text.trim());
  if (match === null) return null;
  const command = TEAMS_COMMANDS.find((c) => c.name === (match[1] ?? '').toLowerCase());
  return command === undefined ? null : { command, rest: (match[2] ?? '').trim() };
}
