/**
 * The channel commands, the same on every platform: follow, unfollow, list
 * follows, and set the channel's default authority. Each returns plain text
 * and whether it is for the whole channel (a change everyone should see) or
 * only for the person who typed it (a mistake to correct). Adapters only
 * deliver the text.
 */
import { describeTarget, FOLLOW_USAGE, parseFollow, type FollowTarget } from '../../src/index.ts';
import { resolveAuthority } from '../../src/authorities.ts';
import type { Follow, Platform } from '../store/follows.ts';
import type { Store } from '../store/open-store.ts';

/** What to say, and to whom. */
export interface ChannelReply {
  /** True: post for the whole channel. False: show only to the person who typed the command. */
  public: boolean;
  text: string;
}

export interface ChannelCommandNames {
  follow: string;
  unfollow: string;
  following: string;
  settings: string;
}

function followLine(follow: Follow): string {
  const topics = follow.topics === '' ? '' : `, quoting paragraphs on "${follow.topics}"`;
  const off = follow.enabled ? '' : ` (paused: ${follow.disabledReason ?? 'delivery failed'}; follow it again to resume)`;
  return `• ${describeTarget(follow.target)}${topics}${off}`;
}

/** `follow <target> [topics]`. */
export async function follow(store: Store, platform: Platform, channelId: string, text: string, names: ChannelCommandNames): Promise<ChannelReply> {
  const parsed = parseFollow(text);
  if (!parsed.ok) {
    const hint = parsed.suggestions.length > 0 ? '' : ` Use ${names.follow} ${FOLLOW_USAGE}.`;
    return { public: false, text: `${parsed.message}${hint}` };
  }
  const { target, topics } = parsed.follow;
  const { created } = await store.follows.add(platform, channelId, target, topics);
  const about = topics === '' ? '' : ` Alerts will quote up to three paragraphs on "${topics}".`;
  return {
    public: true,
    text:
      `${created ? 'This channel now follows' : 'This channel already followed'} ${describeTarget(target)}` +
      `${created ? '' : ' (updated)'}: a new Ofsted report on ${target.kind === 'authority' ? 'it' : 'any of them'} will be posted here.${about}` +
      ` ${names.following} lists this channel's follows; ${names.unfollow} stops one.`,
  };
}

/** `unfollow <target>` (topic words, if typed, are ignored). */
export async function unfollow(store: Store, platform: Platform, channelId: string, text: string, names: ChannelCommandNames): Promise<ChannelReply> {
  const parsed = parseFollow(text);
  if (!parsed.ok) return { public: false, text: `${parsed.message} Use ${names.unfollow} ${FOLLOW_USAGE}.` };
  const target: FollowTarget = parsed.follow.target;
  const removed = await store.follows.remove(platform, channelId, target);
  if (!removed) {
    const list = await following(store, platform, channelId, names);
    return { public: false, text: `This channel does not follow ${describeTarget(target)}. ${list.text}` };
  }
  return { public: true, text: `This channel no longer follows ${describeTarget(target)}.` };
}

/** `following`: the channel's follows. */
export async function following(store: Store, platform: Platform, channelId: string, names: ChannelCommandNames): Promise<ChannelReply> {
  const follows = await store.follows.list(platform, channelId);
  const authority = await store.settings.defaultAuthority(platform, channelId);
  const setting = authority === null ? '' : `\nThis channel's authority: ${authority}.`;
  if (follows.length === 0) {
    return { public: false, text: `This channel follows nothing yet. Try ${names.follow} Bury, ${names.follow} North West, or ${names.follow} neighbours of Bury care leavers.${setting}` };
  }
  return { public: false, text: `This channel follows:\n${follows.map(followLine).join('\n')}${setting}` };
}

/** `settings authority <name>` (or `settings authority none`), or `settings` to show them. */
export async function settings(store: Store, platform: Platform, channelId: string, text: string, names: ChannelCommandNames): Promise<ChannelReply> {
  const match = /^\s*authority\b\s*(.*)$/i.exec(text);
  const current = await store.settings.defaultAuthority(platform, channelId);
  if (match === null) {
    const shown = current === null ? 'none' : current;
    return { public: false, text: `This channel's authority: ${shown}. Set it with ${names.settings} authority <name> (or none to clear it).` };
  }
  const name = (match[1] ?? '').trim();
  if (name === '' ) return { public: false, text: `Which authority? Use ${names.settings} authority <name>.` };
  if (/^(none|clear|off)$/i.test(name)) {
    await store.settings.setDefaultAuthority(platform, channelId, null);
    return { public: true, text: 'This channel no longer has a default authority: questions must name one.' };
  }
  const resolved = resolveAuthority(name);
  if (resolved.authority === null) return { public: false, text: resolved.message };
  await store.settings.setDefaultAuthority(platform, channelId, resolved.authority.name);
  return {
    public: true,
    text: `This channel's authority is now ${resolved.authority.name}: a question here that names no authority is answered for ${resolved.authority.name}.`,
  };
}
