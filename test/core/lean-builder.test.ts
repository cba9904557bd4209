/**
 * The index is built without lunr.Builder (src/search/lean-builder.ts, for
 * memory) and stored as columns (index-binary.ts, for load time). This holds
 * both against what lunr.Builder builds and packLunr packs, on real reports:
 * they must be identical.
 */
import lunr from 'lunr';
import { describe, expect, it } from 'vitest';
import { buildIndexParts, configuredBuilder, INDEX_FIELDS, serialiseIndexFile } from '../../src/search/build-index.ts';
import { decodeIndexFile } from '../../src/search/index-binary.ts';
import { DEFAULT_INDEX_DIR } from '../../src/search/index-file.ts';
import { buildPackedLunr } from '../../src/search/lean-builder.ts';
import { fromColumns, packLunr } from '../../src/search/packed-lunr.ts';
import { configureBuilder } from '../../src/search/pipeline.ts';
import { loadSourceReports } from '../../src/search/sources.ts';
import { tokenizer } from '../../src/search/tokenize.ts';

/** What lunr.Builder itself builds, packed. */
function withLunrBuilder(documents: ReadonlyArray<Record<string, string>>) {
  const index = lunr(function () {
    configureBuilder(this);
    this.tokenizer = tokenizer as unknown as typeof lunr.tokenizer;
    this.ref('ref');
    for (const field of INDEX_FIELDS) this.field(field.name, { boost: field.boost });
    documents.forEach((doc, i) => this.add({ ref: String(i), ...doc }));
  });
  return packLunr(index);
}

describe('the lean index builder', () => {
  it('builds exactly what lunr.Builder builds, on real reports of every kind', async () => {
    const { reports } = await loadSourceReports(DEFAULT_INDEX_DIR);
    // Bury's, Somerset's and Kingston upon Hull's reports: ILACS, SIF, focused visits, the council paper, a bound LSCB review.
    const some = reports.filter((r) => /^(?:bury|somerset|kingston-upon-hull)-/.test(r.id));
    const documents = some.flatMap((r) => r.paragraphs.map((p) => ({ section: p.section, text: p.text })));
    expect(documents.length).toBeGreaterThan(1000);
    const lean = buildPackedLunr(configuredBuilder(), INDEX_FIELDS, documents);
    expect(JSON.stringify(lean)).toBe(JSON.stringify(withLunrBuilder(documents)));
  });

  it('is what the index build uses, and what index.bin holds', async () => {
    const { reports } = await loadSourceReports(DEFAULT_INDEX_DIR);
    const some = reports.filter((r) => r.id.startsWith('leeds-'));
    const documents = some.flatMap((r) => r.paragraphs.map((p) => ({ section: p.section, text: p.text })));
    const { file } = buildIndexParts(some, 'x');
    const reference = JSON.stringify(withLunrBuilder(documents));
    expect(JSON.stringify(file.lunr)).toBe(reference);
    // And what index.bin stores gives back Lunr's format byte for byte.
    expect(JSON.stringify(fromColumns(decodeIndexFile(serialiseIndexFile(file), 'index.bin').lunr))).toBe(reference);
  });
});
