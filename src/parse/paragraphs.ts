/**
 * Turning the body of an extracted report into citable paragraphs in reading
 * order: each under its section heading, joined across page breaks, with
 * footnotes, tables, data lists and the back page left out, and a label to
 * cite it by.
 *
 * Labels: a printed number ("13") or a council paper's section number
 * ("2.1"); otherwise "<prefix> ¶n", counted per prefix in reading order:
 * "Summary ¶2" (opening or executive summary), "Improve ¶3" (an ILACS "What
 * needs to improve?" item), "Children's summary ¶1" (SIF summary for children
 * and young people), "Help and protection summary ¶1" (a SIF section
 * summary), "LSCB summary ¶1" (the LSCB executive summary) and "¶4" (a
 * council paper paragraph).
 */
import type { Judgement, Paragraph, ReportKind } from '../model.ts';
import { cleanInline, endsSentence, joinText } from './clean-text.ts';
import { readLscbStatement } from './judgement-table.ts';
import { classifyLine, GRADE_LINE, type Line } from './line-kinds.ts';
import { isSmallPrint, TITLE_FIELD } from './about-matter.ts';
import { ABOUT_INSPECTION, ABOUT_PREFIX, labelParagraphs, NUMBERED_ROLES, prefixOf, type ParagraphDraft, type ParagraphRole } from './paragraph-labels.ts';

type Role = ParagraphRole;

/** Parts of a report that are contents or part titles, not findings. */
const SKIP_HEADINGS = /^(?:contents|the local authority|glossary)$/i;

/**
 * Parts that say something about the inspection itself (how it was done, the
 * team, the local authority's context at the time), kept as `about`
 * paragraphs, and their sub-headings ("Children living in this area").
 */
const ABOUT_HEADINGS =
  /^(?:information about this (?:local authority area|inspection)|the inspection team|previous ofsted inspections|local leadership|(?:children|child protection)\b.* in this area|(?:■\s*)?in the last 12 months)$/i;

/** A line of the inspection team's list ("Deputy lead inspector: Nick Stacey", "Senior data analyst: Hywel Benbow"). */
const TEAM_LINE = /^[A-Z][A-Za-z -]{2,40}(?:inspectors?|analyst|manager):\s/;

/** A data-list lead-in printed as a heading ("In the last 12 months:"), whose items complete it. */
const LIST_HEADING = /^(?:■\s*)?in the last 12 months$/i;

/** Council paper form fields ("Name: Jeanette Richards"), which are not paragraphs. */
const PAPER_FIELD = /^(?:name|position|appendices|background papers|contact|tel(?:ephone)?|e-?mail|report author)\s*:/i;

