/**
 * Parses PDFs on every core: a small pool of worker threads, each running
 * parsePdf (pdfjs is single-threaded and CPU-bound, so one worker per core
 * roughly divides an ingest of the national set by the core count).
 */
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Report } from '../model.ts';

export interface ParseRequest {
  id: number;
  /** Path of the PDF to read. */
  file: string;
  /** Its name as recorded in `Report.source`. */
  source: string;
}

export interface ParseReply {
  id: number;
  report: Report | null;
  /** Why the file was refused (a PdfError's message), or null. */
  error: string | null;
  ms: number;
}

export interface ParsePool {
  parse(file: string, source: string): Promise<ParseReply>;
  /** Stops the workers; pending parses are rejected. */
  close(): Promise<void>;
}

/**
 * The worker runs TypeScript: it registers tsx's loader, then imports the
 * worker module (a worker does not inherit the parent's `--import` hooks).
 */
function workerSource(): string {
  // tsx's ESM API entry, found through its package.json (require.resolve would give the CommonJS one).
  const tsxPackage = createRequire(import.meta.url).resolve('tsx/package.json');
  const tsx = pathToFileURL(path.join(path.dirname(tsxPackage), 'dist', 'esm', 'api', 'index.mjs')).href;
  const entry = new URL('./parse-worker.ts', import.meta.url).href;
  return `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); });`;
}

/** A pool of `size` workers (default: one per core). */
export function createParsePool(size: number = availableParallelism()): ParsePool {
  const code = workerSource();
  const pending = new Map<number, { resolve: (r: ParseReply) => void; reject: (e: Error) => void }>();
  const queue: ParseRequest[] = [];
  const idle: Worker[] = [];
  let nextId = 0;
  let closed = false;

  const dispatch = (): void => {
    while (idle.length > 0 && queue.length > 0) {
      const worker = idle.pop() as Worker;
      worker.postMessage(queue.shift());
    }
  };
  const workers = Array.from({ length: Math.max(1, size) }, () => {
    const worker = new Worker(code, { eval: true });
    worker.on('message', (reply: ParseReply) => {
      pending.get(reply.id)?.resolve(reply);
      pending.delete(reply.id);
      idle.push(worker);
      dispatch();
    });
    worker.on('error', (err) => {
      for (const p of pending.values()) p.reject(new Error(`parse-pool: a worker failed: ${err.message}`));
      pending.clear();
    });
    idle.push(worker);
    return worker;
  });

  return {
    parse(file, source) {
      if (closed) return Promise.reject(new Error('parse-pool: expected an open pool, but it was closed'));
      const id = nextId++;
      return new Promise<ParseReply>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        queue.push({ id, file, source });
        dispatch();
      });
    },
    async close() {
      closed = true;
      for (const p of pending.values()) p.reject(new Error('parse-pool: closed before the parse finished'));
      pending.clear();
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
