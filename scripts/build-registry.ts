/**
 * `npm run build-registry`: regenerates `src/registry/authorities.json`, the
 * one registry of English local authorities with children's services, from
 * the official identity data in `../shared/` (DfE statistical neighbours 2025
 * for names, LA codes, regions and neighbours; the report folders for
 * Ofsted's URNs) plus the name forms and successions below, which no sheet
 * holds. The JSON is committed: the bot never needs `../shared` at run time.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AuthorityRecord, Closeness, RegistryFile } from '../src/registry/types.ts';
import { REGISTRY_FORMAT } from '../src/registry/types.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SHARED = path.resolve(ROOT, '..', 'shared');
const NEIGHBOURS_CSV = path.join(SHARED, 'data', 'statistical-neighbours-2025.csv');
const OUT = path.join(ROOT, 'src', 'registry', 'authorities.json');

/** DfE's "Bristol, City of" style names, as Ofsted prints them in reports. */
const CANONICAL: Record<string, string> = {
  'Bristol, City of': 'Bristol',
  'Herefordshire, County of': 'Herefordshire',
  'Kingston upon Hull, City of': 'Kingston upon Hull',
  'County Durham': 'Durham',
};

/**
 * Name forms staff and documents use that the rules in `name-forms.ts` do not
 * derive (abbreviations, old and informal names). Lower case.
 */