/** A council paper's "Label: text" lead-in, taken as a heading when the label is short. */
const PAPER_LEAD_IN = /^([A-Z][A-Za-z ,&'’()-]{2,60}):\s+(\S.*)$/;

interface Draft extends ParagraphDraft {
  printed: string | null;
  /** An about paragraph that leads in a data list ("In the last 12 months:") and takes its items. */
  list?: boolean;
}

/** The body's paragraphs and, for a SIF report, the LSCB judgement printed as a heading. */
export interface Body {
  paragraphs: Paragraph[];
  lscbJudgement: Judgement | null;
}

/** Walks the lines of a report body, keeping track of where it is. */
class BodyWalker {
  private role: Role;
  private section: string;
  private lscb = false;
  private current: Draft | null = null;
  private gap = 0;
  readonly drafts: Draft[] = [];
  lscbJudgement: Judgement | null = null;

  constructor(private readonly kind: ReportKind) {
    // A report's opening summary follows the judgement table without a heading; a paper starts at its first heading.
    this.role = kind === 'council-paper' ? 'skip' : 'summary';
    this.section = 'Summary';
  }

  line(line: Line): void {
    switch (line.type) {
      case 'blank':
        this.gap++;
        return;
      case 'furniture':
        return;
      case 'back-page':
        this.close();
        this.role = 'skip';
        break;
      case 'heading':
        this.close();
        this.heading(line.text);
        break;
      case 'heading-with-text':
        this.close();
        if (!this.paperField(line.heading)) {
          this.heading(line.heading);
          this.start(line.text, null, null);
        }
        break;
      case 'item':
        this.item(line);
        break;
      case 'sub-bullet':
        if (this.current) this.current.text = joinText(this.current.text, line.text);
        break;
      case 'text':
        this.text(line.text, line.indented);
        break;
    }
    this.gap = 0;
  }

  close(): void {
    if (this.current && this.current.text !== '') this.drafts.push(this.current);
    this.current = null;
  }

  private paperField(text: string): boolean {
    return this.kind === 'council-paper' && PAPER_FIELD.test(text);
  }

  private heading(text: string): void {
    if (this.paperField(text)) return;
    if (this.kind === 'council-paper') {
      this.role = /^glossary$/i.test(text) ? 'skip' : 'paper';
      this.section = text;
      return;
    }
    // A section's grade printed under its heading ("Good") is not a heading of its own.
    if (GRADE_LINE.test(text)) return;
    const lscb = readLscbStatement(text);
    if (lscb) {
      this.lscbJudgement = lscb;
      this.lscb = true;
      this.role = 'lscb-summary';
      return;
    }
    if (SKIP_HEADINGS.test(text)) {
      this.role = 'skip';
      this.lscb = false;
      return;
    }
    if (ABOUT_HEADINGS.test(text)) {
      this.role = 'about';
      this.lscb = false;
      this.section = ABOUT_INSPECTION;
      // The heading lost its colon to cleaning; the line prints it ("In the last 12 months:").
      if (LIST_HEADING.test(text)) {
        this.start(`${text.replace(/^■\s*/, '')}:`, null, null);
        if (this.current) this.current.list = true;
      }
      return;
    }
    if (/^the local safeguarding children board\b/i.test(text)) {
      this.lscb = true;
      this.role = 'lscb-summary';
      this.section = text;
    } else if (/^executive summary$/i.test(text)) {
      this.role = this.lscb ? 'lscb-summary' : 'summary';
      this.section = text;
    } else if (/^summary for children and young people$/i.test(text)) {
      this.role = 'children-summary';
      this.section = text;
    } else if (/^summary$/i.test(text)) {
      // A SIF section's summary: it stays under the section's own heading.
      this.role = 'section-summary';
    } else if (/^recommendations?$/i.test(text)) {
      this.role = this.lscb ? 'lscb-recommendation' : 'recommendation';
      this.section = text;
    } else if (/^what needs to improve\b/i.test(text)) {
      this.role = 'improvement';
      this.section = text;
    } else if (/^inspection findings\b/i.test(text)) {
      this.role = this.lscb ? 'lscb-finding' : 'finding';
      // The bare "Inspection findings" sits under the section heading that names the area.
      if (!/^inspection findings$/i.test(text)) this.section = text;
    } else if (/^(?:the experiences and progress of|the impact of leaders|leadership, management and governance|the graded judgement)\b/i.test(text)) {
      this.role = 'finding';
      this.lscb = false;
      this.section = text;
    } else if (this.role !== 'skip' && this.role !== 'about') {
      // An unknown heading inside an indexed part names a sub-section of it.
      this.section = text;
    }
  }

  private start(text: string, number: number | null, printed: string | null): void {
    if (this.role === 'skip') return;
    // Contact details and small print are never about paragraphs.
    if (this.role === 'about' && isSmallPrint(text)) return;
    this.current = { role: this.role, section: this.section, prefix: prefixOf(this.role, this.section, 'text'), number, printed, text };
  }

  private item(line: Extract<Line, { type: 'item' }>): void {
    const stray = line.bullet && line.number === null && line.printed === null;
    // A page break can leave a bullet before the rest of a cut paragraph ("- interests. As a result ...").
    if (stray && this.current && /^[a-z]/.test(line.text) && !endsSentence(this.current.text)) {
      this.current.text = joinText(this.current.text, line.text);
      return;
    }
    // An item of a data list ("there have been 19 adoptions") completes the lead-in above it.
    if (this.role === 'about' && this.current?.list === true && /^[a-z\d]/.test(line.text)) {
      this.current.text = joinText(this.current.text, line.text);
      return;
    }
    this.close();
    this.start(line.text, line.number, line.printed);
  }

  private text(text: string, indented: boolean): void {
    if (this.role === 'skip') return;
    // Each line of the inspection team ("Lead inspector: Sheena Doyle") is a paragraph of its own.
    if (this.role === 'about' && TEAM_LINE.test(text)) {
      this.close();
      this.start(text, null, null);
      return;
    }
    if (this.kind === 'council-paper') {
      if (PAPER_FIELD.test(text)) {
        this.close();
        return;
      }
      const leadIn = PAPER_LEAD_IN.exec(text);
      if (leadIn && (leadIn[1] ?? '').split(' ').length <= 6) {
        this.close();
        this.heading(leadIn[1] ?? '');
        this.start(leadIn[2] ?? '', null, null);
        return;
      }
    }
    const current = this.current;
    const continues =
      current !== null &&
      (this.gap === 0 ||
        /^[a-z]/.test(text) ||
        // A capitalised block after "see graphic below:" starts afresh; after a cut-off sentence it is the rest of it.
        (!endsSentence(current.text) && !current.text.endsWith(':')) ||
        // An indented block after a numbered paragraph is the rest of it (Somerset ¶94).
        (indented && (current.number !== null || current.printed !== null)));
    if (continues && current) {
      current.text = joinText(current.text, text);
      return;
    }
    this.close();
    this.start(text, null, null);
  }
}

/**
 * Give a numbered-role paragraph printed without its number the number its
 * neighbours leave for it (Bury 2016 ¶25 sits between 24 and 26).
 */
function recoverNumbers(drafts: Draft[]): void {
  let i = 0;
  while (i < drafts.length) {
    const d = drafts[i];
    if (!d || d.number !== null || !NUMBERED_ROLES.has(d.role)) {
      i++;
      continue;
    }
    let j = i;
    while (j < drafts.length && drafts[j]?.number === null && NUMBERED_ROLES.has(drafts[j]?.role ?? 'skip')) j++;
    const before = drafts.slice(0, i).reverse().find((p) => p.number !== null)?.number;
    const after = drafts[j]?.number;
    if (before != null && after != null && after - before - 1 === j - i) {
      for (let k = i; k < j; k++) {
        const draft = drafts[k];
        if (draft) draft.number = before + 1 + (k - i);
      }
    }
    i = j;
  }
}

/**
 * The paragraphs (and LSCB judgement) of a report body given as raw lines;
 * `opening` holds the about paragraphs read from the title block, which come first.
 */
export function readParagraphs(lines: readonly string[], kind: ReportKind, opening: readonly ParagraphDraft[] = []): Body {
  const walker = new BodyWalker(kind);
  for (const raw of lines) walker.line(classifyLine(raw));
  walker.close();
  recoverNumbers(walker.drafts);
  return { paragraphs: labelParagraphs([...opening, ...walker.drafts]), lscbJudgement: walker.lscbJudgement };
}

/** The title block's statements about the inspection ("Inspection dates: 9 to 20 June 2025"), as about drafts. */
export function titleFieldDrafts(lines: readonly string[]): ParagraphDraft[] {
  return lines
    .map((raw) => cleanInline(raw.trim()))
    .filter((text) => TITLE_FIELD.test(text))
    .map((text) => ({ role: 'about', section: ABOUT_INSPECTION, prefix: ABOUT_PREFIX, number: null, text }));
}
