/**
 * Groups of councils staff name as one, beside DfE's and Ofsted's regions:
 * combined-authority areas ("the GM councils", "South Yorkshire") and the
 * councils that share a children's services company or trust ("the AfC
 * boroughs", "the tri-borough"). A list, count or change of grade asked of a
 * group is asked of its members, as one of a region is (authorities.ts,
 * inRegion); the words naming it are never read as one of its councils
 * ("Greater Manchester" is not Manchester). Members are current authorities.
 */

export interface CouncilGroup {
  /** The group's name as an answer prints it after "in" ("in Greater Manchester", "in the Black Country"). */
  name: string;
  /** How questions name it, as lower-case words (punctuation read as spaces: "Children's" is "children s"). */
  forms: readonly string[];
  members: readonly string[];
}

export const COUNCIL_GROUPS: readonly CouncilGroup[] = [
  {
    name: 'Greater Manchester',
    forms: ['greater manchester', 'gm'],
    members: ['Bolton', 'Bury', 'Manchester', 'Oldham', 'Rochdale', 'Salford', 'Stockport', 'Tameside', 'Trafford', 'Wigan'],
  },
  { name: 'Merseyside', forms: ['merseyside'], members: ['Knowsley', 'Liverpool', 'Sefton', 'St Helens', 'Wirral'] },
  { name: 'the Liverpool City Region', forms: ['liverpool city region', 'lcr'], members: ['Halton', 'Knowsley', 'Liverpool', 'Sefton', 'St Helens', 'Wirral'] },
  { name: 'West Yorkshire', forms: ['west yorkshire', 'west yorks'], members: ['Bradford', 'Calderdale', 'Kirklees', 'Leeds', 'Wakefield'] },
  { name: 'South Yorkshire', forms: ['south yorkshire', 'south yorks'], members: ['Barnsley', 'Doncaster', 'Rotherham', 'Sheffield'] },
  { name: 'Tyne and Wear', forms: ['tyne and wear', 'tyne wear'], members: ['Gateshead', 'Newcastle upon Tyne', 'North Tyneside', 'South Tyneside', 'Sunderland'] },
  { name: 'the Tees Valley', forms: ['tees valley'], members: ['Darlington', 'Hartlepool', 'Middlesbrough', 'Redcar and Cleveland', 'Stockton-on-Tees'] },
  { name: 'the Black Country', forms: ['black country'], members: ['Dudley', 'Sandwell', 'Walsall', 'Wolverhampton'] },
  { name: 'the tri-borough', forms: ['tri borough', 'triborough'], members: ['Hammersmith and Fulham', 'Kensington and Chelsea', 'Westminster'] },
  { name: 'the bi-borough', forms: ['bi borough', 'biborough'], members: ['Kensington and Chelsea', 'Westminster'] },
  // Achieving for Children runs children's services for all three.
  { name: 'the AfC boroughs', forms: ['afc', 'achieving for children'], members: ['Kingston upon Thames', 'Richmond upon Thames', 'Windsor and Maidenhead'] },
  // The Northamptonshire Children's Trust serves both successors of the county.
  { name: 'the Northamptonshire Children’s Trust', forms: ['nct', 'northamptonshire children s trust', 'northamptonshire childrens trust'], members: ['North Northamptonshire', 'West Northamptonshire'] },
];

/** Every group's forms as word sequences, longest first, for reading a question word by word. */
export const GROUP_FORMS: ReadonlyArray<{ group: CouncilGroup; words: readonly string[] }> = COUNCIL_GROUPS.flatMap((group) =>
  group.forms.map((form) => ({ group, words: form.split(' ') })),
).sort((a, b) => b.words.length - a.words.length);

/** The group `words` name, or undefined. */
export function groupNamedIn(words: readonly string[]): CouncilGroup | undefined {
  return GROUP_FORMS.find(({ words: form }) => words.some((_, i) => form.every((w, k) => words[i + k] === w)))?.group;
}

/** The group of this name, or undefined. */
export function groupByName(name: string): CouncilGroup | undefined {
  return COUNCIL_GROUPS.find((g) => g.name === name);
}
