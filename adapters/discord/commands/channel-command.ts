/**
 * The shared body of the channel commands (/follow, /unfollow, /following,
 * /settings): run the platform-neutral command against the store and reply,
 * for the whole channel when something changed, privately otherwise. Also
 * the autocomplete for follow targets.
 */
import { MessageFlags, type AutocompleteInteraction, type ChatInputCommandInteraction } from 'discord.js';
import { AUTHORITIES, REGIONS } from '../../../src/authorities.ts';
import { describeTarget } from '../../../src/index.ts';
import type { ChannelReply } from '../../channels/channel-commands.ts';
import type { Store } from '../../store/open-store.ts';
import { LIMITS, truncate } from '../format/limits.ts';
import { escapeText } from '../format/markdown.ts';
import { sendNote } from '../respond.ts';
import { matchAuthorities } from './authority-autocomplete.ts';
import type { BotContext } from './types.ts';

/** Discord's names for the channel commands, as the shared texts mention them. */
export const DISCORD_CHANNEL_COMMANDS = { follow: '/follow', unfollow: '/unfollow', following: '/following', settings: '/settings' } as const;

/** Run a channel command in a server channel and reply. */
export async function runChannelCommand(
  interaction: ChatInputCommandInteraction,
  context: BotContext,
  run: (store: Store, channelId: string) => Promise<ChannelReply>,
): Promise<void> {
  if (context.store === null) {
    await sendNote(interaction, 'Follows, settings and feedback need the bot to run with its store.');
    return;
  }
  if (!interaction.inGuild()) {
    await sendNote(interaction, 'Follows and settings belong to a server channel: use this command in one.');
    return;
  }
  const reply = await run(context.store, interaction.channelId);
  const content = truncate(escapeText(reply.text), LIMITS.content);
  await interaction.reply(reply.public ? { content } : { content, flags: MessageFlags.Ephemeral });
}

/** Every current authority's name, once. */
const AUTHORITY_NAMES = AUTHORITIES.filter((a) => a.until === null).map((a) => a.name);

/** Suggestions for a follow target: regions, "all", authorities, and "neighbours of" them. */
export function followTargets(typed: string): string[] {
  const text = typed.trim();
  const neighbours = /^neighbou?rs?(\s+of)?\s*(.*)$/i.exec(text);
  if (neighbours !== null) return matchAuthorities(AUTHORITY_NAMES, neighbours[2] ?? '').map((name) => `neighbours of ${name}`);
  const fixed = ['all', ...REGIONS].filter((t) => text === '' || t.toLowerCase().includes(text.toLowerCase()));
  return [...fixed, ...matchAuthorities(AUTHORITY_NAMES, text)].slice(0, 25);
}

/** Autocomplete on a follow target option. */
export async function autocompleteFollowTarget(interaction: AutocompleteInteraction): Promise<void> {
  const choices = followTargets(String(interaction.options.getFocused()));
  await interaction.respond(choices.map((name) => ({ name: name.slice(0, 100), value: name.slice(0, 100) })));
}

/** Autocomplete on /unfollow: what the channel follows. */
export async function autocompleteFollowed(interaction: AutocompleteInteraction, { store }: BotContext): Promise<void> {
  if (store === null || interaction.channelId === null) {
    await interaction.respond([]);
    return;
  }
  const typed = String(interaction.options.getFocused()).toLowerCase();
  const follows = await store.follows.list('discord', interaction.channelId);
  const values = follows.map((f) => (f.target.kind === 'neighbours' ? `neighbours of ${f.target.name}` : f.target.kind === 'all' ? 'all' : f.target.name));
  await interaction.respond(
    follows
      .map((f, i) => ({ name: describeTarget(f.target).slice(0, 100), value: (values[i] ?? '').slice(0, 100) }))
      .filter((c) => c.name.toLowerCase().includes(typed) || c.value.toLowerCase().includes(typed))
      .slice(0, 25),
  );
}
