/**
 * The embedded store's template (adapters/store/pglite-template.ts): it fits
 * the installed PGlite, a new DATA_DIR starts from it (no initdb) and is
 * migrated, nothing half-made is left beside it, and a damaged or foreign
 * archive is refused rather than written outside the store.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../adapters/store/migrations.ts';
import { openStore } from '../../adapters/store/open-store.ts';
import { installedPgliteVersion, readTar, readTemplateMeta, readTemplateTar, seedFromTemplate, templateProblem } from '../../adapters/store/pglite-template.ts';

/** A one-entry ustar archive naming `name` (type '0', a file, unless `flag` says otherwise). */
function tarOf(name: string, flag = '0', body = 'x'): Buffer {
  const header = Buffer.alloc(512);
  header.write(name, 0, 'latin1');
  header.write('0000644\0', 100, 'latin1');
  header.write(`${body.length.toString(8).padStart(11, '0')}\0`, 124, 'latin1');
  header.write(flag, 156, 'latin1');
  const data = Buffer.alloc(512);
  data.write(body, 0, 'latin1');
  return Buffer.concat([header, data, Buffer.alloc(1024)]);
}

describe('the embedded store template', () => {
  it('was made with the installed PGlite (after upgrading it, run `npm run build-store-template`)', () => {
    expect(readTemplateMeta()?.pglite).toBe(installedPgliteVersion());
    expect(templateProblem()).toBeNull();
  });

  it('is a PostgreSQL data directory whose hash matches its description', async () => {
    const entries = readTar(await readTemplateTar());
    const version = entries.find((e) => e.name === 'PG_VERSION');
    expect(version?.data.toString('latin1').trim()).toBe(readTemplateMeta()?.pgVersion);
    expect(entries.some((e) => e.name === 'global/pg_control')).toBe(true);
  });

  it('seeds a new DATA_DIR, which opens and migrates; no partial directory is left', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'ofsted-template-'));
    const store = await openStore({ dataDir, databaseUrl: null });
    try {
      expect(existsSync(path.join(dataDir, 'pglite', 'PG_VERSION'))).toBe(true);
      const rows = await store.sql.query<{ version: number }>('select version from schema_migrations order by version');
      expect(rows.map((r) => r.version)).toEqual(MIGRATIONS.map((m) => m.version));
      expect(await store.events.first('Ev1')).toBe(true);
      expect(await store.events.first('Ev1')).toBe(false);
    } finally {
      await store.close();
    }
    expect(readdirSync(dataDir).filter((name) => name.includes('partial'))).toEqual([]);
    // Reopened: the same store, not a new one from the template.
    const again = await openStore({ dataDir, databaseUrl: null });
    try {
      expect(await again.events.first('Ev1')).toBe(false);
    } finally {
      await again.close();
    }
  });

  it('leaves a directory that already holds something to PGlite', async () => {
    const dir = path.join(mkdtempSync(path.join(tmpdir(), 'ofsted-template-')), 'pglite');
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'something'), 'not a store');
    expect(await seedFromTemplate(dir)).toBe(false);
    expect(readdirSync(dir)).toEqual(['something']);
  });

  it('refuses archive entries outside the data directory, and links', () => {
    expect(readTar(tarOf('/PG_VERSION')).map((e) => e.name)).toEqual(['PG_VERSION']);
    expect(() => readTar(tarOf('../escape'))).toThrow(/expected relative paths, got "\.\.\/escape"/);
    expect(() => readTar(tarOf('base/../../escape'))).toThrow(/expected relative paths/);
    expect(() => readTar(tarOf('link', '2'))).toThrow(/expected files and directories, got type "2" for "link"/);
    expect(() => readTar(tarOf('short').subarray(0, 512))).toThrow(/runs past the end of the archive/);
  });
});
