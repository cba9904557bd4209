/**
 * A report's body blocks into citable paragraphs: which part of the report
 * each block is in (summary, improvement list, findings, recommendations, the
 * LSCB review, or parts that are data and administration and are skipped),
 * and the label that cites it. Labels follow the text parser's scheme so a
 * report reads the same whichever way it was ingested.
 */
import type { Judgement, ReportKind } from '../model.ts';
import { startsBackPage } from '../parse/clean-text.ts';
import { makeJudgement } from '../parse/judgement-keys.ts';
import { ABOUT_INSPECTION, labelParagraphs, prefixOf, type ParagraphDraft, type ParagraphRole } from '../parse/paragraph-labels.ts';
import type { Body } from '../parse/paragraphs.ts';
import { isSmallPrint } from '../parse/about-matter.ts';
import { joinText, type Block } from './blocks.ts';
import { gradeInSentence } from './judgement-table.ts';

type Role = ParagraphRole;

/** Parts that are contents, grade definitions or the table of main findings, not the inspectors' findings. */
const SKIP_HEADINGS =
  /^(?:contents|(?:section 1: )?the local authority|glossary|the inspection judgements and what they mean|what the (?:local authority |lscb )?inspection judge?ments mean\b.*|record of main findings|services for looked after children)$/i;

/**
 * Parts that say something about the inspection itself (how it was done, the
 * team, the local authority's context at the time), kept as `about`
 * paragraphs, and their sub-headings ("Children living in this area").
 * "What the inspection judgements mean" is not among them: it defines the
 * grades in the same words in every report, about no inspection in particular.
 */
const ABOUT_HEADINGS =
  /^(?:annex a:\s*)?(?:other )?information about (?:this|the) (?:local authority(?: area)?|area|inspection(?: and the review)?|local authority inspection|lscb (?:inspection|review)|review)\d?$|^the inspection team$|^(?:previous|other) ofsted inspections?$|^local leadership$|^(?:children|child protection)\b.* in this area$|^in the last 12 months$|^the (?:casework model|practice framework) used in this area$|^additional contextual information$/i;

/** A grade line printed under a heading ("Grade 4 (inadequate)", "Good"), which is not a heading. */
const GRADE_HEADING = /^(?:grade \d\b.*|outstanding|good|adequate|inadequate|requires improvement(?: to be good)?)$/i;

interface Draft extends ParagraphDraft {
  /** Left edge of the paragraph's first line. */
  x: number;
  /** Whether it is a bullet item. */
  bullet: boolean;
  /** An about paragraph that opened a data list ("Of this number:") and takes its items. */
  list?: boolean;
}

/**
 * Whether an about block is an item of the data list the last about
 * paragraph opened ("In the last 12 months:" / "there have been 27
 * adoptions"), or opens one under it ("… looked after by the local
 * authority." / "Of this number:"): items are joined, so a figure keeps the
 * words that say what it counts.
 */
function continuesAboutList(last: Draft, block: Block): boolean {
  if (/^Of (?:this number|these)\b/.test(block.text)) return true;
  if (!(last.list === true || /:$/.test(last.text))) return false;
  // Items are bullets, lower-case or numeric runs-on, or "Label: value" lines ("Adoption performance: Good.").
  return block.type === 'bullet' || /^[a-z\d\u2500\u2015\u2212\u2013-]/.test(block.text) || /^[A-Z][^:.]{2,80}:\s/.test(block.text) || /[;,]$/.test(last.text);
}

/** The LSCB judgement (area key 'other': it has no cross-framework twin). */
export function lscbJudgementOf(grade: string): Judgement {
  return makeJudgement('The Local Safeguarding Children Board', grade);
}

