/**
 * The floor `loadCorpus()` is held against: reading and `JSON.parse` of the
 * index as format 2 wrote it (`index.json`, one JSON document: the paragraph
 * store as objects, Lunr's postings and field vectors as arrays), with
 * nothing else done. The bench writes that file from the current index (the
 * same content, byte for byte what format 2 wrote) and times the two side by
 * side in fresh processes, so the ratio holds on any machine.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { decodeIndexFile, expandIndexFile } from '../src/search/index-binary.ts';
import { INDEX_FILE_NAME, readIndexBytes } from '../src/search/index-file.ts';

/** Write `<indexDir>/index.bin`'s content as format 2's `index.json` to `out`; returns its size in bytes. */
export async function writeFormat2Index(indexDir: string, out: string): Promise<number> {
  const file = path.join(indexDir, INDEX_FILE_NAME);
  const bytes = await readIndexBytes(file);
  if (bytes === null) throw new Error(`load-floor: no index at ${file}; expected one (run \`npm run build-index\`).`);
  const content = expandIndexFile(decodeIndexFile(bytes, file));
  // Format 2 wrote characters past ASCII as \u escapes (an ASCII file reads into a one-byte string).
  const json = JSON.stringify({ format: 'ofsted-bot-index', version: 2, ...content }).replace(
    /[\u007f-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  await writeFile(out, `${json}\n`);
  return Buffer.byteLength(json) + 1;
}
