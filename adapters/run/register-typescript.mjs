/**
 * `node --import ./adapters/run/register-typescript.mjs adapters/main.ts`:
 * how `npm start`, the systemd unit and the container run the bot. See
 * typescript-hooks.mjs for why not tsx.
 */
import { register } from 'node:module';

process.setSourceMapsEnabled(true);
register('./typescript-hooks.mjs', import.meta.url);
