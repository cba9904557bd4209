/**
 * The evidence `npm run propose-vocabulary` reads from the indexed reports
 * (see scripts/propose-vocabulary.ts): abbreviations the reports define, and
 * words of the older and newer frameworks that keep the same company.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { splitWords } from '../src/search/tokenize.ts';
import { ABBREVIATIONS, SYNONYMS, SECTOR_STOP_WORDS } from '../src/search/vocabulary.ts';


export interface Paragraph {
  reportId: string;
  label: string;
  year: number;
  /** Opening and closing matter (the team, the dates, the area's figures): its words are of the report's format, not its findings. */
  about: boolean;
  text: string;
}

/** Every indexed paragraph, with its report's year (inspection start, else publication). */
export async function readParagraphs(dir: string): Promise<Paragraph[]> {
  const reportsDir = path.join(dir, 'reports');
  const names = (await readdir(reportsDir)).filter((n) => n.endsWith('.json')).sort();
  if (names.length === 0) throw new Error(`propose-vocabulary: no reports in ${reportsDir}; expected the index's parsed reports (run npm run build-index).`);
  const out: Paragraph[] = [];
  for (const name of names) {
    const report = JSON.parse(await readFile(path.join(reportsDir, name), 'utf8')) as {
      id: string;
      inspectionStart: string | null;
      published: string | null;
      paragraphs: Array<{ label: string; kind: string; text: string }>;
    };
    const year = Number((report.inspectionStart ?? report.published ?? '').slice(0, 4));
    if (!Number.isInteger(year) || year < 2000) continue;
    for (const p of report.paragraphs) out.push({ reportId: report.id, label: p.label, year, about: p.kind === 'about', text: p.text });
  }
  return out;
}

/** Lower case, punctuation as spaces: how vocabulary.ts writes its phrases. */
const plain = (s: string): string => splitWords(s).map((w) => w.word).join(' ');

/** Every single-word and multi-word form the vocabulary holds. */
const KNOWN_WORDS = new Set([...ABBREVIATIONS, ...SYNONYMS].flatMap((c) => c.words));
const KNOWN_PHRASES = new Set([...ABBREVIATIONS, ...SYNONYMS].flatMap((c) => c.phrases));

// ---------------------------------------------------------------------------
// 1. Abbreviations the reports define

/** Words an expansion may skip when spelling the letters ("child and adolescent mental health services"). */
const SKIPPABLE = new Set(['and', 'of', 'the', 'for', 'in', 'or', 'to', 'with', 'on', 'at', 'a']);

/** "(MASH)", "(IROs)", "(EHCP)": two to eight capitals or digits, a plural "s" allowed. */
const BRACKETED = /\(([A-Z][A-Z0-9&]{1,7})(s?)\)/g;

