/** `npm run web`: the web reader alone, on WEB_PORT (default 3000); see run-web.ts. */
import 'dotenv/config';
import { ConfigError, readConfig } from '../config.ts';
import { runWebOnly } from './run-web.ts';

try {
  await runWebOnly(readConfig());
} catch (error) {
  process.stderr.write(
    error instanceof ConfigError ? `${error.message}\nSee .env.example for every variable.\n` : `ofsted-web: ${(error as Error).message}\n`,
  );
  process.exit(1);
}
