/**
 * `npm run teams-package`: the app package Teams admins upload: a zip of
 * manifest.json (the bot in personal, team and group chat scopes, with
 * exactly the commands the bot understands) and both icons.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { TEAMS_COMMANDS } from '../../adapters/teams/command-list.ts';

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '../..');
const BOT = '11111111-2222-3333-4444-555555555555';

/** The files of a zip, read from its local headers. */
function unzip(archive: Buffer): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  let at = 0;
  while (archive.readUInt32LE(at) === 0x04034b50) {
    const size = archive.readUInt32LE(at + 18);
    const nameLength = archive.readUInt16LE(at + 26);
    const extra = archive.readUInt16LE(at + 28);
    const name = archive.subarray(at + 30, at + 30 + nameLength).toString('utf8');
    const start = at + 30 + nameLength + extra;
    files.set(name, inflateRawSync(archive.subarray(start, start + size)));
    at = start + size;
  }
  return files;
}

describe('npm run teams-package', () => {
  it('writes a zip with the manifest (bot, three scopes, the command list) and both icons', async () => {
    const out = mkdtempSync(path.join(tmpdir(), 'teams-package-'));
    const { stdout } = await run(process.execPath, ['--import', 'tsx', 'scripts/teams-package.ts', '--out', out], {
      cwd: ROOT,
      env: { ...process.env, TEAMS_APP_ID: BOT },
    });
    expect(stdout).toContain('ofsted-bot-teams.zip');
    const files = unzip(readFileSync(path.join(out, 'ofsted-bot-teams.zip')));
    expect([...files.keys()]).toEqual(['manifest.json', 'color.png', 'outline.png']);
    const manifest = JSON.parse(files.get('manifest.json')?.toString('utf8') ?? '{}');
    expect(manifest.bots).toHaveLength(1);
    expect(manifest.bots[0]).toMatchObject({ botId: BOT, scopes: ['personal', 'team', 'groupChat'] });
    expect(manifest.bots[0].commandLists[0].commands.map((c: { title: string }) => c.title)).toEqual(TEAMS_COMMANDS.map((c) => c.name));
    expect(manifest.bots[0].commandLists[0].commands.map((c: { title: string }) => c.title)).toEqual(['judgement', 'compare', 'improve', 'follow', 'unfollow', 'following', 'settings', 'help']);
    expect(manifest.icons).toEqual({ color: 'color.png', outline: 'outline.png' });
    // PNGs of the sizes Teams requires: 192×192 colour, 32×32 outline.
    for (const [name, size] of [['color.png', 192], ['outline.png', 32]] as const) {
      const png = files.get(name) ?? Buffer.alloc(0);
      expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
    }
  });

  it('without TEAMS_APP_ID says which variable to set, without a stack trace', async () => {
    const failed = await run(process.execPath, ['--import', 'tsx', 'scripts/teams-package.ts', '--out', tmpdir()], {
      cwd: ROOT,
      env: { ...process.env, TEAMS_APP_ID: 'not-a-guid' },
    }).catch((error: { code: number; stderr: string }) => error);
    expect(failed).toMatchObject({ code: 1 });
    expect((failed as { stderr: string }).stderr).toMatch(/^TEAMS_APP_ID must be the Azure Bot's Microsoft App ID \(a GUID\)/);
    expect((failed as { stderr: string }).stderr).not.toContain('    at ');
  });
});
