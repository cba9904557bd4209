/**
 * How the embedded store (PGlite) is started and created, for a small
 * footprint.
 *
 * Memory: PostgreSQL's default `shared_buffers` is 128 MB, and in PGlite that
 * is WebAssembly memory the process keeps. The store holds a few thousand
 * small rows (a few MB on disk), so {@link PGLITE_START_PARAMS} asks for 8 MB. And V8 compiles
 * PGlite's 9 MB of WebAssembly twice by default: a quick baseline (Liftoff),
 * then optimised code (TurboFan) for functions that run often. For the
 * store's small queries the second compile costs more than it saves — about
 * 70 MB of RSS and a second of CPU at start-up, and 2000 upserts run no
 * faster — so {@link tuneWasmEngine} keeps the baseline only. It affects
 * WebAssembly alone (the bot's only WebAssembly is PGlite), not JavaScript.
 *
 * Creation: a new PGlite data directory is made by running initdb inside the
 * process, which takes 10 to 20 s and peaks near 800 MB of RSS (a second
 * PostgreSQL instance and a copy of its heap, alive together) — more than a
 * 512 MB container has. Instead, a new store starts from a template: an empty
 * cluster made once by that same initdb (`npm run build-store-template`),
 * shipped as a brotli-compressed tar beside this file (about 1.4 MB). Seeding
 * one takes well under a second. The template records the PGlite version it
 * was made with; a different installed PGlite (whose catalogue may differ)
 * falls back to initdb with a warning, and a test fails until the template is
 * rebuilt.
 */
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { promisify } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { brotliDecompress } from 'node:zlib';
import { PGlite } from '@electric-sql/pglite';

/** PGlite's own start parameters, plus memory settings sized for the bot's store. */
export const PGLITE_START_PARAMS: readonly string[] = [
  ...PGlite.defaultStartParams,
  '-c', 'shared_buffers=8MB',
  '-c', 'max_connections=8',
];

let tuned = false;

/**
 * Baseline WebAssembly compilation only (see the module comment); called
 * before PGlite compiles its module. A V8 flag set at run time rather than on
 * the command line, so it is in one place for `npm start`, the unit, the
 * container and the tests, and a Node whose V8 lacks it starts anyway.
 */
export function tuneWasmEngine(): void {
  if (tuned) return;
  tuned = true;
  setFlagsFromString('--liftoff-only');
}

/** The template, and its description (see the module comment). */
export const TEMPLATE_FILE = path.join(import.meta.dirname, 'pglite-template.tar.br');
export const TEMPLATE_META_FILE = path.join(import.meta.dirname, 'pglite-template.json');

export interface TemplateMeta {
  /** The @electric-sql/pglite version that made it. */
  pglite: string;
  /** PostgreSQL's major version (the data directory's PG_VERSION). */
  pgVersion: string;
  /** sha256 of the uncompressed tar. */
  sha256: string;
}

/** The installed @electric-sql/pglite version. */
export function installedPgliteVersion(): string {
  const require = createRequire(import.meta.url);
  // The package's exports do not list package.json: find it from the entry point.
  let dir = path.dirname(require.resolve('@electric-sql/pglite'));
  while (!existsSync(path.join(dir, 'package.json'))) dir = path.dirname(dir);
  return (JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { version: string }).version;
}

export function readTemplateMeta(): TemplateMeta | null {
  try {
    return JSON.parse(readFileSync(TEMPLATE_META_FILE, 'utf8')) as TemplateMeta;
  } catch {
    return null;
  }
}

/** Why the shipped template cannot be used with the installed PGlite, or null when it can. */
export function templateProblem(): string | null {
  const meta = readTemplateMeta();
  if (meta === null || !existsSync(TEMPLATE_FILE)) return `no store template at ${TEMPLATE_FILE}`;
  const installed = installedPgliteVersion();
  if (meta.pglite !== installed) return `the store template was made with PGlite ${meta.pglite}, but ${installed} is installed`;
  return null;
}

