/**
 * The web reader on 127.0.0.1 (port 0) over the real bundled index, for
 * tests: one server per test file, and a `get` that returns status, headers
 * and body.
 */
import { loadCorpus, type Corpus } from '../../../src/index.ts';
import { createLogger } from '../../../src/logger.ts';
import { createWebServer, type WebServer, type WebServerOptions } from '../../../adapters/web/server.ts';

export interface TestWeb {
  base: string;
  corpus: Corpus;
  web: WebServer;
  get(path: string, init?: RequestInit): Promise<{ status: number; headers: Headers; body: string }>;
  close(): Promise<void>;
}

export async function startTestWeb(options: Partial<WebServerOptions> = {}): Promise<TestWeb> {
  const corpus = options.corpus ?? (await loadCorpus({ build: false }));
  const web = createWebServer({ corpus, logger: createLogger('silent'), ...options });
  const port = await web.listen(0, '127.0.0.1');
  const base = `http://127.0.0.1:${port}`;
  return {
    base,
    corpus,
    web,
    async get(path, init) {
      const response = await fetch(`${base}${path}`, { redirect: 'manual', ...init });
      return { status: response.status, headers: response.headers, body: await response.text() };
    },
    close: () => web.close(),
  };
}
