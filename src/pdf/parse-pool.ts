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
  /** The request each busy worker is parsing. */
  const busy = new Map<Worker, ParseRequest>();
  const workers = new Set<Worker>();
  let nextId = 0;
  let closed = false;

  const settle = (reply: ParseReply): void => {
    pending.get(reply.id)?.resolve(reply);
    pending.delete(reply.id);
  };
  const dispatch = (): void => {
    while (idle.length > 0 && queue.length > 0) {
      const worker = idle.pop() as Worker;
      const request = queue.shift() as ParseRequest;
      busy.set(worker, request);
      worker.postMessage(request);
    }
  };
  /**
   * A file that kills its worker (pdfjs failing outside parsePdf's own error
   * handling) is refused like any unreadable file; a new worker takes the
   * dead one's place, so one bad PDF never stops the rest of an ingest.
   */
  const start = (): void => {
    const worker = new Worker(code, { eval: true });
    workers.add(worker);
    worker.on('message', (reply: ParseReply) => {
      busy.delete(worker);
      settle(reply);
      idle.push(worker);
      dispatch();
    });
    worker.on('error', (err) => {
      const request = busy.get(worker);
      busy.delete(worker);
      workers.delete(worker);
      if (request !== undefined) settle({ id: request.id, report: null, error: `parse-pool: ${request.source} crashed the PDF reader: ${err.message}`, ms: 0 });
      if (!closed) {
        start();
        dispatch();
      }
    });
    idle.push(worker);
  };
  for (let i = 0; i < Math.max(1, size); i++) start();

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
      await Promise.all([...workers].map((w) => w.terminate()));
    },
  };
}