const EXTRA_FORMS: Record<string, string[]> = {
  'Bath and North East Somerset': ['banes', 'b&nes', 'bath and ne somerset', 'bath', 'bnes'],
  'Bournemouth, Christchurch and Poole': ['bcp', 'bournemouth christchurch and poole'],
  Birmingham: ['brum', "birmingham children's trust", 'bct'],
  Bristol: ['city of bristol', 'bristol city'],
  Durham: ['county durham'],
  'Herefordshire': ['county of herefordshire'],
  'Isles of Scilly': ['scilly', 'scillies', 'council of the isles of scilly'],
  'Kensington and Chelsea': ['rbkc', 'royal borough of kensington and chelsea', 'k&c', 'k and c', 'kensington & chelsea'],
  'Kingston upon Hull': ['hull', 'hull city', 'city of kingston upon hull'],
  'Kingston upon Thames': ['kingston', 'royal borough of kingston upon thames', 'rbk'],
  'Windsor and Maidenhead': ['rbwm', 'royal borough of windsor and maidenhead'],
  'Greenwich': ['royal borough of greenwich', 'rbg'],
  'City of London': ['corporation of london', 'london corporation', 'city of london corporation'],
  'Southend-on-Sea': ['southend'],
  'Stockton-on-Tees': ['stockton'],
  'Stoke-on-Trent': ['stoke'],
  'Newcastle upon Tyne': ['newcastle'],
  'Richmond upon Thames': ['richmond', 'lbrut'],
  'Blackburn with Darwen': ['blackburn', 'bwd'],
  'Brighton and Hove': ['brighton', 'brighton & hove'],
  'Cheshire West and Chester': ['cwac', 'cheshire west'],
  'Telford and Wrekin': ['telford'],
  'Redcar and Cleveland': ['redcar'],
  'Barking and Dagenham': ['barking', 'lbbd', 'barking & dagenham', 'b&d', 'b and d'],
  // The town alone, as staff say it: no other council's name starts with it.
  'Bracknell Forest': ['bracknell'],
  'Hammersmith and Fulham': ['lbhf', 'hammersmith', 'h&f', 'h and f', 'hammersmith & fulham'],
  'North East Lincolnshire': ['nel', 'ne lincolnshire', 'ne lincs', 'north east lincs', 'nelincs'],
  'East Riding of Yorkshire': ['east riding', 'e riding', 'ery', 'eryc'],
  'St Helens': ['saint helens'],
  'Calderdale': ['halifax'],
  // Children's services run by a trust for the council, as titles sometimes name them.
  Bradford: ['bradford children and families trust'],
  Doncaster: ["doncaster children's services trust", 'donny', 'dcst'],
  Slough: ['slough children first', "slough children's services trust", 'scf'],
  Sandwell: ["sandwell children's trust"],
  Sunderland: ['together for children', 'tfc'],
  Reading: ['brighter futures for children', 'bffc'],
  'Cornwall': ['kernow'],
  'Wirral': ['the wirral'],
  // County and town abbreviations staff type ("bucks", "north lincs", "west northants").
  Middlesbrough: ['boro', 'middlesborough'],
  // A former county by its short form: "northants" alone is the county; "west northants" is its successor.
  Northamptonshire: ['northants'],
  Buckinghamshire: ['bucks'],
  'North Lincolnshire': ['north lincs', 'n lincs'],
  Lincolnshire: ['lincs'],
  'West Northamptonshire': ['west northants', 'w northants'],
  'North Northamptonshire': ['north northants', 'n northants'],
  // A compass point by its letter ("seeing N Somerset DCS next wk"), as "n yorks" and "s glos" below.
  'North Somerset': ['n somerset'],
  'North Tyneside': ['n tyneside'],
  'South Tyneside': ['s tyneside'],
  Nottinghamshire: ['notts'],
  Leicestershire: ['leics'],
  Hertfordshire: ['herts'],
  Gloucestershire: ['glos'],
  Wiltshire: ['wilts'],
  Worcestershire: ['worcs', 'worcestershire children first', 'wcf'],
  Oxfordshire: ['oxon'],
  Cambridgeshire: ['cambs'],
  Staffordshire: ['staffs'],
  Hampshire: ['hants'],
  Derbyshire: ['derbys'],
  Wolverhampton: ['wolves'],
  'Isle of Wight': ['iow'],
  'Westmorland and Furness': ['westmorland'],
  Northumberland: ['northumbs'],
  Lancashire: ['lancs'],
  'West Berkshire': ['west berks', 'w berks'],
  'North Yorkshire': ['north yorks', 'n yorks', 'nycc'],
  'South Gloucestershire': ['south glos', 's glos'],
  'Central Bedfordshire': ['central beds', 'c beds'],
  'Cheshire East': ['cheshire e'],
  'West Sussex': ['w sussex', 'wscc'],
  'East Sussex': ['e sussex', 'escc'],
  // County councils' and boroughs' own initials, and nicknames, where only one authority has them.
  Kent: ['kcc'],
  'Tower Hamlets': ['lbth'],
  'Waltham Forest': ['lbwf'],
  'Milton Keynes': ['mk'],
  Portsmouth: ['pompey'],
  Southampton: ['soton'],
  'Dorset County Council': ['old dorset', 'old dorset county', 'dorset cc'],
};

/** Authorities that no longer exist, and who took over their children's services. */
const PREDECESSORS: Array<Omit<AuthorityRecord, 'slug' | 'forms' | 'neighbours' | 'predecessors' | 'urn'>> = [
  { name: 'Bournemouth', laCode: 837, region: 'South West', until: '2019-03-31', successors: ['Bournemouth, Christchurch and Poole'] },
  { name: 'Poole', laCode: 836, region: 'South West', until: '2019-03-31', successors: ['Bournemouth, Christchurch and Poole'] },
  { name: 'Northamptonshire', laCode: 928, region: 'East Midlands', until: '2021-03-31', successors: ['North Northamptonshire', 'West Northamptonshire'] },
  // Dorset County Council ran children's services for the county outside Bournemouth and Poole until 2019; its area went
  // to Dorset Council, but for Christchurch, which went to BCP. Named only as "the old Dorset (County)" or "Dorset CC":
  // "Dorset" and "Dorset County Council" (a title after the name) stay the council of today.
  { name: 'Dorset County Council', laCode: 835, region: 'South West', until: '2019-03-31', successors: ['Dorset', 'Bournemouth, Christchurch and Poole'] },
  { name: 'Cumbria', laCode: 909, region: 'North West', until: '2023-03-31', successors: ['Cumberland', 'Westmorland and Furness'] },
];

