/**
 * Lists and counts of authorities by grade, area, region or statistical
 * neighbours ("how many authorities were inadequate as at 31 March 2025",
 * "which of Bury's neighbours are good or better"), and "who are Bury's
 * statistical neighbours". Each listed authority is a row citing the report
 * that printed its grade; a count is the number of listed authorities.
 */
import type { GradeAnswer, GradeRow, NeighbourRow } from '../answer-types.ts';
import { AUTHORITIES, authorityByName, inRegion, inRegionText, statisticalNeighbours } from '../authorities.ts';
import type { AreaKey, Grade, ReportKind } from '../model.ts';
import type { StoredReport } from '../search/index-file.ts';
import type { CorpusContext } from './context.ts';
import type { GradeQuery } from './grade-questions.ts';
import { AREA_WORDS, asAtNotes, everyAreaRows, frameworksLeftOutNotes, existedOn, GRADE_RANK, GRADE_WORDS, gradeRow, inTime, isGradedInspection, judgementFor, kindLabel } from './grades.ts';
import { describeRange } from './time-range.ts';

/** Names listed in a note up to this many; beyond it the note gives the number (so nothing is cut silently from a long list). */
const MAX_NAMED_IN_NOTE = 20;

/** An authority's own graded inspections (not its predecessors': their grades are not its grades), latest first. */
function ownGraded(context: CorpusContext, authority: string): StoredReport[] {
  return (context.reportsByAuthority.get(authority) ?? []).filter(isGradedInspection);
}

/** The date an "as at" or year range is judged on, for which authorities existed then (null: today). */
function scopeDate(query: GradeQuery): string | null {
  if (query.range?.kind === 'as-at') return query.range.date;
  if (query.range?.kind === 'years' && query.range.to !== null) return `${query.range.to}-12-31`;
  if (typeof query.year === 'number') return `${query.year}-12-31`;
  return null;
}

/** The authorities a list is over, less those the question leaves out ("other than Tower Hamlets"). */
function scope(query: GradeQuery): { names: string[]; label: string } {
  const all = scopeOf(query);
  const leftOut = new Set(query.leftOut ?? []);
  if (leftOut.size === 0) return all;
  return { names: all.names.filter((name) => !leftOut.has(name)), label: `${all.label} (leaving out ${[...leftOut].join(' and ')})` };
}

/** The authorities a list is over: a region's, an authority's neighbours, or all that existed at the date. */
function scopeOf(query: GradeQuery): { names: string[]; label: string } {
  const date = scopeDate(query);
  const existed = (name: string): boolean => {
    if (!existedOn(name, date)) return false;
    // A successor did not exist while its predecessors did (Bournemouth, Christchurch and Poole before April 2019).
    const predecessors = authorityByName(name)?.predecessors ?? [];
    return date === null || !predecessors.some((p) => existedOn(p, date));
  };
  const neighboursOf = query.intent.neighboursOf;
  if (neighboursOf !== null) {
    return { names: statisticalNeighbours(neighboursOf).map((n) => n.name), label: `of ${neighboursOf}'s statistical neighbours` };
  }
  const region = query.intent.region;
  if (region !== null) {
    const names = AUTHORITIES.filter((a) => inRegion(a, region) && existed(a.name)).map((a) => a.name);
    return { names, label: inRegionText(region) };
  }
  return { names: AUTHORITIES.filter((a) => existed(a.name)).map((a) => a.name), label: 'in England' };
}

function gradesText(grades: readonly Grade[]): string {
  if (grades.length === 0) return 'graded';
  if (grades.length === 2 && grades.includes('outstanding') && grades.includes('good')) return 'good or better';
  if (grades.includes('requires-improvement') && grades.includes('inadequate') && !grades.includes('good') && !grades.includes('outstanding')) return 'less than good';
  return grades.map((g) => GRADE_WORDS[g]).join(' or ');
}

function basisText(query: GradeQuery): string {
  // The note under the answer says how an as-at date is counted (asAtNotes).
  if (query.range?.kind === 'as-at') return `each authority's latest graded inspection ${describeRange(query.range)}`;
  if (query.range?.kind === 'years' || typeof query.year === 'number') {
    const when = query.range !== null ? describeRange(query.range) : `in ${query.year}`;
    return `any graded inspection ${when.startsWith('since') || when.startsWith('up to') ? when : `from ${when.replace(/^in /, '')}`} (the latest such is shown)`;
  }
  return "each authority's latest graded inspection";
}

function names(list: readonly string[]): string {
  return list.length <= MAX_NAMED_IN_NOTE ? list.join(', ') : `${list.length} authorities`;
}

