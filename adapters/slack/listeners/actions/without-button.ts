/**
 * Remove one button from a message's blocks (and its actions block if that
 * leaves it empty), e.g. a "More results" that has been used.
 */
import type { KnownBlock } from '../../format/limits.ts';

export function withoutButton(blocks: readonly KnownBlock[], actionId: string): KnownBlock[] {
  const out: KnownBlock[] = [];
  for (const block of blocks) {
    if (block.type !== 'actions') {
      out.push(block);
      continue;
    }
    const elements = block.elements.filter((element) => !('action_id' in element) || element.action_id !== actionId);
    if (elements.length > 0) out.push({ ...block, elements });
  }
  return out;
}
