/**
 * `npm run teams-package [-- --out <dir>]`: write the Teams app package for
 * upload in the Teams admin center or the Developer Portal: manifest.json,
 * color.png and outline.png, and ofsted-bot-teams.zip holding the three.
 * The bot's id is TEAMS_APP_ID (from the environment or .env).
 */
import 'dotenv/config';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { colorIcon, outlineIcon, teamsManifest, zip } from '../adapters/teams/manifest.ts';

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

const args = process.argv.slice(2);
let out = 'teams-package';
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--out') out = args[++i] ?? fail('--out needs a directory, e.g. --out ./dist/teams');
  else if (args[i] === '--help' || args[i] === '-h') {
    process.stdout.write('Usage: npm run teams-package [-- --out <dir>]   (TEAMS_APP_ID must be set)\n');
    process.exit(0);
  } else fail(`Unknown argument "${args[i]}". Usage: npm run teams-package [-- --out <dir>]`);
}
const botId = process.env['TEAMS_APP_ID']?.trim() ?? '';
if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(botId)) {
  fail(`TEAMS_APP_ID must be the Azure Bot's Microsoft App ID (a GUID), but it is ${botId === '' ? 'not set' : `"${botId.slice(0, 40)}"`}. See docs/teams.md.`);
}
const manifest = Buffer.from(`${JSON.stringify(teamsManifest({ botId: botId.toLowerCase() }), null, 2)}\n`);
const files = [
  { name: 'manifest.json', data: manifest },
  { name: 'color.png', data: colorIcon() },
  { name: 'outline.png', data: outlineIcon() },
];
mkdirSync(out, { recursive: true });
for (const file of files) writeFileSync(path.join(out, file.name), file.data);
const archive = path.join(out, 'ofsted-bot-teams.zip');
writeFileSync(archive, zip(files));
process.stdout.write(`Wrote ${archive} (manifest.json, color.png, outline.png) for bot ${botId}.\nUpload it in the Teams admin center (Manage apps → Upload) or the Developer Portal; see docs/teams.md.\n`);