/** The reports that may give an authority its row: its latest (as at a date), or every one in a year range. */
function candidates(context: CorpusContext, authority: string, query: GradeQuery): StoredReport[] {
  const graded = allGraded(context, authority, query);
  if (query.range?.kind === 'as-at') return graded.filter((r) => inTime(r, null, query.range)).slice(0, 1);
  if (query.range?.kind === 'years' || typeof query.year === 'number') return graded.filter((r) => inTime(r, query.year, query.range));
  return graded.slice(0, 1);
}

/** The grades of the scale, best first. */
const ALL_GRADES: readonly Grade[] = ['outstanding', 'good', 'requires-improvement', 'adequate', 'inadequate'];

/** Every graded inspection of an authority, latest first, less the frameworks left out ("…, not counting the SIF ones"). */
function allGraded(context: CorpusContext, authority: string, query: GradeQuery): StoredReport[] {
  const leftOut = query.frameworksLeftOut ?? [];
  return ownGraded(context, authority).filter((r) => !leftOut.includes(r.kind));
}

/** Whether the report prints a grade for the area (not an "other" one). */
function hasGrade(report: StoredReport, area: AreaKey): boolean {
  const judgement = judgementFor(report, area);
  return judgement !== undefined && judgement.gradeKey !== 'other';
}

/** A question with no date or year: each authority's latest is meant. */
function asksLatest(query: GradeQuery): boolean {
  return query.range === null && typeof query.year !== 'number';
}

