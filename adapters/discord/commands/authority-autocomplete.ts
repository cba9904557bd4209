/**
 * Autocomplete for `authority:` options: the corpus's authority names that
 * best match what has been typed so far.
 */
import type { AutocompleteInteraction } from 'discord.js';
import type { Corpus } from '../../../src/answer-types.ts';

/** Discord shows at most 25 choices. */
const MAX_CHOICES = 25;

/** Names matching `typed`: prefix matches first, then word-prefix, then anywhere; at most 25. */
export function matchAuthorities(names: readonly string[], typed: string): string[] {
  const query = typed.trim().toLowerCase();
  if (query === '') return names.slice(0, MAX_CHOICES);
  const rank = (name: string): number => {
    const n = name.toLowerCase();
    if (n.startsWith(query)) return 0;
    if (n.split(/[\s-]+/).some((word) => word.startsWith(query))) return 1;
    if (n.includes(query)) return 2;
    return 3;
  };
  return names
    .map((name) => ({ name, rank: rank(name) }))
    .filter((entry) => entry.rank < 3)
    .sort((a, b) => a.rank - b.rank || a.name.localeCompare(b.name))
    .slice(0, MAX_CHOICES)
    .map((entry) => entry.name);
}

/** Respond to an autocomplete on an authority option. */
export async function autocompleteAuthority(interaction: AutocompleteInteraction, corpus: Corpus): Promise<void> {
  const typed = String(interaction.options.getFocused());
  const names = matchAuthorities(corpus.authorities(), typed);
  await interaction.respond(names.map((name) => ({ name: name.slice(0, 100), value: name.slice(0, 100) })));
}
