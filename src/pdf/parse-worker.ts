/**
 * Worker-thread side of the parse pool (parse-pool.ts): reads and parses one
 * PDF per message, so extraction runs on every core.
 */
import { readFile } from 'node:fs/promises';
import { parentPort } from 'node:worker_threads';
import type { ParseReply, ParseRequest } from './parse-pool.ts';
import { parsePdf } from './parse-pdf.ts';

const port = parentPort;
if (port === null) throw new Error('parse-worker: expected to run in a worker thread, but it was loaded on the main thread');

port.on('message', (request: ParseRequest) => {
  void (async (): Promise<ParseReply> => {
    const started = Date.now();
    try {
      const report = await parsePdf(new Uint8Array(await readFile(request.file)), request.source);
      return { id: request.id, report, error: null, ms: Date.now() - started };
    } catch (err) {
      return { id: request.id, report: null, error: (err as Error).message, ms: Date.now() - started };
    }
  })().then((reply) => port.postMessage(reply));
});
