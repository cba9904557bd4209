import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectPdfFiles, ingestFiles, serialiseReport } from '../../src/pdf/ingest.ts';
import { parsePdf, PdfError } from '../../src/pdf/parse-pdf.ts';
import { loadSourceReports } from '../../src/search/sources.ts';
import { FIXTURES } from './helpers.ts';

/** A minimal valid one-page PDF printing `lines` one under another (offsets computed so the xref is right). */
function tinyPdf(...lines: string[]): Uint8Array {
  const content = `BT /F1 24 Tf 72 700 Td 30 TL ${lines.map((l) => `(${l}) Tj T*`).join(' ')} ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}

const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(path.join(FIXTURES, name)));

describe('bad files are refused with a reason', () => {
  it('refuses an HTML page named .pdf, an empty file, a truncated PDF and a PDF that is not a report', async () => {
    await expect(parsePdf(fixture('html-error-page.pdf'), 'x/html.pdf')).rejects.toThrow('parse-pdf: x/html.pdf is an HTML page, not a PDF');
    await expect(parsePdf(new Uint8Array(), 'x/empty.pdf')).rejects.toThrow('parse-pdf: x/empty.pdf is empty (0 bytes), not a PDF');
    const whole = fixture('wiltshire-2019.pdf');
    await expect(parsePdf(whole.slice(0, Math.floor(whole.length / 2)), 'x/cut.pdf')).rejects.toThrow(/parse-pdf: x\/cut.pdf is truncated/);
    await expect(parsePdf(tinyPdf('Quarterly budget report'), 'x/budget.pdf')).rejects.toThrow(
      /parse-pdf: x\/budget.pdf is not an Ofsted children's services inspection report: its first page reads "Quarterly budget report"/,
    );
    await expect(parsePdf(new Uint8Array(), 'x')).rejects.toBeInstanceOf(PdfError);
  });

  it('refuses a report of an authority the registry does not know, never storing it under a guess', async () => {
    const narnia = tinyPdf('Inspection of Narnia local authority', "children's services", 'Judgement Grade', 'Overall effectiveness Good');
    await expect(parsePdf(narnia, 'x/narnia.pdf')).rejects.toThrow(
      /expected an English local authority named on the title page of x\/narnia.pdf, found "Inspection of Narnia .*"; the closest known are .* \(if it is a new name form, add it to src\/registry\/authorities.json/,
    );
  });
});

describe('collectPdfFiles', () => {
  it('refuses a path that does not exist and a folder with no PDFs in it', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ingest-'));
    writeFileSync(path.join(dir, 'notes.txt'), 'not a pdf');
    await expect(collectPdfFiles([path.join(dir, 'missing')])).rejects.toThrow(/ingest: expected a PDF file or folder, found nothing at .*missing/);
    await expect(collectPdfFiles([dir])).rejects.toThrow(/ingest: expected PDF files in the folder .*, found none/);
  });

  it('finds PDFs in sub-folders once each, and takes a file named explicitly whatever its name', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ingest-'));
    mkdirSync(path.join(dir, 'a'));
    writeFileSync(path.join(dir, 'a', 'one.PDF'), '');
    writeFileSync(path.join(dir, 'two.pdf'), '');
    writeFileSync(path.join(dir, 'three.bin'), '');
    const files = await collectPdfFiles([dir, path.join(dir, 'two.pdf'), path.join(dir, 'three.bin')]);
    expect(files).toEqual([path.join(dir, 'a', 'one.PDF'), path.join(dir, 'three.bin'), path.join(dir, 'two.pdf')]);
  });
});

describe('ingestFiles', () => {
  it('stores good reports, refuses bad ones one by one, and is idempotent', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ingest-'));
    const inbox = path.join(dir, 'inbox', '80580_wiltshire');
    mkdirSync(inbox, { recursive: true });
    const good = path.join(inbox, "children's services inspection - 22 july 2019.pdf");
    cpSync(path.join(FIXTURES, 'wiltshire-2019.pdf'), good);
    const copy = path.join(inbox, 'copy of the same.pdf');
    cpSync(path.join(FIXTURES, 'wiltshire-2019.pdf'), copy);
    const empty = path.join(inbox, 'empty.pdf');
    writeFileSync(empty, '');
    const html = path.join(inbox, 'html.pdf');
    cpSync(path.join(FIXTURES, 'html-error-page.pdf'), html);
    const indexDir = path.join(dir, 'index');

    const first = await ingestFiles([empty, good, html, copy], { indexDir });
    expect(first.map((o) => o.status)).toEqual(['refused', 'stored', 'refused', 'duplicate']);
    expect(first[3]?.message).toMatch(/already indexed as wiltshire-2019/);
    expect(readdirSync(path.join(indexDir, 'reports'))).toEqual(['wiltshire-2019.json']);
    const stored = readFileSync(path.join(indexDir, 'reports', 'wiltshire-2019.json'), 'utf8');
    expect(stored.endsWith('}\n')).toBe(true);
    expect(Object.keys(JSON.parse(stored) as object)[0]).toBe('id');
    expect(JSON.parse(stored).source).toBe("80580_wiltshire/children's services inspection - 22 july 2019.pdf");

    // An index directory of PDFs only (no text sources) builds.
    expect(await loadSourceReports(indexDir)).toMatchObject({ reports: [{ id: 'wiltshire-2019' }], duplicates: [] });

    const second = await ingestFiles([good], { indexDir });
    expect(second[0]?.status).toBe('unchanged');
    expect(readFileSync(path.join(indexDir, 'reports', 'wiltshire-2019.json'), 'utf8')).toBe(stored);
    expect(serialiseReport(JSON.parse(stored))).toBe(stored);

    // The same file stored under an older reading (another start date, so another id): read again, the new reading
    // replaces it rather than standing beside it as a second report.
    const older = { ...JSON.parse(stored), id: 'wiltshire-2018', inspectionStart: '2018-06-10' };
    writeFileSync(path.join(indexDir, 'reports', 'wiltshire-2018.json'), serialiseReport(older));
    rmSync(path.join(indexDir, 'reports', 'wiltshire-2019.json'));
    const third = await ingestFiles([good], { indexDir });
    expect(third[0]?.status).toBe('updated');
    expect(third[0]?.message).toMatch(/updated as wiltshire-2019 \(replacing wiltshire-2018\)/);
    expect(readdirSync(path.join(indexDir, 'reports'))).toEqual(['wiltshire-2019.json']);
    expect(readFileSync(path.join(indexDir, 'reports', 'wiltshire-2019.json'), 'utf8')).toBe(stored);
  });
});
