/**
 * Plain default Lunr over the index's paragraphs: the baseline `npm run bench`
 * reports beside ours, and one of the rankers whose results are pooled for
 * assessment (scripts/pool-assessments.ts).
 */
import lunr from 'lunr';
import type { IndexData } from '../src/search/index-file.ts';
import type { Ranker } from './dev-set.ts';

/** Default tokenizer and pipeline, the question's words as optional terms. */
export function plainLunr(file: IndexData): Ranker {
  const index = lunr(function () {
    this.ref('ref');
    this.field('text');
    file.paragraphs.forEach((p, i) => this.add({ ref: String(i), text: p.text }));
  });
  return (q) =>
    index
      .query((query) => query.term(lunr.tokenizer(q.question), {}))
      .slice(0, 10)
      .flatMap((r) => {
        const p = file.paragraphs[Number(r.ref)];
        const report = p === undefined ? undefined : file.reports.find((x) => x.id === p.reportId);
        return p === undefined ? [] : [{ key: `${p.reportId} ${p.label}`, authority: report?.authority ?? '', text: p.text }];
      });
}

