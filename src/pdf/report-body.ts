/**
 * A report's body blocks into citable paragraphs: which part of the report
 * each block is in (summary, improvement list, findings, recommendations, the
 * LSCB review, or parts that are data and administration and are skipped),
 * and the label that cites it. Labels follow the text parser's scheme so a
 * report reads the same whichever way it was ingested.
 */
import type { Judgement, Paragraph, ParagraphKind } from '../model.ts';
import { areaKey, makeJudgement } from '../parse/judgement-keys.ts';
import { joinText, type Block } from './blocks.ts';
import { gradeInSentence } from './judgement-table.ts';

type Role =
  | 'skip'
  | 'summary'
  | 'children-summary'
  | 'section-summary'
  | 'improvement'
  | 'finding'
  | 'recommendation'
  | 'lscb-summary'
  | 'lscb-recommendation'
  | 'lscb-finding';

const KIND_OF_ROLE: Readonly<Record<Exclude<Role, 'skip'>, ParagraphKind>> = {
  summary: 'summary',
  'children-summary': 'summary',
  'section-summary': 'summary',
  improvement: 'improvement',
  finding: 'finding',
  recommendation: 'recommendation',
  'lscb-summary': 'lscb-finding',
  'lscb-recommendation': 'lscb-recommendation',
  'lscb-finding': 'lscb-finding',
};

const SHORT_SECTION: Readonly<Record<string, string>> = {
  overall: 'Overall',
  'help-and-protection': 'Help and protection',
  'children-in-care': 'Children in care',
  adoption: 'Adoption',
  'care-leavers': 'Care leavers',
  leadership: 'Leadership',
  other: 'Section',
};

/** Parts that are contents, context data or inspection administration, not the inspectors' findings. */
const SKIP_HEADINGS =
  /^(?:contents|(?:section 1: )?the local authority|information about this (?:local authority area|inspection)|the inspection team|previous ofsted inspections|local leadership|(?:children|child protection)\b.* in this area|in the last 12 months|glossary|about this inspection|the inspection judgements and what they mean|what the inspection judge?ments mean\b.*|record of main findings|services for looked after children|information about the inspection and the review|key judgement\b.*)$/i;