/** Splits one CSV line, honouring double quotes. */
function csvCells(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (ch === ',' && !quoted) {
      cells.push(cell);
      cell = '';
    } else cell += ch;
  }
  cells.push(cell);
  return cells.map((c) => c.trim());
}

function slug(name: string): string {
  return name.toLowerCase().replace(/&/g, ' and ').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}

/** A folder name's authority ("bournemouth, christchurch & poole") in the same comparable form as a name. */
function comparable(name: string): string {
  return slug(name.replace(/^london corporation$/, 'city of london'));
}

async function main(): Promise<void> {
  const csv = (await readFile(NEIGHBOURS_CSV, 'utf8')).replace(/^\uFEFF/, '');
  const [header, ...lines] = csv.split(/\r?\n/).filter((l) => l.trim() !== '');
  if (header === undefined || !header.startsWith('old_la_code,la_name')) throw new Error(`build-registry: expected the DfE neighbours header in ${NEIGHBOURS_CSV}, got "${header?.slice(0, 40)}"`);
  const rows = lines.map(csvCells);
  const nameByCode = new Map(rows.map((r) => [Number(r[0]), CANONICAL[r[1] ?? ''] ?? r[1] ?? '']));

  const urns = new Map<string, number>();
  for (const folder of await readdir(path.join(SHARED, 'reports', 'pdf'))) {
    const match = /^(\d+)_(.+)$/.exec(folder);
    if (match) urns.set(comparable(match[2] ?? ''), Number(match[1]));
  }

  const records: AuthorityRecord[] = rows.map((r) => {
    const name = nameByCode.get(Number(r[0])) ?? '';
    const urn = urns.get(comparable(name)) ?? urns.get(comparable(r[1] ?? ''));
    if (urn === undefined) throw new Error(`build-registry: no report folder (URN) found for ${name}`);
    const neighbours = [];
    for (let k = 0; k < 10; k++) {
      const code = Number(r[4 + 2 * k]);
      const neighbour = nameByCode.get(code);
      if (neighbour === undefined) throw new Error(`build-registry: ${name}'s neighbour ${code} is not in the sheet`);
      neighbours.push({ name: neighbour, closeness: (r[5 + 2 * k] ?? '').toLowerCase() as Closeness });
    }
    const predecessors = PREDECESSORS.filter((p) => p.successors.includes(name)).map((p) => p.name);
    return {
      name,
      slug: slug(name),
      urn,
      laCode: Number(r[0]),
      region: r[3] ?? '',
      forms: (EXTRA_FORMS[name] ?? []).sort(),
      neighbours,
      predecessors,
      successors: [],
      until: null,
    };
  });
  for (const p of PREDECESSORS) {
    records.push({ ...p, slug: slug(p.name), urn: null, forms: (EXTRA_FORMS[p.name] ?? []).sort(), neighbours: [], predecessors: [] });
  }
  records.sort((a, b) => a.name.localeCompare(b.name));
  const file: RegistryFile = {
    format: REGISTRY_FORMAT,
    sources: [
      'Department for Education, children\'s services statistical neighbours 2025 (Open Government Licence v3.0)',
      'Ofsted, reports site provider URNs',
    ],
    authorities: records,
  };
  // One authority a line: readable, and a change to one authority is a one-line diff.
  const rowsOut = file.authorities.map((a) => `  ${JSON.stringify(a)}`).join(',\n');
  const head = JSON.stringify({ format: file.format, sources: file.sources }).slice(0, -1);
  await writeFile(OUT, `${head},\n "authorities": [\n${rowsOut}\n ]\n}\n`);
  process.stdout.write(`build-registry: wrote ${records.length} authorities to ${path.relative(ROOT, OUT)}\n`);
}

await main();