/** The long form before `at` in `text` whose initials spell `letters`, or undefined. */
export function expansionBefore(text: string, at: number, letters: string): string | undefined {
  const words = text.slice(Math.max(0, at - 160), at).split(/[^\p{L}\p{N}'’]+/u).filter((w) => w !== '');
  const wanted = letters.toLowerCase().replace(/[^a-z0-9]/g, '');
  let k = wanted.length - 1;
  let i = words.length - 1;
  const taken: string[] = [];
  while (k >= 0 && i >= 0) {
    const word = (words[i] as string).toLowerCase();
    if (word[0] === wanted[k]) {
      taken.unshift(word);
      k -= 1;
    } else if (SKIPPABLE.has(word) && taken.length > 0) {
      taken.unshift(word);
    } else {
      return undefined;
    }
    i -= 1;
  }
  return k < 0 && taken.length >= 2 ? taken.join(' ') : undefined;
}

export interface Definition {
  abbreviation: string;
  forms: Map<string, number>;
  reports: Set<string>;
  years: number[];
  example: string;
}

export function definedAbbreviations(paragraphs: readonly Paragraph[]): Definition[] {
  const found = new Map<string, Definition>();
  for (const p of paragraphs) {
    for (const match of p.text.matchAll(BRACKETED)) {
      const letters = match[1] as string;
      const form = expansionBefore(p.text, match.index ?? 0, letters);
      if (form === undefined) continue;
      const key = letters.toLowerCase();
      const entry: Definition = found.get(key) ?? { abbreviation: letters, forms: new Map(), reports: new Set(), years: [], example: `${p.reportId} ${p.label}` };
      entry.forms.set(form, (entry.forms.get(form) ?? 0) + 1);
      entry.reports.add(p.reportId);
      entry.years.push(p.year);
      found.set(key, entry);
    }
  }
  return [...found.values()].sort((a, b) => b.reports.size - a.reports.size || a.abbreviation.localeCompare(b.abbreviation));
}

export function isKnown(d: Definition): boolean {
  const key = d.abbreviation.toLowerCase();
  if (KNOWN_WORDS.has(key) || KNOWN_WORDS.has(`${key}s`)) return true;
  return [...d.forms.keys()].some((form) => KNOWN_PHRASES.has(plain(form)));
}

// ---------------------------------------------------------------------------
// 2. Words that changed with the years

/** Reports before this year are the older frameworks' (SIF, LAC and safeguarding 2012); from the next, ILACS. */
export const OLD_BEFORE = 2018;
export const NEW_FROM = 2019;
/** A unit counts when this many paragraphs hold it. */
export const MIN_PARAGRAPHS = 25;
/** Share of a unit's (era-size-normalised) use in one era for it to belong to that era. */
export const ERA_SKEW = 0.85;
/** Context words are the common words used about as much in both eras (this share either way of a half). */
const NEUTRAL = 0.15;
const CONTEXT_WORDS = 3000;
/** Nearest neighbours averaged for a unit's hubness (CSLS). */
const HUB_NEIGHBOURS = 10;

const STOP = new Set([...SECTOR_STOP_WORDS, ...SKIPPABLE,
  ...'a an and are as at be but by for from has have how if in into is it its of on or so than that the their them then there these they this to was were what when where which who why will with would do does did any all can could should been being not no'.split(' ')]);

/** A paragraph's words (stop words dropped, digits dropped) and two-word phrases, once each. */
function unitsOf(text: string): { words: Set<string>; units: Set<string> } {
  const raw = splitWords(text).map((w) => w.word).filter((w) => !/^\d+$/.test(w));
  const words = new Set(raw.filter((w) => !STOP.has(w) && w.length > 1));
  const units = new Set(words);
  for (let i = 0; i + 1 < raw.length; i++) {
    const a = raw[i] as string;
    const b = raw[i + 1] as string;
    if (!STOP.has(a) && !STOP.has(b)) units.add(`${a} ${b}`);
  }
  return { words, units };
}

export interface DriftPair {
  old: string;
  new: string;
  cosine: number;
  /** The cosine less each side's closeness to its nearest neighbours on the other side (see driftPairs). */
  csls: number;
  oldCounts: [number, number];
  newCounts: [number, number];
}

export function driftPairs(paragraphs: readonly Paragraph[]): DriftPair[] {
  const read = paragraphs.filter((p) => !p.about && (p.year < OLD_BEFORE || p.year >= NEW_FROM)).map((p) => ({ era: (p.year < OLD_BEFORE ? 0 : 1) as 0 | 1, ...unitsOf(p.text) }));
  const eraSize = [0, 0];
  const df = new Map<string, [number, number]>();
  for (const p of read) {
    eraSize[p.era] = (eraSize[p.era] as number) + 1;
    for (const u of p.units) {
      const counts = df.get(u) ?? [0, 0];
      counts[p.era] += 1;
      df.set(u, counts);
    }
  }
  const oldShare = (c: [number, number]): number => c[0] / (eraSize[0] as number) / (c[0] / (eraSize[0] as number) + c[1] / (eraSize[1] as number));
  const frequent = [...df].filter(([, c]) => c[0] + c[1] >= MIN_PARAGRAPHS);
  const contexts = frequent
    .filter(([u, c]) => !u.includes(' ') && Math.abs(oldShare(c) - 0.5) <= NEUTRAL)
    .sort((a, b) => b[1][0] + b[1][1] - (a[1][0] + a[1][1]))
    .slice(0, CONTEXT_WORDS)
    .map(([u]) => u);
  const contextIndex = new Map(contexts.map((w, i) => [w, i]));
  const olds = frequent.filter(([, c]) => oldShare(c) >= ERA_SKEW).map(([u]) => u);
  const news = frequent.filter(([, c]) => oldShare(c) <= 1 - ERA_SKEW).map(([u]) => u);
  const targets = new Map([...olds, ...news].map((u, i) => [u, i]));
  const vectors = [...targets.keys()].map(() => new Float32Array(contexts.length));
  const contextTotals = new Float64Array(contexts.length);
  for (const p of read) {
    const ctx: number[] = [];
    for (const w of p.words) {
      const at = contextIndex.get(w);
      if (at !== undefined) ctx.push(at);
    }
    for (const at of ctx) contextTotals[at] = (contextTotals[at] as number) + 1;
    for (const u of p.units) {
      const t = targets.get(u);
      if (t === undefined) continue;
      const own = new Set(u.split(' '));
      const v = vectors[t] as Float32Array;
      for (const at of ctx) if (!own.has(contexts[at] as string)) v[at] = (v[at] as number) + 1;
    }
  }
  // Positive pointwise mutual information, then unit length.
  const total = read.length;
  [...targets.keys()].forEach((u, t) => {
    const v = vectors[t] as Float32Array;
    const c = df.get(u) as [number, number];
    const n = c[0] + c[1];
    let norm = 0;
    for (let i = 0; i < v.length; i++) {
      const joint = v[i] as number;
      const pmi = joint === 0 ? 0 : Math.log((joint * total) / (n * (contextTotals[i] as number)));
      const w = Math.max(0, pmi);
      v[i] = w;
      norm += w * w;
    }
    norm = Math.sqrt(norm) || 1;
    for (let i = 0; i < v.length; i++) v[i] = (v[i] as number) / norm;
  });
  // Cosines of every older unit with every newer one, then CSLS (cross-domain similarity local scaling, as in
  // bilingual lexicon induction): a common word like "leaders" is close to everything, so each cosine is
  // discounted by how close each side is on average to its nearest neighbours on the other side.
  const cos = new Float32Array(olds.length * news.length);
  olds.forEach((o, i) => {
    const vo = vectors[targets.get(o) as number] as Float32Array;
    news.forEach((nw, j) => {
      const vn = vectors[targets.get(nw) as number] as Float32Array;
      let dot = 0;
      for (let d = 0; d < vo.length; d++) dot += (vo[d] as number) * (vn[d] as number);
      cos[i * news.length + j] = dot;
    });
  });
  const meanTop = (values: number[]): number => values.sort((a, b) => b - a).slice(0, HUB_NEIGHBOURS).reduce((sum, v) => sum + v, 0) / HUB_NEIGHBOURS;
  const oldHub = olds.map((_, i) => meanTop(news.map((__, j) => cos[i * news.length + j] as number)));
  const newHub = news.map((_, j) => meanTop(olds.map((__, i) => cos[i * news.length + j] as number)));
  const pairs: DriftPair[] = [];
  olds.forEach((o, i) => {
    let best: DriftPair | undefined;
    let bestCsls = -Infinity;
    news.forEach((nw, j) => {
      if (nw.split(' ').some((w) => o.split(' ').includes(w))) return;
      const c = cos[i * news.length + j] as number;
      const csls = 2 * c - (oldHub[i] as number) - (newHub[j] as number);
      if (csls > bestCsls) {
        bestCsls = csls;
        best = { old: o, new: nw, cosine: c, csls, oldCounts: df.get(o) as [number, number], newCounts: df.get(nw) as [number, number] };
      }
    });
    if (best !== undefined) pairs.push(best);
  });
  return pairs.sort((a, b) => b.csls - a.csls);
}

