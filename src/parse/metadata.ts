/**
 * A report's metadata read from its own text (never its file name): which
 * kind of document it is, the local authority, the inspection dates, the
 * publication date and the lead inspector.
 */
import { findAuthority } from '../authorities.ts';
import type { ReportKind } from '../model.ts';
import { cleanInline } from './clean-text.ts';
import { parseDate, parseDateRange } from './dates.ts';

export interface ReportMetadata {
  kind: ReportKind;
  /** Canonical authority name (see src/authorities.ts). */
  authority: string;
  /** Inspection start, or for a council paper the paper's date. */
  inspectionStart: string | null;
  inspectionEnd: string | null;
  published: string | null;
  leadInspector: string | null;
}

/** How many opening lines hold the title block; the kind and authority are read there. */
const HEAD_LINES = 40;

/** The kind of document, from its title block; null when it is none we read. */
export function detectKind(head: readonly string[]): ReportKind | null {
  const text = head.join('\n');
  if (/^(?:Report to|Classification|Decision Type)\s*:/im.test(text) && /\bCabinet\b|\bCommittee\b|\bCouncil\b/i.test(text)) {
    return 'council-paper';
  }
  if (/^Inspection of .+ local authority children.s services/im.test(text)) {
    // The 2026 framework drops the overall effectiveness grade.
    return /^Overall effectiveness\b/im.test(text) || !/^Judgement\b/im.test(text) ? 'ilacs' : 'ilacs-2026';
  }
  if (
    /^(?:Re)?inspection of services for children in need of help and protection/im.test(text) ||
    /^Children.s services in .+ (?:are|require)/im.test(text)
  ) {
    return 'sif';
  }
  return null;
}

/** The printed authority name, before canonicalisation. */
function printedAuthority(kind: ReportKind, head: readonly string[]): string | null {
  const text = head.join('\n');
  const patterns: RegExp[] =
    kind === 'council-paper'
      ? [/^Subject:\s*.*?children.s services in ([A-Z][A-Za-z' -]+?)\s*$/im, /^Subject:\s*.*?\bin ([A-Z][A-Za-z' -]+?)\s*$/im]
      : kind === 'sif'
        ? [/^Children.s services in (.+?) (?:are|require)/im, /^(.+?(?:Council|Borough|County))\s*$/m]
        : [/^Inspection of (.+?) local authority children.s services/im];
  for (const re of patterns) {
    const m = re.exec(text);
    if (m?.[1]) return m[1].trim();
  }
  return null;
}

/** The first cleaned line starting with `label` (e.g. "Inspection dates"), without the label. */
function field(lines: readonly string[], label: RegExp): string | null {
  for (const line of lines) {
    const m = label.exec(line);
    if (m) return line.slice(m[0].length).trim();
  }
  return null;
}

/**
 * The metadata of a report from its text. Throws when the text is no kind
 * of report this parser reads, or names an authority src/authorities.ts
 * does not know.
 */
export function readMetadata(text: string, source: string): ReportMetadata {
  const raw = text.split('\n');
  const lines = raw.map(cleanInline).filter((l) => l !== '');
  const head = lines.slice(0, HEAD_LINES);
  // A paper's header is a table ("Report to:\tCabinet\tDate: 10 September 2025"): its fields are cells.
  const headCells = raw
    .slice(0, HEAD_LINES)
    .flatMap((l) => l.split('\t'))
    .map(cleanInline)
    .filter((l) => l !== '');
  const kind = detectKind([...head, ...headCells]);
  if (kind === null) {
    throw new Error(
      `metadata: expected an ILACS or SIF report title or a council paper header in ${source}, found "${head.slice(0, 2).join(' / ')}"`,
    );
  }
  const printed = printedAuthority(kind, head);
  const authority = printed === null ? undefined : findAuthority(printed);
  if (!authority) {
    throw new Error(
      `metadata: expected a known local authority in the title of ${source}, found ${printed === null ? 'none' : `"${printed}"`} (add it to src/authorities.ts)`,
    );
  }
  const lead = field(lines, /^Lead inspector:\s*/i);
  // "Rebecca Dubbins, His Majesty's Inspector": the name is what comes before the title.
  const leadName = lead?.split(',')[0]?.trim() ?? '';
  const leadInspector = leadName === '' ? null : leadName;
  if (kind === 'council-paper') {
    const date = parseDate(field(headCells, /^Date:\s*/i) ?? '');
    return { kind, authority: authority.name, inspectionStart: date, inspectionEnd: null, published: date, leadInspector: null };
  }
  const range = parseDateRange(field(head, /^Inspection dates?:\s*/i) ?? '');
  const publishedText = field(head, /^(?:Report )?published:\s*/i);
  return {
    kind,
    authority: authority.name,
    inspectionStart: range.start,
    inspectionEnd: range.end,
    published: publishedText === null ? null : parseDate(publishedText),
    leadInspector,
  };
}