/** The template as an uncompressed tar, checked against its recorded hash. */
export async function readTemplateTar(): Promise<Buffer> {
  const meta = readTemplateMeta();
  const tar = await promisify(brotliDecompress)(await readFile(TEMPLATE_FILE));
  const sha256 = createHash('sha256').update(tar).digest('hex');
  if (meta === null || sha256 !== meta.sha256) {
    throw new Error(`store template ${TEMPLATE_FILE} is damaged: expected sha256 ${meta?.sha256 ?? '(no description file)'}, got ${sha256}`);
  }
  return tar;
}

/** One entry of a tar archive: a directory, or a file and its bytes. */
interface TarEntry {
  name: string;
  type: 'file' | 'directory';
  data: Buffer;
}

/** The entries of a ustar archive (what PGlite's dumpDataDir writes): regular files and directories only. */
export function readTar(tar: Buffer): TarEntry[] {
  const entries: TarEntry[] = [];
  const text = (start: number, length: number): string => tar.toString('latin1', start, start + length).replace(/\0.*$/s, '');
  for (let offset = 0; offset + 512 <= tar.length; ) {
    const header = tar.subarray(offset, offset + 512);
    if (header.every((byte) => byte === 0)) break;
    const prefix = text(offset + 345, 155);
    const base = text(offset, 100);
    const name = prefix === '' ? base : `${prefix}/${base}`;
    const size = Number.parseInt(text(offset + 124, 12).trim() || '0', 8);
    const flag = text(offset + 156, 1);
    const start = offset + 512;
    if (!Number.isFinite(size) || start + size > tar.length) throw new Error(`store template: entry "${name}" runs past the end of the archive`);
    // PGlite writes names from the data directory's root ("/PG_VERSION"): taken as relative to it.
    const normalised = path.posix.normalize(name.replace(/^\/+/, '')).replace(/\/$/, '');
    if (path.posix.isAbsolute(normalised) || normalised.split('/').includes('..')) {
      throw new Error(`store template: expected relative paths, got "${name}"`);
    }
    if (normalised === '.') {
      // The root itself.
    } else if (flag === '5') entries.push({ name: normalised, type: 'directory', data: Buffer.alloc(0) });
    else if (flag === '0' || flag === '') entries.push({ name: normalised, type: 'file', data: tar.subarray(start, start + size) });
    else throw new Error(`store template: expected files and directories, got type "${flag}" for "${name}"`);
    offset = start + Math.ceil(size / 512) * 512;
  }
  return entries;
}

/** Whether `dir` holds a PGlite data directory already. */
export function isDataDirectory(dir: string): boolean {
  return existsSync(path.join(dir, 'PG_VERSION'));
}

/**
 * Create the data directory `dir` from the template, if it does not hold one
 * and the template fits the installed PGlite. Written aside and renamed into
 * place, so a start killed half-way leaves no half-made store. Returns false
 * (PGlite then runs initdb itself) when the template cannot be used, saying
 * why through `warn`.
 */
export async function seedFromTemplate(dir: string, warn: (message: string) => void = () => undefined): Promise<boolean> {
  if (isDataDirectory(dir)) return false;
  const problem = templateProblem();
  if (problem !== null) {
    warn(`${problem}; creating the store with initdb instead (slow: 10-20 s and about 800 MB of memory). Run \`npm run build-store-template\`.`);
    return false;
  }
  // Something other than an empty directory (a store made by another tool, say) is left to PGlite.
  const existing = await readdir(dir).catch(() => null);
  if (existing !== null && existing.length > 0) return false;

  const aside = `${dir}.partial-${randomUUID()}`;
  try {
    for (const entry of readTar(await readTemplateTar())) {
      const target = path.join(aside, entry.name);
      if (entry.type === 'directory') await mkdir(target, { recursive: true });
      else {
        await mkdir(path.dirname(target), { recursive: true });
        await writeFile(target, entry.data);
      }
    }
    await rm(dir, { recursive: true, force: true });
    await rename(aside, dir);
    return true;
  } finally {
    await rm(aside, { recursive: true, force: true });
  }
}

/** The template as a Blob for PGlite's `loadDataDir` (an in-memory store), or undefined when it does not fit. */
export async function templateBlob(): Promise<Blob | undefined> {
  if (templateProblem() !== null) return undefined;
  return new Blob([await readTemplateTar()], { type: 'application/x-tar' });
}
