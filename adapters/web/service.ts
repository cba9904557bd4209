/**
 * The web reader as a running service, as `npm run web` and `npm start`
 * (with WEB_PORT) start it: the server on the reloading corpus (so a new
 * index shows on the next page), listening on the port.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import type { Corpus } from '../../src/index.ts';
import type { Logger } from '../../src/logger.ts';
import { INDEX_FILE_NAME } from '../../src/search/index-file.ts';
import { createWebServer, type WebServerOptions } from './server.ts';

export interface WebService {
  name: 'web';
  port: number;
  stopAccepting(): void;
  stop(): Promise<void>;
}

export interface StartWebOptions {
  /** A corpus that follows the index (the reloading corpus's `corpus`). */
  corpus: Corpus;
  logger: Logger;
  port: number;
  /** Interface to listen on (default all; tests 127.0.0.1). */
  host?: string;
  /** The index directory, whose index file's time the home page gives as "last changed". */
  indexDir: string;
  rateLimit?: WebServerOptions['rateLimit'];
}

export async function startWebService(options: StartWebOptions): Promise<WebService> {
  const file = path.join(options.indexDir, INDEX_FILE_NAME);
  const web = createWebServer({
    corpus: options.corpus,
    logger: options.logger,
    indexChanged: () => {
      try {
        return statSync(file).mtime;
      } catch {
        return null;
      }
    },
    ...(options.rateLimit === undefined ? {} : { rateLimit: options.rateLimit }),
  });
  const port = await web.listen(options.port, options.host);
  options.logger.info({ port }, 'web reader listening');
  return { name: 'web', port, stopAccepting: () => web.stopAccepting(), stop: () => web.close() };
}
