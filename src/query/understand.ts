/**
 * Reads a loose question ("care leavers mental health southend 2024") into
 * filters (authorities, year), area hints and the words left to search for.
 * This file reads the message as a whole (a quoted passage, a correction, the
 * question after a scene); understand-words.ts reads one question's words.
 */
import type { TimeRange } from '../answer-types.ts';
import type { AuthorityNames } from './authority-names.ts';
import type { AreaKey, ReportKind } from '../model.ts';
import { callsTheCouncilOrNothing, callsTheCouncilOurs, callsTheCouncilThey } from './council-pronouns.ts';
import { asksAcrossCouncils, asksAcrossOtherCouncils, pointsBackToAReport, saysThen, sceneSentences, withSceneTime } from './scene.ts';
import { correctedQuestion, frameworksLeftOut, withoutAsides } from './asides.ts';
import { lastQuestion, questionProper } from './question-proper.ts';
import { withoutAskersCouncil } from './askers-council.ts';
import { ASKS_THE_SOURCE, withoutQuotations } from './quotations.ts';
import { frameworksNamed } from './inspection-matter.ts';
import type { Period } from './periods.ts';
import { understandWords } from './understand-words.ts';

/** The longest question we read; the rest of a pasted essay is ignored. */
export const MAX_QUESTION_LENGTH = 2000;

export interface Understood {
  authorities: string[];
  /** English authorities named in the question that the index has no reports for. */
  unknownAuthorities: string[];
  /**
   * Authorities the question leaves out of a list ("apart from Barnsley", "not counting Birmingham", "other than
   * Kent or Essex"): not among `authorities`; lists of councils drop them.
   */
  leftOut?: string[];
  year: number | 'latest' | null;
  /** "since 2014", "between 2016 and 2020", "as at 31 March 2025": a range instead of one year. */
  range: TimeRange | null;
  /**
   * A financial or academic year, quarter or season ("FY24/25", "Q3 2021", "autumn 2020", periods.ts): its days, for
   * lists of visits; `year` or `range` hold the calendar years it touches, for everything else.
   */
  period?: Period;
  areas: AreaKey[];
  /** Lower-case words left for the search, in order. */
  words: string[];
  /**
   * A month named without a year ("the July visit", "back in feb"): for a
   * named authority, the inspections or visits under way in that month of
   * any year answer, when there are any (ask.ts).
   */
  month?: number;
  /**
   * The part of `year` the question places itself in ("early 2025", "late-2024", "mid 2023"): of a named
   * authority's several letters that year, the one under way then is meant (kinds/kind-helpers.ts, reportAtTimeAsked).
   */
  yearPart?: 'early' | 'mid' | 'late';
  /**
   * Other years set against `year` in the question ("Bury LADO 2016 vs
   * 2025", "in 2016 and 2025"): their reports answer too, the best paragraph
   * of each year first (ask.ts).
   */
  alsoYears?: number[];
  /**
   * The question names a year and "now" ("is Stockport rated lower now than in 2022?", "2019 vs now"): `year` holds
   * the year; a grade question shows the grades from then to now (grade-questions.ts).
   */
  againstNow?: boolean;
  /**
   * A grade told with its year before "now" is asked ("Knowsley was RI in 2021. What is it now?"): that year, which
   * `year` ("latest") no longer holds; a grade question shows the grades from then to now (grade-questions.ts).
   */
  gradeToldIn?: number;
  /** The question asks about focused visits ("what did the focused visit say…"): only their letters answer it. */
  focusedVisits?: boolean;
  /** The question asks about the inspection itself (who led it, its dates, the case files read): see inspection-matter.ts. */
  aboutTheInspection?: boolean;
  /**
   * How far the learned reading leans towards the question being about the
   * inspection, 0 to 1, when it is not sure enough to read it so (models/about-model.ts):
   * the opening matter is preferred that far (rank.ts).
   */
  aboutLeaning?: number;
  /** What part of the inspection such a question asks about (inspection-matter.ts, aboutFacetsAsked). */
  aboutFacets?: number[];
  /** The question asks for a number ("how many", "what proportion", "what %", "how long has…been"): a paragraph stating one answers it. */
  asksQuantity?: boolean;
  /** The question asks what a term means ("what's that code for?", "what does X stand for?"): a paragraph defining it answers. */
  asksDefinition?: boolean;
  /** The frameworks the question names ("the SIF", "the LSCB review"): their reports rank first (inspection-matter.ts). */
  frameworks?: ReportKind[];
  /** The frameworks the question leaves out ("excluding the SIF ones", "not the SIF"): a history or list shows none of their reports. */
  frameworksLeftOut?: ReportKind[];
  /** The question names an inspection and no visit ("the 2022 inspection", "the SIF"): focused-visit letters rank lower. */
  inspectionNotVisit?: boolean;
  /** A misspelt authority read as the one it must mean ("Southen" → Southend-on-Sea), so the answer can say so. */
  corrected?: { typed: string; authority: string };
  /**
   * In an authority argument or a comparison, a name that is only a word
   * several names start with ("kingston"): the answer asks which is meant.
   */
  ambiguous?: { typed: string; names: string[] };
  /**
   * The question proper, when sentences before it only set the scene ("Someone in team meeting said Swindon 'went
   * down'. What is Swindon's current judgement in each area?"): what was read, and what the kind readers read.
   */
  asked?: string;
  /**
   * The message's last sentence, read alone, when it is a question naming every authority the message names and the
   * sentences before it do more than set the scene ("Coventry, the one with the award-winning UASC team that set up a
   * football team. Give me the overall picture for Coventry now."). The whole message is what is read; a kind reader
   * that claims this sentence, when none claims the whole, answers it (question-kind.ts).
   */
  lastQuestion?: Understood;
}