/** "how many authorities are inadequate", "which councils are outstanding for care leavers", "London councils rated good". */
export function listByGrade(context: CorpusContext, query: GradeQuery): GradeAnswer {
  const area: AreaKey = query.area;
  // A grade denied of the latest ("which councils aren't inadequate?") is any other grade; denied of every
  // inspection ("…never been rated inadequate?"), each authority's inspections are read whole, below.
  const denied = query.denied !== undefined && query.intent.grades.length > 0 ? query.intent.grades : null;
  const wanted = denied === null ? query.intent.grades : ALL_GRADES.filter((g) => !denied.includes(g));
  const never = denied !== null && query.denied === 'ever';
  // "Inadequate twice": every graded inspection (of the time asked) is read, and counted.
  const times = denied === null && wanted.length > 0 ? (query.timesAtLeast ?? null) : null;
  // "Always outstanding": every graded inspection (of the time asked) is read, and each must have given the grade.
  const everyTime = denied === null && times === null && wanted.length > 0 && query.everyTime === true;
  const { names: scoped, label } = scope(query);
  const rows: GradeRow[] = [];
  const noReports: string[] = [];
  const noneInTime: string[] = [];
  /** Councils listed as "always" so rated on the one graded inspection this index holds of them. */
  const gradedOnce: string[] = [];
  const no2026Overall: string[] = [];
  const noAreaGrade: Array<{ name: string; kind: ReportKind }> = [];
  const unread: string[] = [];
  const earlierInspection: Array<{ name: string; kind: ReportKind; year: number }> = [];
  const counted = new Map<ReportKind, number>();
  let graded = 0;
  const everyArea = query.everyArea === true && area === 'overall';
  for (const name of scoped) {
    if ((context.reportsByAuthority.get(name) ?? []).length === 0) {
      noReports.push(name);
      continue;
    }
    // "Never rated inadequate": every graded inspection (of the time asked) counts, not only the latest.
    let reports = (never || times !== null || everyTime) && asksLatest(query) ? allGraded(context, name, query) : candidates(context, name, query);
    // Asked with no time ("which councils are good for adoption?") about an area the latest framework does not
    // grade separately (adoption since 2018): the latest inspection that did grade it answers, and the note says so.
    const latest = reports[0];
    if (reports.length === 1 && latest !== undefined && area !== 'overall' && asksLatest(query) && latest.gradesUnread === undefined && !hasGrade(latest, area)) {
      const earlier = ownGraded(context, name).find((r) => hasGrade(r, area));
      if (earlier !== undefined) {
        reports = [earlier];
        earlierInspection.push({ name, kind: latest.kind, year: earlier.year });
      }
    }
    if (reports.length === 0) {
      noneInTime.push(name);
      continue;
    }
    if (everyArea) {
      // "Which councils are good in every area?": each area the inspection graded, the overall among them.
      const areaRows = reports.map((r) => everyAreaRows(r).filter((row) => row.grade !== 'other')).filter((list) => list.length > 0);
      if (areaRows.length === 0) {
        const latest = reports[0] as StoredReport;
        if (latest.gradesUnread !== undefined) unread.push(`${name} (${latest.year} ${kindLabel(latest.kind)})`);
        else noAreaGrade.push({ name, kind: latest.kind });
        continue;
      }
      graded += 1;
      const match = areaRows.find((list) => wanted.length === 0 || list.every((row) => wanted.includes(row.grade)));
      if (match === undefined) continue;
      rows.push(...match);
      const kind = match[0]?.kind as ReportKind;
      counted.set(kind, (counted.get(kind) ?? 0) + 1);
      continue;
    }
    const withGrade = reports.map((r) => ({ report: r, judgement: judgementFor(r, area) }));
    const any = withGrade.find((g) => g.judgement !== undefined && g.judgement.gradeKey !== 'other');
    if (any === undefined) {
      const latest = reports[0] as StoredReport;
      if (latest.gradesUnread !== undefined) unread.push(`${name} (${latest.year} ${kindLabel(latest.kind)})`);
      else if (area === 'overall' && latest.kind === 'ilacs-2026') no2026Overall.push(name);
      else noAreaGrade.push({ name, kind: latest.kind });
      continue;
    }
    graded += 1;
    if (never && withGrade.some((g) => g.judgement !== undefined && denied.includes(g.judgement.gradeKey))) continue;
    if (times !== null && withGrade.filter((g) => g.judgement !== undefined && wanted.includes(g.judgement.gradeKey)).length < times) continue;
    // Every inspection that graded the area; one that printed no grade for it ("other", or none) is not counted against.
    if (everyTime && withGrade.some((g) => g.judgement !== undefined && g.judgement.gradeKey !== 'other' && !wanted.includes(g.judgement.gradeKey))) continue;
    if (everyTime && withGrade.filter((g) => g.judgement !== undefined && g.judgement.gradeKey !== 'other').length === 1) gradedOnce.push(name);
    const match = never ? any : withGrade.find((g) => g.judgement !== undefined && (wanted.length === 0 || wanted.includes(g.judgement.gradeKey)));
    if (match?.judgement === undefined) continue;
    rows.push(gradeRow(match.report, area, match.judgement));
    counted.set(match.report.kind, (counted.get(match.report.kind) ?? 0) + 1);
  }
  // Every area's rows stay together under their authority (a stable sort keeps the report's order of areas).
  rows.sort((a, b) => (everyArea ? 0 : GRADE_RANK[b.grade] - GRADE_RANK[a.grade]) || a.authority.localeCompare(b.authority));
  const count = new Set(rows.map((r) => r.authority)).size;
  const areaText = everyArea ? 'in every area graded' : area === 'overall' ? 'overall' : `for ${AREA_WORDS[area]}`;
  const scopeText = label;
  const basis =
    earlierInspection.length > 0
      ? `each authority's latest inspection that graded ${AREA_WORDS[area]}`
      : times !== null
        ? `${times === 2 ? 'two' : times === 3 ? 'three' : times} or more graded inspections${asksLatest(query) ? '' : ` ${basisText(query).replace(/^any graded inspection /, '').replace(/ \(the latest such is shown\)$/, '')}`} (the latest so rated is shown)`
        : (never || everyTime) && asksLatest(query)
          ? 'every graded inspection (the latest is shown)'
          : basisText(query);
  // "Not rated inadequate", "never rated inadequate": the grade denied, as asked, not the others listed.
  const ratedText = denied === null ? `rated ${gradesText(wanted)}` : `${never ? 'never' : 'not'} rated ${gradesText(denied)}`;
  const headline =
    query.intent.kind === 'count'
      ? everyArea
        ? `${count} of the ${graded} authorities ${scopeText} with graded areas ${count === 1 ? 'is' : 'are'} ${wanted.length === 0 ? 'graded' : `rated ${gradesText(wanted)}`} in every area graded, on ${basis}.`
        : `${count} of the ${graded} authorities ${scopeText} with ${area === 'overall' ? 'an overall effectiveness' : `${/^[aeiou]/.test(AREA_WORDS[area]) ? 'an' : 'a'} ${AREA_WORDS[area]}`} grade ${count === 1 ? 'is' : 'are'} ${wanted.length === 0 ? 'graded' : ratedText}, on ${basis}.`
      : `${count} ${count === 1 ? 'authority' : 'authorities'} ${scopeText} ${wanted.length === 0 ? 'with a grade' : ratedText} ${areaText}, on ${basis}${count === 0 ? '.' : ':'}`;
  // "What percentage of councils are outstanding?": the share, of those with the grade asked of.
  const share = query.intent.kind === 'count' && query.asShare === true && graded > 0 ? ` That is ${Math.round((100 * count) / graded)}%.` : '';
  const notes: string[] = asAtNotes(context, query.range);
  notes.push(...frameworksLeftOutNotes(query.frameworksLeftOut));
  if (counted.size > 0) notes.push(`Counted from: ${[...counted].map(([kind, n]) => `${kindLabel(kind)} (${n})`).join(', ')}. Focused visits give no grades and are not counted.`);
  else notes.push('Focused visits give no grades and are not counted.');
  if (earlierInspection.length > 0) {
    const kinds = [...new Set(earlierInspection.map((e) => kindLabel(e.kind)))].join(', ');
    const years = earlierInspection.map((e) => e.year);
    notes.push(
      `${earlierInspection.length === 1 ? 'One authority’s' : `${earlierInspection.length} authorities’`} latest inspection (${kinds}) gives no ${AREA_WORDS[area]} grade, so the latest that did is used (from ${Math.min(...years)} to ${Math.max(...years)}).`,
    );
  }
  if (no2026Overall.length > 0) {
    notes.push(`Not counted: ${names(no2026Overall)}: the latest inspection is under the 2026 framework, which gives no overall grade.`);
  }
  if (noAreaGrade.length > 0) {
    const kinds = [...new Set(noAreaGrade.map((n) => kindLabel(n.kind)))].join(', ');
    notes.push(`Not counted: ${names(noAreaGrade.map((n) => n.name))}: no ${AREA_WORDS[area]} grade in the inspection used (${kinds}).`);
  }
  if (unread.length > 0) notes.push(`Not counted: ${names(unread)}: the judgement table of the inspection used could not be read.`);
  if (gradedOnce.length > 0) notes.push(`${names(gradedOnce)} ${gradedOnce.length === 1 ? 'has' : 'have'} only one inspection in this index that graded ${area === 'overall' ? 'overall effectiveness' : AREA_WORDS[area]}, so "every" is that one.`);
  if (noneInTime.length > 0) notes.push(`Not counted: ${names(noneInTime)}: no graded inspection in that period.`);
  if (noReports.length > 0) {
    const which = noReports.length <= MAX_NAMED_IN_NOTE ? `: ${noReports.join(', ')}` : '';
    notes.push(`Not counted, no reports in this index: ${noReports.length} of the ${scoped.length} authorities ${scopeText}${which}.`);
  }
  // "How many councils at each grade?": each grade's count, best first, from the rows shown.
  const byGrade =
    query.byGrade === true && query.intent.kind === 'count' && !everyArea
      ? `Of the ${graded} authorities ${scopeText} with ${area === 'overall' ? 'an overall effectiveness' : `${/^[aeiou]/.test(AREA_WORDS[area]) ? 'an' : 'a'} ${AREA_WORDS[area]}`} grade, on ${basis}: ${ALL_GRADES.map((g) => ({ g, n: rows.filter((r) => r.grade === g).length })).filter(({ n }) => n > 0).map(({ g, n }) => `${n} ${GRADE_WORDS[g]}`).join(', ')}.`
      : null;
  const answer: GradeAnswer = { kind: query.intent.kind, headline: byGrade ?? `${headline}${share}`, area, rows, notes };
  if (query.intent.kind === 'count') answer.count = count;
  return answer;
}

