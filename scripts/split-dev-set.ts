/**
 * `npm run split-dev-set`: gives every development question without a half
 * one, and never moves a question that has one (scripts/dev-set.ts).
 *
 * New questions are shared out so that the two halves end up near the same
 * size (see MAX_HELD_BACK_SHARE), in the same proportion within each file and each question's first kind
 * (so every kind is reported on both halves), in an order fixed by a hash of
 * the question's text: the split is the same whoever runs it.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { DEV_SET_DIR, type Half } from './dev-set.ts';

interface RawQuestion {
  question: string;
  kinds?: string[];
  half?: Half;
  [key: string]: unknown;
}

/** FNV-1a, 32 bits: a stable order that owes nothing to who wrote what first. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** One question a line, so a diff shows which questions changed. */
function serialise(description: unknown, questions: readonly RawQuestion[]): string {
  // The question, its kinds and half first, then whatever else it carries.
  const lines = questions.map((q) => `    ${JSON.stringify(Object.assign({ question: '', kinds: [] as string[], half: q.half }, q))}`);
  return `{\n  "description": ${JSON.stringify(description)},\n  "questions": [\n${lines.join(',\n')}\n  ]\n}\n`;
}

const files = (await readdir(DEV_SET_DIR)).filter((n) => n.endsWith('.json')).sort();
const parsed = await Promise.all(
  files.map(async (file) => ({ file, data: JSON.parse(await readFile(path.join(DEV_SET_DIR, file), 'utf8')) as { description?: unknown; questions: RawQuestion[] } })),
);
const all = parsed.flatMap((p) => p.data.questions);
const unassigned = all.filter((q) => q.half === undefined);
const heldAlready = all.filter((q) => q.half === 'held-back').length;
/**
 * New questions go to the held-back half in the share that evens the halves,
 * but never more than {@link MAX_HELD_BACK_SHARE}: the tuning half needs some
 * of every new file too (the first questions, all tuned to, sit in the tuning half).
 */
const MAX_HELD_BACK_SHARE = 0.6;
const share = unassigned.length === 0 ? 0 : Math.min(MAX_HELD_BACK_SHARE, Math.max(0, (all.length / 2 - heldAlready) / unassigned.length));

// Strata: file × first kind; within each, hash order, and error diffusion gives each stratum the same share.
const strata = new Map<string, RawQuestion[]>();
for (const { file, data } of parsed) {
  for (const q of data.questions) {
    if (q.half !== undefined) continue;
    const key = `${file} ${q.kinds?.[0] ?? ''}`;
    strata.set(key, [...(strata.get(key) ?? []), q]);
  }
}
for (const questions of strata.values()) {
  let carried = 0.5;
  for (const q of [...questions].sort((a, b) => hash(a.question) - hash(b.question))) {
    carried += share;
    if (carried >= 1) {
      q.half = 'held-back';
      carried -= 1;
    } else {
      q.half = 'tuning';
    }
  }
}
for (const { file, data } of parsed) await writeFile(path.join(DEV_SET_DIR, file), serialise(data.description, data.questions));
const held = all.filter((q) => q.half === 'held-back').length;
process.stdout.write(`${unassigned.length} new questions split; ${all.length - held} tuning, ${held} held-back.\n`);