export interface UnderstandOptions {
  /**
   * Whether a word occurs in the reports. A word that does is never taken
   * for a misspelt authority ("needs" is one letter from "Leeds"). Without
   * it, no misspelling is corrected.
   */
  isKnownWord?: (word: string) => boolean;
  /**
   * The text is an authority argument (`/judgement reading`, `/improve
   * sutton`): every name form names its authority in any case, since nothing
   * else is expected there.
   */
  authorityArgument?: boolean;
  /** Read the asker's own council as asked about too (see {@link withoutAskersCouncil}): the reading it is set against. */
  askersCouncilRead?: boolean;
  /** Today, as an ISO date: "this year" and "last year" are read against it. Without it they are searched as words. */
  today?: string;
  /** Read the whole text, never only its last sentence (see {@link questionProper}). */
  whole?: boolean;
  /**
   * An authority's reports, each by its year and kind, in any order: "Leeds's first inspection", "their second
   * focused visit" are read as that report's year. Without it, ordinals are searched as words.
   */
  reportsOf?: (authority: string) => ReadonlyArray<{ year: number; kind: ReportKind }>;
}

/**
 * User text as the core reads it: NFKC (full-width letters, ligatures and the
 * like become plain ones) and every format character removed (Unicode Cf:
 * zero-width space, word joiner, soft hyphen, bidi controls), which text
 * pasted from documents and chat clients carries invisibly, so that "Bu\u200Bry"
 * is Bury and an echoed question carries no right-to-left override.
 */
export function normaliseQuestion(text: string): string {
  return withHtmlEntitiesDecoded(text.normalize('NFKC').replace(/\p{Cf}/gu, ''));
}

/** The HTML entities text pasted from web pages and mail carries as typed ("Telford &amp; Wrekin", "What&#39;s"). */
const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', hellip: '…', pound: '£' };

/**
 * `text` with HTML entities as the characters they stand for: the named ones pasted text carries, and numeric ones
 * of printable characters (never a control character or format character, which normalising has just removed).
 */
function withHtmlEntitiesDecoded(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|([a-z]{2,8}));/gi, (entity, dec?: string, hex?: string, name?: string) => {
    if (name !== undefined) return ENTITIES[name.toLowerCase()] ?? entity;
    const code = dec !== undefined ? Number(dec) : Number.parseInt(hex ?? '', 16);
    if (!Number.isInteger(code) || code < 0x20 || code > 0x10ffff || (code >= 0x7f && code < 0xa0) || (code >= 0xd800 && code < 0xe000)) return entity;
    const char = String.fromCodePoint(code);
    return /\p{Cf}|\p{Cc}/u.test(char) ? entity : char;
  });
}