/** Headings that open the findings of the local authority part (or of a 2012-2013 report). */
const FINDINGS_HEADING =
  /^(?:(?:the )?experiences and progress of|the impact of leaders|leadership, management and governance|leadership and management|the graded judgement|the local authority's strengths|progress since the last inspection|inspection judgements about the local authority|overall effectiveness|capacity to improve|outcomes for looked after|quality of provision|service information)\b/i;

/**
 * Findings headings that a SIF report also prints as sub-headings of its
 * summary of findings and of its recommendations list ("Leadership,
 * management and governance" over recommendations 1 to 3), where they start no
 * findings.
 */
const AREA_SUBHEADING = /^(?:the impact of leaders|leadership, management and governance|leadership and management)\b/i;

/** The boilerplate explaining the grades, whose "The LSCB" sub-heading starts no LSCB part. */
const JUDGEMENTS_MEAN = /^what the (?:local authority |lscb )?inspection judge?ments mean\b/i;

class Walker {
  role: Role;
  section: string;
  lscb = false;
  /** Inside "What the inspection judgements mean". */
  meanings = false;
  /** Inside a "Key judgement | Judgement grade" table, whose rows are no paragraphs. */
  inGradeTable = false;
  /** Under "About this inspection", whose numbered paragraphs alone are kept. */
  aboutInspection = false;
  /** The last block was a heading. */
  afterHeading = false;
  lscbJudgement: Judgement | null = null;
  readonly drafts: Draft[] = [];

  constructor(
    role: Role,
    section: string,
    /** A SIF report, whose numbered paragraphs are never summary. */
    private readonly sif: boolean,
  ) {
    this.role = role;
    this.section = section;
  }

  heading(text: string): void {
    const t = text.replace(/\s+/g, ' ').trim();
    // Some PDFs carry a heading's text twice, once at the end of the paragraph before it (Calderdale 2015 ¶3).
    const last = this.drafts.at(-1);
    if (last !== undefined && last.text.endsWith(` ${t}`) && t.length > 3) last.text = last.text.slice(0, -t.length - 1);
    if (GRADE_HEADING.test(t)) return;
    // SIF 2014 repeats each area's grade in a small "Key judgement | Judgement grade" table above its findings:
    // the table is skipped, the part it heads is not.
    if (/^key judgements?\b/i.test(t)) {
      this.inGradeTable = true;
      return;
    }
    this.inGradeTable = false;
    // A contents entry ("The Local Safeguarding Children Board (LSCB) 36") names no section.
    if ((this.role === 'skip' || this.role === 'about') && /\s\d{1,3}$/.test(t)) return;
    if (JUDGEMENTS_MEAN.test(t)) this.meanings = true;
    // Its sub-headings ("The LSCB", "The LSCB is likely to be judged to be good if…") start no part.
    else if (this.meanings && /^the (?:lscb|local authority)\b/i.test(t)) return;
    else this.meanings = false;
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
    if (ABOUT_HEADINGS.test(t)) {
      // (A 2012-2013 report's numbered "About this inspection" paragraphs stay findings under these too.)
      this.role = 'about';
      return;
    }
    if (/^about this inspection$/i.test(t)) {
      // 2012-2013 reports number it (¶1-3): numbered paragraphs stay findings so numbering stays whole; the
      // evidence bullets under them are about paragraphs.
      this.role = 'about';
      this.section = t;
      this.aboutInspection = true;
      return;
    }
    this.aboutInspection = false;
    if (/^(?:executive summary|(?:section 1: the local authority\s*[-–]\s*)?summary of (?:key )?findings)$/i.test(t)) {
      this.role = this.lscb ? 'lscb-summary' : 'summary';
    } else if (/^the local authority has the following strengths\b/i.test(t)) {
      // SIF 2014: the strengths list closes the summary of findings, after the recommendations.
      this.role = 'summary';
    } else if (/^summary for children and young people$/i.test(t)) {
      // In an LSCB review bound into the report (Kingston upon Hull 2014) it is the board's.
      this.role = this.lscb ? 'lscb-summary' : 'children-summary';
    } else if (/^summary$/i.test(t)) {
      // A SIF section's summary stays under the section's own heading.
      if (this.role !== 'skip' && this.role !== 'about') this.role = this.lscb ? 'lscb-summary' : 'section-summary';
      return;
    } else if (/^recommendations?$|^what does the (?:local authority|lscb) need to improve\b|^areas for improvement\b|^priority (?:and immediate )?actions?$/i.test(t)) {
      this.role = this.lscb ? 'lscb-recommendation' : 'recommendation';
    } else if (/^what needs to improve\b/i.test(t)) {
      this.role = 'improvement';
    } else if (/^inspection findings\b|^inspection judgements? about the \w*scb\b|^the \w*scb's strengths$|^key strengths and weaknesses of the (?:\w*scb|local safeguarding children board)\b/i.test(t)) {
      this.role = this.lscb ? 'lscb-finding' : 'finding';
      if (/^inspection findings$/i.test(t)) return;
    } else if (this.sif && AREA_SUBHEADING.test(t) && (this.role === 'summary' || this.role === 'recommendation')) {
      // A sub-heading of the summary of findings (which keeps its own section) or of the recommendations.
      if (this.role === 'summary') return;
    } else if (FINDINGS_HEADING.test(t)) {
      this.role = 'finding';
      this.lscb = false;
    } else if (this.role === 'skip' || this.role === 'about') {
      // A sub-heading of a skipped part, or of the information about the inspection ("Local leadership").
      return;
    } else if (this.role === 'section-summary' || this.role === 'summary') {
      // A bold lead-in inside a summary ("This local authority is good because") names no new section.
      return;
    }
    this.section = t;
  }

  block(block: Block): void {
    // The back page ends a part, not always the file: some reports bind the LSCB review after it, with a title
    // page of its own (Kingston upon Hull 2014). Its small print is skipped; a known heading starts the next part.
    if (startsBackPage(block.text)) {
      this.role = 'skip';
      this.lscb = false;
      return;
    }
    if (block.type === 'heading') {
      this.heading(block.text);
      this.afterHeading = true;
      return;
    }
    // Nothing under a heading continues the paragraph before it, however it is indented.
    const afterHeading = this.afterHeading;
    this.afterHeading = false;
    const keptNumber = this.aboutInspection && block.number !== null;
    if (this.role === 'skip' && !keptNumber) return;
    // Small print, a footnote marker ("[1]"), a data source note ("(3) Census 2011") or a heading set in body type
    // is no about paragraph.
    if (this.role === 'about' && !keptNumber && (isSmallPrint(block.text) || /^\[\d+\]$|^\(\d{1,2}\)\s/.test(block.text) || ABOUT_HEADINGS.test(block.text))) return;
    if (this.inGradeTable && block.number === null) return;
    this.inGradeTable = false;
    // A SIF paragraph with a printed number is a finding, even where no "Inspection findings" heading follows a summary.
    if (this.sif && block.number !== null) {
      if (this.role === 'summary' || this.role === 'children-summary' || this.role === 'section-summary') this.role = 'finding';
      else if (this.role === 'lscb-summary') this.role = 'lscb-finding';
    }
    const role = keptNumber ? 'finding' : this.role === 'skip' ? 'finding' : this.role;
    const last = this.drafts.at(-1);
    // Text indented under a numbered paragraph (after a gap or a list) is the rest of that paragraph,
    // and so is a bullet indented under a bullet ("including:" / "• sufficiency of accommodation").
    if (last !== undefined && !afterHeading && last.role === role && block.number === null && block.x > last.x + 5 && (last.number !== null || (last.bullet && block.type === 'bullet'))) {
      last.text = joinText(last.text, block.text);
      return;
    }
    if (role === 'about' && last !== undefined && last.role === 'about' && !afterHeading && continuesAboutList(last, block)) {
      last.text = joinText(last.text, block.text);
      last.list = true;
      return;
    }
    const section = role === 'about' ? ABOUT_INSPECTION : this.section;
    this.drafts.push({
      role,
      section,
      prefix: prefixOf(role, section, 'pdf'),
      number: block.number,
      text: block.text,
      x: block.x,
      bullet: block.type === 'bullet',
    });
  }

  /**
   * In a SIF report whose recommendations are numbered, an unnumbered paragraph
   * among them ("There are no priority or immediate actions.", "The following
   * recommendations are ...") is no recommendation: it keeps its label but is
   * summary text (of the LSCB review, in its part).
   */
  settleKinds(): void {
    if (!this.sif) return;
    for (const role of ['recommendation', 'lscb-recommendation'] as const) {
      const list = this.drafts.filter((d) => d.role === role);
      if (!list.some((d) => d.number !== null)) continue;
      for (const d of list) if (d.number === null) d.kind = role === 'recommendation' ? 'summary' : 'lscb-finding';
    }
  }
}

/**
 * The paragraphs of a report body. `startRole` and `startSection` say what
 * the first blocks are (the ILACS summary under the judgement table, or
 * 'skip' for the contents page of older reports); `reportKind` is the
 * report's framework (SIF reports number every finding); `opening` holds the
 * about paragraphs read from the title page, which come first.
 */
export function readBody(
  blocks: readonly Block[],
  startRole: 'summary' | 'skip',
  startSection: string,
  reportKind: ReportKind,
  opening: readonly ParagraphDraft[] = [],
): Body {
  const walker = new Walker(startRole, startSection, reportKind === 'sif' || reportKind === 'lscb-review');
  // A stand-alone board review is all LSCB: its summary, recommendations and findings are the board's.
  walker.lscb = reportKind === 'lscb-review';
  for (const block of blocks) walker.block(block);
  walker.settleKinds();
  return { paragraphs: labelParagraphs([...opening, ...walker.drafts]), lscbJudgement: walker.lscbJudgement };
}