/** "who are Bury's statistical neighbours", with each one's latest grade. */
export function neighboursOf(context: CorpusContext, query: GradeQuery): GradeAnswer {
  const authority = query.intent.neighboursOf ?? query.authorities[0] ?? '';
  const area = query.area;
  const neighbours: NeighbourRow[] = statisticalNeighbours(authority).map((n) => ({ authority: n.name, closeness: n.closeness }));
  if (neighbours.length === 0) {
    return { kind: 'neighbours', headline: `I have no statistical neighbours for ${authority || 'that authority'}.`, area, rows: [], neighbours, notes: [] };
  }
  const rows: GradeRow[] = [];
  const missing: string[] = [];
  const noGrade: string[] = [];
  for (const { authority: name } of neighbours) {
    const latest = ownGraded(context, name).find((r) => inTime(r, null, query.range));
    if (latest === undefined) {
      missing.push(name);
      continue;
    }
    const judgement = judgementFor(latest, area);
    if (judgement === undefined) noGrade.push(`${name} (${latest.year} ${kindLabel(latest.kind)}${latest.gradesUnread === undefined ? '' : ': its judgement table could not be read'})`);
    else rows.push(gradeRow(latest, area, judgement));
  }
  const notes = [...asAtNotes(context, query.range), 'Statistical neighbours are the Department for Education’s (2025), closest first.'];
  if (noGrade.length > 0) notes.push(`No ${AREA_WORDS[area]} grade in the latest inspection of: ${noGrade.join(', ')}.`);
  if (missing.length > 0) notes.push(`No reports in this index for: ${missing.join(', ')}.`);
  return {
    kind: 'neighbours',
    headline: `${authority}'s ${neighbours.length} statistical neighbours, closest first, with the latest ${AREA_WORDS[area]} grade of each I have:`,
    area,
    rows,
    neighbours,
    notes,
  };
}
