/**
 * `npm run build-store-template`: make the embedded store's template (see
 * adapters/store/pglite-template.ts) with the installed PGlite — run it after
 * upgrading @electric-sql/pglite, and commit the two files it writes. Takes
 * 10-20 s and about 800 MB of memory, once, here instead of on every new store.
 */
import { createHash } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { brotliCompress, constants } from 'node:zlib';
import { PGlite } from '@electric-sql/pglite';
import { installedPgliteVersion, PGLITE_START_PARAMS, TEMPLATE_FILE, TEMPLATE_META_FILE, type TemplateMeta } from '../adapters/store/pglite-template.ts';

const started = performance.now();
// An empty cluster, as initdb leaves it; the bot's migrations run when a store is opened.
const db = await PGlite.create({ startParams: [...PGLITE_START_PARAMS] });
const pgVersion = String((await db.query<{ v: string }>("select current_setting('server_version_num') as v")).rows[0]?.v ?? '').slice(0, 2);
await db.exec('checkpoint');
const tar = Buffer.from(await (await db.dumpDataDir('none')).arrayBuffer());
await db.close();

const compressed = await promisify(brotliCompress)(tar, {
  params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_LGWIN]: 24, [constants.BROTLI_PARAM_SIZE_HINT]: tar.length },
});
const meta: TemplateMeta = { pglite: installedPgliteVersion(), pgVersion, sha256: createHash('sha256').update(tar).digest('hex') };
await writeFile(TEMPLATE_FILE, compressed);
await writeFile(TEMPLATE_META_FILE, `${JSON.stringify(meta, null, 2)}\n`);
process.stdout.write(
  `Wrote ${TEMPLATE_FILE} (${(compressed.length / 1024 / 1024).toFixed(2)} MiB; ${(tar.length / 1024 / 1024).toFixed(1)} MiB as a tar) ` +
    `for PGlite ${meta.pglite} (PostgreSQL ${pgVersion}) in ${((performance.now() - started) / 1000).toFixed(1)} s.\n`,
);