/** Remove chat-platform mention syntax so it is neither searched nor echoed. */
export function stripMentions(text: string): string {
  return text
    .replace(/<[@#!][^>]*>/g, ' ')
    .replace(/@(?:everyone|here|channel)\b/gi, ' ');
}
/** The authorities a reading names, known or not. */
function namedIn(u: Understood): string[] {
  return [...u.authorities, ...u.unknownAuthorities];
}

/** Understand `question` against the authorities the index holds. */
export function understand(question: string, authorities: readonly AuthorityNames[], options: UnderstandOptions = {}): Understood {
  const u = understandText(question, authorities, options);
  // "Warrington's grades over time, excluding the SIF ones": read apart, since the words are not read as the question's.
  const leftOut = frameworksNamed(frameworksLeftOut(question).map((name) => name.replace(/^(?:2026|reformed) framework/, 'new framework')).join(' | '));
  if (leftOut.length === 0) return u;
  const frameworks = u.frameworks?.filter((kind) => !leftOut.includes(kind));
  const read = { ...u, frameworksLeftOut: leftOut, ...(frameworks === undefined ? {} : { frameworks }) };
  return u.lastQuestion === undefined ? read : { ...read, lastQuestion: { ...u.lastQuestion, frameworksLeftOut: leftOut } };
}

function understandText(question: string, authorities: readonly AuthorityNames[], options: UnderstandOptions = {}): Understood {
  // Asides say why the question is asked ("need it for a board paper"), never what about: they are not read (asides.ts).
  const typed = stripMentions(normaliseQuestion(question).slice(0, MAX_QUESTION_LENGTH));
  const text = withoutAsides(typed);
  // A passage quoted from a report, then a question about it ("…the response is too slow." Did Solihull get out of
  // inadequate at the inspection after this one?): the question is read without the passage, of the council the
  // passage or the message names; asked where a passage comes from, the passage is what is searched (quotations.ts).
  const unquoted = options.whole === true ? text : withoutQuotations(text);
  if (unquoted !== text && !ASKS_THE_SOURCE.test(unquoted)) {
    const asked = unquoted.replace(/\s+/g, ' ').trim();
    const part = understand(asked, authorities, options);
    if (namedIn(part).length > 0) return { ...part, asked };
    const whole = understand(text, authorities, { ...options, whole: true });
    // A former council named only in the passage (a report's title: "Poole Borough Council - Inspection of…") counts too.
    if (namedIn(whole).length !== 1) return { ...part, asked };
    const placed = `${namedIn(whole)[0] as string}: ${asked}`;
    return { ...understand(placed, authorities, options), asked: placed };
  }
  // "How is Tameside doing these days? we're next door in Stockport": the asker's own council, named beside the one asked
  // about, is not asked about (askers-council.ts).
  // A last question the whole message offers (a question across the other councils, say) stands.
  const ownCouncilAside = options.whole === true || options.askersCouncilRead === true ? null : withoutAskersCouncil(text);
  if (ownCouncilAside !== null) {
    const part = understand(ownCouncilAside, authorities, options);
    const whole = understand(text, authorities, { ...options, askersCouncilRead: true });
    if (namedIn(part).length > 0 && namedIn(part).length < namedIn(whole).length && whole.lastQuestion === undefined) return { ...part, asked: ownCouncilAside.replace(/\s+/g, ' ').trim() };
    return whole;
  }
  const corrected = options.whole === true ? null : correctedQuestion(text);
  if (corrected !== null) {
    const whole = { ...options, whole: true };
    const part = understand(corrected.after, authorities, whole);
    if (corrected.after.split(/\s+/).length < 3) {
      // "…the LADO in Bury - sorry I meant Bolton": the authority swapped into what was asked first.
      if (part.authorities.length === 0 || part.words.length > 0) return understand(text, authorities, whole);
      return { ...understand(corrected.before, authorities, whole), authorities: part.authorities, unknownAuthorities: part.unknownAuthorities, asked: corrected.before };
    }
    // What was taken back is not read; the place it named still is, unless the correction names its own.
    const first = understand(text, authorities, whole);
    if (part.authorities.length > 0 || first.authorities.length === 0) return { ...part, asked: corrected.after };
    const placed = `${first.authorities.join(' and ')}: ${corrected.after}`;
    return { ...understand(placed, authorities, whole), asked: placed };
  }
  // The question proper (the scene before it only sets the scene), else the last question, offered beside the whole.
  const proper = options.whole === true ? null : questionProper(text);
  const last = options.whole === true || proper !== null ? null : lastQuestion(text);
  const sentence = proper ?? last;
  if (sentence !== null) {
    const whole = understand(text, authorities, { ...options, whole: true });
    // "…Ofsted did come back in spring 2022 to look at the front door. What was that visit looking at?": the report the
    // scene named, of its council (below) and at its time.
    const pointsBack = pointsBackToAReport(sentence);
    const read = (s: string): Understood => understand(s, authorities, { ...options, whole: true });
    // "We adopted from Redbridge in 2017. Has Ofsted been in … since then?": "then" is the scene's time, read with it.
    const then = saysThen(sentence);
    const scene = pointsBack || then ? sceneSentences(text, typed, sentence, read) : [];
    const atSceneTime = (u: Understood): Understood => (pointsBack || then ? withSceneTime(u, scene, sentence) : u);
    const part = atSceneTime(read(sentence));
    const timeTold = then && (part.year !== null || part.range !== null);
    const coversWhole = namedIn(part).length > 0 && namedIn(whole).every((a) => namedIn(part).includes(a));
    // A sentence naming no council, of the one the whole message names (council-pronouns.ts).
    const ofTheCouncil = (ours: boolean): boolean =>
      namedIn(part).length === 0 &&
      whole.authorities.length === 1 &&
      whole.unknownAuthorities.length === 0 &&
      (ours ? callsTheCouncilOrNothing(sentence, timeTold) : callsTheCouncilThey(sentence, timeTold) || callsTheCouncilOurs(sentence, timeTold) || pointsBack);
    // "Halton, Knowsley and Swindon all ended up inadequate - which other councils fell from good to inadequate?": the
    // councils the scene named are the premise, and the question asks across the others, as it is. So does a question
    // across councils after a scene naming none ("I've been building a spreadsheet… Which of the councils inspected in
    // 2025 came out with a lower grade?"), offered beside the whole.
    if (namedIn(part).length === 0 && namedIn(whole).length > 0 && asksAcrossOtherCouncils(sentence)) {
      return { ...whole, lastQuestion: { ...part, asked: sentence, leftOut: [...(part.leftOut ?? []), ...whole.authorities] } };
    }
    if (namedIn(part).length === 0 && asksAcrossCouncils(sentence)) return { ...whole, lastQuestion: { ...part, asked: sentence } };
    if (last !== null) {
      if (coversWhole) return { ...whole, lastQuestion: { ...part, asked: last } };
      // "Sandwell used to be the byword for failing. Is it true they're now rated good?": the last question, of the
      // one council the message names, offered as above.
      if (!ofTheCouncil(true)) return whole;
      const placed = `${whole.authorities[0] as string}: ${last}`;
      return { ...whole, lastQuestion: { ...atSceneTime(read(placed)), asked: placed } };
    }
    if (coversWhole) return { ...part, asked: sentence };
    // The scene names the council and the question calls it "they" ("Stoke has been RI for ever, 2022 and 2025.
    // Out of curiosity, how many full inspections have they had?"): the question, of that council. Not when the
    // question says "it" or "that", which may point at a topic the scene named ("…criticised their LADO. Is it fixed?").
    if (ofTheCouncil(false)) {
      const placed = `${whole.authorities[0] as string}: ${sentence}`;
      return { ...atSceneTime(read(placed)), asked: placed };
    }
    return whole;
  }
  return understandWords(text, authorities, options);
}
