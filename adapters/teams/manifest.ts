/**
 * The Teams app package: `manifest.json` (the bot in personal, team and
 * group chat scopes, with the command list of command-list.ts), the two
 * icons Teams requires (192×192 colour, 32×32 white outline on transparent),
 * zipped for upload in the Teams admin center or the Developer Portal. The
 * package asks for no permission beyond the bot itself: no resource-specific
 * consent, no Graph access (docs/teams.md says why).
 */
import { crc32, deflateRawSync, deflateSync } from 'node:zlib';
import { TEAMS_COMMANDS } from './command-list.ts';

export const MANIFEST_VERSION = '1.17';

export interface ManifestOptions {
  /** The Azure Bot's Microsoft App ID (TEAMS_APP_ID). */
  botId: string;
  /** The Teams app's own id; by default the bot's (one app, one bot). */
  appId?: string;
  version?: string;
  /** Where the bot's privacy statement and terms are published. */
  websiteUrl?: string;
}

/** The manifest for `options`. */
export function teamsManifest(options: ManifestOptions): Record<string, unknown> {
  const website = options.websiteUrl ?? 'https://github.com/ofsted-bot/ofsted-bot';
  const scopes = ['personal', 'team', 'groupChat'];
  return {
    $schema: `https://developer.microsoft.com/en-us/json-schemas/teams/v${MANIFEST_VERSION}/MicrosoftTeams.schema.json`,
    manifestVersion: MANIFEST_VERSION,
    version: options.version ?? '1.0.0',
    id: options.appId ?? options.botId,
    developer: { name: 'ofsted-bot', websiteUrl: website, privacyUrl: `${website}#privacy`, termsOfUseUrl: `${website}#terms` },
    name: { short: 'Ofsted reports', full: "Ofsted reports: inspections of children's services" },
    description: {
      short: "Inspectors' own words on councils' children's services, cited.",
      full:
        "Answers questions about Ofsted inspections of English councils' children's services with quoted report paragraphs, each cited by report and paragraph number. Grades, comparisons, improvement lists, and alerts in a channel when a followed authority gets a new report.",
    },
    icons: { color: 'color.png', outline: 'outline.png' },
    accentColor: '#1D4F91',
    bots: [
      {
        botId: options.botId,
        scopes,
        supportsFiles: false,
        isNotificationOnly: false,
        commandLists: [{ scopes, commands: TEAMS_COMMANDS.map((c) => ({ title: c.name, description: c.description.slice(0, 128) })) }],
      },
    ],
    validDomains: [],
  };
}

/** A PNG of `size`×`size` drawn by `pixel(x, y)` → [r, g, b, a]. */
export function png(size: number, pixel: (x: number, y: number) => [number, number, number, number]): Buffer {
  const rows: Buffer[] = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x++) row.set(pixel(x, y), 1 + x * 4);
    rows.push(row);
  }
  const chunk = (type: string, data: Buffer): Buffer => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), 8 + data.length);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', header), chunk('IDAT', deflateSync(Buffer.concat(rows))), chunk('IEND', Buffer.alloc(0))]);
}

/** The colour icon: a white open book (two pages) on the accent colour. */
export function colorIcon(): Buffer {
  return png(192, (x, y) => {
    const page = y >= 56 && y <= 136 && ((x >= 40 && x <= 92) || (x >= 100 && x <= 152));
    const line = page && (y - 56) % 16 === 8 && ((x >= 48 && x <= 84) || (x >= 108 && x <= 144));
    if (line) return [29, 79, 145, 255];
    return page ? [255, 255, 255, 255] : [29, 79, 145, 255];
  });
}

/** The outline icon: the book's outline in white on transparent, as Teams requires. */
export function outlineIcon(): Buffer {
  return png(32, (x, y) => {
    const inLeft = x >= 6 && x <= 15 && y >= 9 && y <= 23;
    const inRight = x >= 17 && x <= 26 && y >= 9 && y <= 23;
    const edge = (inLeft && (x === 6 || x === 15 || y === 9 || y === 23)) || (inRight && (x === 17 || x === 26 || y === 9 || y === 23));
    return edge ? [255, 255, 255, 255] : [0, 0, 0, 0];
  });
}

/** A zip archive of `files` (deflated), as Teams' package upload reads. */
export function zip(files: ReadonlyArray<{ name: string; data: Buffer }>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const file of files) {
    const name = Buffer.from(file.name, 'utf8');
    const compressed = deflateRawSync(file.data);
    const crc = crc32(file.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt32LE(0x00210000, 10); // 1 January 1980
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(compressed.length, 18);
    local.writeUInt32LE(file.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(0x00210000, 12);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(compressed.length, 20);
    central.writeUInt32LE(file.data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, compressed);
    centrals.push(central, name);
    offset += local.length + name.length + compressed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