/** Where the Ofsted back page (licence and address) starts. */
const BACK_PAGE = /^(?:The Office for Standards in Education, Children's Services and Skills \(Ofsted\) regulates|Any complaints about the inspection or the report should be made)/i;

/** A grade line printed under a heading ("Grade 4 (inadequate)", "Good"), which is not a heading. */
const GRADE_HEADING = /^(?:grade \d\b.*|outstanding|good|adequate|inadequate|requires improvement(?: to be good)?)$/i;

export interface Body {
  paragraphs: Paragraph[];
  lscbJudgement: Judgement | null;
}

interface Draft {
  role: Exclude<Role, 'skip'>;
  section: string;
  prefix: string;
  number: number | null;
  text: string;
  x: number;
}

function prefixOf(role: Exclude<Role, 'skip'>, section: string): string {
  switch (role) {
    case 'summary':
      return 'Summary';
    case 'children-summary':
      return "Children's summary";
    case 'section-summary':
      return `${SHORT_SECTION[areaKey(section)] ?? 'Section'} summary`;
    case 'improvement':
      return 'Improve';
    case 'lscb-summary':
      return 'LSCB summary';
    case 'lscb-recommendation':
      return 'LSCB recommendation';
    case 'lscb-finding':
      return 'LSCB';
    case 'recommendation':
      return 'Recommendation';
    case 'finding':
      return SHORT_SECTION[areaKey(section)] ?? 'Section';
  }
}

const NUMBERED: ReadonlySet<Role> = new Set(['finding', 'recommendation', 'lscb-recommendation', 'lscb-finding']);

/** The LSCB judgement, with its own area key (it has no cross-framework twin). */
export function lscbJudgementOf(grade: string): Judgement {
  return { ...makeJudgement('The Local Safeguarding Children Board', grade), areaKey: 'other' };
}

class Walker {
  role: Role;
  section: string;
  lscb = false;
  stopped = false;
  lscbJudgement: Judgement | null = null;
  readonly drafts: Draft[] = [];

  constructor(role: Role, section: string) {
    this.role = role;
    this.section = section;
  }

  heading(text: string): void {
    const t = text.replace(/\s+/g, ' ').trim();
    if (GRADE_HEADING.test(t)) return;
    // A contents entry ("The Local Safeguarding Children Board (LSCB) 36") names no section.
    if (this.role === 'skip' && /\s\d{1,3}$/.test(t)) return;
    if (/^(?:section 1: )?the local authority$/i.test(t)) this.lscb = false;
    if (/^(?:section 2:\s*)?the (?:effectiveness of the )?local safeguarding children board\b|^the lscb\b|^the effectiveness of the lscb\b/i.test(t)) {
      this.lscb = true;
      const grade = gradeInSentence(t);
      if (grade !== null && this.lscbJudgement === null) this.lscbJudgement = lscbJudgementOf(grade);
      this.role = /because:?$/i.test(t) ? this.role : 'lscb-summary';
      if (!/because:?$/i.test(t)) this.section = t;
      return;
    }
    if (SKIP_HEADINGS.test(t)) {
      this.role = 'skip';
      return;
    }
    if (/^(?:executive summary|summary of (?:key )?findings)$/i.test(t)) {
      this.role = this.lscb ? 'lscb-summary' : 'summary';
    } else if (/^summary for children and young people$/i.test(t)) {
      this.role = 'children-summary';
    } else if (/^summary$/i.test(t)) {
      // A SIF section's summary stays under the section's own heading.
      if (this.role !== 'skip') this.role = this.lscb ? 'lscb-summary' : 'section-summary';
      return;
    } else if (/^recommendations?$|^what does the (?:local authority|lscb) need to improve\b|^areas for improvement$/i.test(t)) {
      this.role = this.lscb ? 'lscb-recommendation' : 'recommendation';
    } else if (/^what needs to improve\b/i.test(t)) {
      this.role = 'improvement';
    } else if (/^inspection findings\b|^inspection judgements? about the lscb\b|^the lscb's strengths$/i.test(t)) {
      this.role = this.lscb ? 'lscb-finding' : 'finding';
      if (/^inspection findings$/i.test(t)) return;
    } else if (
      /^(?:the experiences and progress of|the impact of leaders|leadership, management and governance|leadership and management|the graded judgement|the local authority's strengths|progress since the last inspection|inspection judgements about the local authority|overall effectiveness|capacity to improve|outcomes for looked after|quality of provision|service information)\b/i.test(
        t,
      )
    ) {
      this.role = 'finding';
      this.lscb = false;
    } else if (this.role === 'skip') {
      return;
    } else if (this.role === 'section-summary' || this.role === 'summary') {
      // A bold lead-in inside a summary ("This local authority is good because") names no new section.
      return;
    }
    this.section = t;
  }

  block(block: Block): void {
    if (this.stopped) return;
    if (BACK_PAGE.test(block.text)) {
      this.stopped = true;
      return;
    }
    if (block.type === 'heading') {
      this.heading(block.text);
      return;
    }
    const role = this.role;
    if (role === 'skip') return;
    const last = this.drafts.at(-1);
    // Text indented under a numbered paragraph (after a gap or a list) is the rest of that paragraph.
    if (block.number === null && last !== undefined && last.number !== null && last.role === role && block.x > last.x + 5) {
      last.text = joinText(last.text, block.text);
      return;
    }
    const number = NUMBERED.has(role) || block.number !== null ? block.number : null;
    this.drafts.push({ role, section: this.section, prefix: prefixOf(role, this.section), number, text: block.text, x: block.x });
  }
}

function label(drafts: readonly Draft[]): Paragraph[] {
  const counts = new Map<string, number>();
  const used = new Set<string>();
  return drafts.map((d) => {
    let text: string;
    if (d.number !== null) text = String(d.number);
    else {
      const n = (counts.get(d.prefix) ?? 0) + 1;
      counts.set(d.prefix, n);
      text = `${d.prefix} ¶${n}`;
    }
    let unique = text;
    for (let k = 2; used.has(unique); k++) unique = `${text} (${k})`;
    used.add(unique);
    return { label: unique, number: d.number, kind: KIND_OF_ROLE[d.role], section: d.section, text: d.text.replace(/\s+/g, ' ').trim() };
  });
}

/**
 * The paragraphs of a report body. `startRole` and `startSection` say what
 * the first blocks are (the ILACS summary under the judgement table, or
 * 'skip' for the contents page of older reports).
 */
export function readBody(blocks: readonly Block[], startRole: 'summary' | 'skip', startSection: string): Body {
  const walker = new Walker(startRole, startSection);
  for (const block of blocks) walker.block(block);
  return { paragraphs: label(walker.drafts), lscbJudgement: walker.lscbJudgement };
}
