/**
 * The sector's vocabulary, as the search pipeline uses it.
 *
 * Staff write "LADO", reports write "local authority designated officer" (and
 * the other way round). Each {@link Concept} maps every way of writing one
 * idea to one concept token, added beside the words at index time and used in
 * place of them at query time, so either form finds the other.
 */

export interface Concept {
  /** The token every form maps to (kept short and distinct from ordinary words). */
  token: string;
  /** Single-word forms, lower case (abbreviations and their plurals). */
  words: readonly string[];
  /** Multi-word forms, lower case, words separated by spaces (punctuation ignored). */
  phrases: readonly string[];
  /** Single-word forms as a whole-word pattern, lower case, for families of local names ("BSCB", "MSCB"). */
  pattern?: RegExp;
}

/** Abbreviations and their long forms, both ways. */
export const ABBREVIATIONS: readonly Concept[] = [
  {
    token: 'lado',
    words: ['lado', 'lados'],
    // What the LADO does, as reports put it when they do not name the role.
    phrases: [
      'local authority designated officer',
      'designated officer',
      'allegations against professionals',
      'allegations against staff',
      'allegations against people who work with children',
      'allegations involving people who work with children',
      'allegations involving professionals',
      'allegations about professionals',
      'allegations made about professionals',
      'allegations made against professionals',
      'managing allegations',
    ],
  },
  // The service a child's call reaches at night: "out of hours" to staff, "emergency duty team" (EDT) in many reports.
  {
    token: 'edt',
    words: ['edt', 'edts', 'ooh'],
    phrases: [
      'out of hours',
      'out of office hours',
      'outside office hours',
      'outside of office hours',
      'outside normal office hours',
      'outside of normal office hours',
      'outside normal working hours',
      'outside of normal working hours',
      'emergency duty',
      'emergency duty team',
      'emergency duty service',
    ],
  },
  { token: 'iro', words: ['iro', 'iros'], phrases: ['independent reviewing officer', 'independent reviewing service'] },
  { token: 'pa', words: ['pa', 'pas'], phrases: ['personal adviser', 'personal advisor'] },
  {
    token: 'mash',
    words: ['mash'],
    phrases: ['multi agency safeguarding hub', 'multiagency safeguarding hub', 'front door'],
  },
  { token: 'neet', words: ['neet'], phrases: ['not in education employment or training', 'not in education training or employment'] },
  { token: 'eet', words: ['eet'], phrases: ['in education employment or training', 'education employment and training'] },
  {
    token: 'camhs',
    words: ['camhs'],
    phrases: ['child and adolescent mental health service', 'children and young people s mental health service'],
  },
  {
    token: 'uasc',
    // "Unaccompanied" alone is nearly always these children ("unaccompanied care leavers", "… asylum seekers").
    words: ['uasc', 'unaccompanied'],
    // Newer reports say "separated children seeking asylum" for the same children.
    phrases: [
      'unaccompanied asylum seeking children',
      'unaccompanied asylum seeking child',
      'unaccompanied children',
      'asylum seeking children',
      'asylum seeking young people',
      'separated children seeking asylum',
      // The 2024 and 2026 reports' words for the same children.
      'separated migrant children',
      'separated migrant child',
      // "separated migrant young people", "… care leavers".
      'separated migrant',
      'separated young people',
      'asylum seeker',
      'asylum seekers',
      'migrant children',
      'separated children',
      'children seeking asylum',
    ],
  },
  { token: 'sgo', words: ['sgo', 'sgos'], phrases: ['special guardianship order', 'special guardianship', 'special guardian'] },
  { token: 'plo', words: ['plo'], phrases: ['public law outline', 'pre proceedings', 'preproceedings'] },
  {
    token: 'ehcp',
    words: ['ehcp', 'ehcps'],
    phrases: ['education health and care plan', 'ehc plan', 'education health care plan'],
  },
  { token: 'cse', words: ['cse'], phrases: ['child sexual exploitation', 'sexual exploitation'] },
  { token: 'cce', words: ['cce'], phrases: ['child criminal exploitation', 'criminal exploitation'] },
  { token: 'cin', words: ['cin'], phrases: ['child in need', 'children in need'] },
  { token: 'cp', words: ['cp'], phrases: ['child protection'] },
  {
    token: 'cla',
    words: ['cla', 'lac', 'cic'],
    phrases: [
      'children looked after',
      'looked after children',
      'looked after child',
      'child looked after',
      'children in care',
      'child in care',
      'kids in care',
      'young people in care',
      'looked after',
      'cared for children',
      'cared for kids',
      'cared for young people',
      'children we care for',
    ],
  },
  { token: 'pep', words: ['pep', 'peps'], phrases: ['personal education plan'] },
  { token: 'dcs', words: ['dcs'], phrases: ["director of children s services", 'director of children services'] },
  { token: 'qa', words: ['qa'], phrases: ['quality assurance'] },
  {
    token: 'lscb',
    // The boards (2013-2019) became the safeguarding partnerships (2019 on): one function across eras,
    // so a question in either era's words finds both.
    words: ['lscb', 'lscbs', 'lscp', 'lscps', 'scp'],
    // Each board's own initials: BSCB (Buckinghamshire), MSCB, NTSCB, CYSCB… over a thousand times in the reports.
    pattern: /^[a-z]{1,4}sc[bp]s?$/,
    phrases: [
      'local safeguarding children board',
      'safeguarding children board',
      'local safeguarding board',
      'safeguarding board',
      'safeguarding children partnership',
      'local safeguarding children partnership',
      'safeguarding partnership',
      'safeguarding partners',
      'multi agency safeguarding arrangements',
    ],
  },
  // Serious case reviews (to 2019) became child safeguarding practice reviews, and local ones rapid reviews.
  {
    token: 'scr',
    words: ['scr', 'scrs', 'cspr', 'csprs', 'lcspr', 'lcsprs'],
    phrases: ['serious case review', 'serious case reviews', 'child safeguarding practice review', 'child safeguarding practice reviews', 'safeguarding practice review', 'safeguarding practice reviews'],
  },
  { token: 'rhi', words: ['rhi', 'rhis'], phrases: ['return home interview', 'return interview'] },
  { token: 'ehe', words: ['ehe'], phrases: ['elective home education', 'electively home educated', 'home educated', 'home education'] },
  { token: 'yjs', words: ['yjs', 'yos', 'yot'], phrases: ['youth justice', 'youth offending'] },
  { token: 'jtai', words: ['jtai'], phrases: ['joint targeted area inspection'] },
  { token: 'asye', words: ['asye'], phrases: ['assessed and supported year in employment'] },
  { token: 'vsh', words: ['vsh'], phrases: ['virtual school head', 'virtual school'] },
  { token: 'nrm', words: ['nrm'], phrases: ['national referral mechanism'] },
  { token: 'sen', words: ['sen', 'send'], phrases: ['special educational needs', 'special educational need'] },
  { token: 'abe', words: ['abe'], phrases: ['achieving best evidence'] },
  { token: 'sw', words: ['sw', 'sws'], phrases: ['social worker'] },
  { token: 'cdop', words: ['cdop'], phrases: ['child death overview panel'] },
  { token: 'icpc', words: ['icpc', 'icpcs'], phrases: ['initial child protection conference'] },
  { token: 'rcpc', words: ['rcpc', 'rcpcs'], phrases: ['review child protection conference', 'child protection review conference'] },
  { token: 'dols', words: ['dols'], phrases: ['deprivation of liberty'] },
  { token: 'fgc', words: ['fgc', 'fgcs'], phrases: ['family group conference', 'family group conferencing'] },
  { token: 'gcp', words: ['gcp', 'gcp2'], phrases: ['graded care profile'] },
  // The common assessment framework (CAF) was the early help assessment of its era.
  { token: 'eha', words: ['eha', 'ehas', 'caf', 'cafs'], phrases: ['early help assessment', 'common assessment framework', 'common assessment', 'common assessments'] },
  { token: 'csc', words: ['csc'], phrases: ['children social care'] },
  // The Children Act's sections staff name by number (numbers alone are not searched).
  { token: 's20', words: ['s20'], phrases: ['section 20', 'section twenty', 's 20'] },
  { token: 's47', words: ['s47'], phrases: ['section 47', 's 47'] },
  { token: 's17', words: ['s17'], phrases: ['section 17', 's 17'] },
];

/** Plain-English synonyms: the reports' words and the words staff use for them. */
export const SYNONYMS: readonly Concept[] = [
  { token: 'sibl', words: ['siblings', 'sibling'], phrases: ['brothers and sisters', 'brother and sister', 'brothers or sisters'] },
  { token: 'caseload', words: ['caseload', 'caseloads', 'workload', 'workloads'], phrases: ['case load', 'work load'] },
  {
    token: 'mentalhealth',
    words: ['camhs', 'wellbeing'],
    phrases: ['mental health', 'emotional health', 'emotional well being', 'emotional wellbeing', 'emotional and mental health'],
  },
  { token: 'domesticabuse', words: ['da', 'dv', 'dva'], phrases: ['domestic abuse', 'domestic violence'] },
  { token: 'careleaver', words: ['careleaver', 'careleavers'], phrases: ['care leaver', 'leaving care', 'care experienced'] },
  { token: 'kinship', words: ['kinship'], phrases: ['family and friends carer', 'connected carer', 'connected person'] },
  { token: 'housing', words: ['housing', 'accommodation', 'homeless', 'homelessness'], phrases: [] },
  // "Who led the inspection?" — the report says "Lead inspector:", and the stemmer keeps "led" apart from "lead".
  { token: 'lead', words: ['lead', 'led', 'leads', 'leading'], phrases: [] },
  { token: 'covid', words: ['covid', 'covid19', 'coronavirus', 'pandemic', 'lockdown', 'lockdowns'], phrases: ['covid 19'] },
  // Care leavers' ages: support to 21, or to 25; a PA from 16 or "just before 18". A question's "at 21" is
  // otherwise a number too short to search, and reports say "21st birthday" and "turning 21".
  { token: 'age18', words: ['18', '18th', 'eighteen', 'eighteenth'], phrases: [] },
  { token: 'age21', words: ['21', '21st', 'twentyone'], phrases: ['twenty one', 'twenty first'] },
  { token: 'age25', words: ['25', '25th'], phrases: ['twenty five', 'twenty fifth'] },
  {
    token: 'age1617',
    // "16- and 17-year-olds" (homeless, in unregistered homes, leaving care): the ages are the point.
    words: [],
    phrases: ['16 and 17', '16 or 17', '16 17 year old', '16 to 17', 'sixteen and seventeen', '16 and 17 year old'],
  },
  {
    token: 'turnover',
    words: ['turnover', 'churn'],
    phrases: [
      'staff turnover',
      'changes of social worker',
      'changes in social worker',
      'change of social worker',
      'changes of worker',
      'new social worker',
      'different social workers',
      'too many social workers',
      'stability of social worker',
      'stable social worker',
    ],
  },
  // Young carers: "young" alone is too common to search, and the newer reports also say "identified as carers".
  {
    token: 'youngcarer',
    words: [],
    phrases: ['young carer', 'young carers', 'young adult carer', 'child carer', 'children who are carers', 'identified as carers', 'caring responsibilities'],
  },
  // "Put up in B&Bs": the tokenizer reads "B&B" as two letters; reports say "bed and breakfast".
  { token: 'bandb', words: ['bnb'], phrases: ['bed and breakfast', 'b b', 'b bs', 'b and b', 'b and bs'] },
  // "Agency social workers", "agency staff", "locums": staff say one, the reports say another.
  { token: 'agencystaff', words: ['locum', 'locums'], phrases: ['agency social worker', 'agency social workers', 'agency worker', 'agency workers', 'agency staff', 'agency practitioners', 'agency managers'] },
  // Semi-independent homes for 16- and 17-year-olds: "unregulated" until Ofsted registered them as supported accommodation in 2023.
  {
    token: 'suppaccom',
    words: ['unregulated'],
    phrases: ['supported accommodation', 'semi independent', 'semi independent accommodation', 'semi independent living', 'supported lodgings'],
  },
  // Children's centres (to the late 2010s) became family hubs.
  { token: 'familyhub', words: [], phrases: ['family hub', 'family hubs', 'children centre', 'children centres', 'childrens centre', 'childrens centres'] },
  // Services run for the council by others: "contracted out", "commissioned out", "outsourced".
  { token: 'outsourced', words: ['outsourced', 'outsource', 'outsourcing'], phrases: ['contracted out', 'commissioned out', 'commissions out', 'contracts out'] },
  // "Into jobs or college": the reports say employment, apprenticeships, further and higher education.
  { token: 'employment', words: ['job', 'jobs', 'employment', 'employed', 'employer', 'employers', 'apprenticeship', 'apprenticeships'], phrases: [] },
  { token: 'college', words: ['college', 'colleges', 'university', 'universities'], phrases: ['further education', 'higher education'] },
  // A care leaver asks for their "files"; the report says "records" ("access to their records", "case records"),
  // and the older reports' inspectors "looked at case files" where the newer ones read "children's records".
  { token: 'records', words: ['records', 'record', 'files', 'file', 'casefiles'], phrases: ['case files', 'case records'] },
  // "Short of money": the reports say funding, budget, finance ("funding cuts", "financial support").
  { token: 'funding', words: ['money', 'funding', 'funded', 'budget', 'budgets', 'financial', 'finance', 'finances', 'funds'], phrases: [] },
  {
    token: 'exploit',
    // CSE and CCE are kinds of exploitation: the 2013-2018 reports' "child sexual exploitation" is
    // today's "exploitation" and "extra-familial harm", so each era's words find the other's.
    words: ['exploitation', 'exploited', 'cse', 'cce'],
    phrases: ['child exploitation', 'extra familial harm', 'contextual safeguarding'],
  },
];

/**
 * Words so common in these reports that they only add noise to the ranking
 * (they are in most paragraphs) — dropped at index and query time. Lunr's own
 * English stop words are added to these in the pipeline.
 */
export const SECTOR_STOP_WORDS: readonly string[] = [
  'child',
  'children',
  'young',
  'people',
  'person',
  'family',
  'families',
  'local',
  'authority',
  'authorities',
  'ofsted',
  'inspection',
  'inspectors',
  'inspector',
  'report',
  'also',
  'however',
  'well',
  'many',
  'most',
  'some',
  'more',
];

/**
 * Words that frame a question rather than name its topic: everyday verbs and
 * fillers ("did Wakefield keep seeing kids…", "how did Rotherham cope when the
 * pandemic first hit?", "what role has the partnership played…", "came over
 * as UASC"). They are searched, at half a topic word's weight
 * (pipeline.ts, FRAMING_WEIGHT): rare as some are in the reports ("played",
 * "turn"), their rarity there says nothing of what the question is about.
 */
export const FRAMING_WORDS: readonly string[] = (
  'over keep kept real role played play during know known knew turn turned built new happen happened happening going deal dealing ' +
  'make made get got ever much lot lots thing things stuff way ways bit able come came coming go went gone take took taken put see seen look looks looked'
).split(' ');

/**
 * Staff words the reports seldom use for a concept, read as that concept in a
 * question only (the word itself is searched beside it). Not index forms: the
 * reports' "refugee" (30 paragraphs) is as often a family's status as a child
 * without one, and "grooming" (27) names one route into exploitation, so a
 * paragraph using them does not carry the concept; a question using them means it.
 *
 * A key may be a phrase (its words as the tokenizer gives them, space-joined),
 * and a value names concept tokens or plain words (stemmed like any word).
 */
export const QUESTION_ALIASES: ReadonlyMap<string, readonly string[]> = new Map<string, readonly string[]>([
  // "How are the refugee kids in care getting on?": unaccompanied and separated migrant children.
  ['refugee', ['uasc']],
  ['refugees', ['uasc']],
  // "Were the grooming trackers a mess?": child sexual exploitation.
  ['grooming', ['cse']],
  ['groomed', ['cse']],
  // "Are more care leavers going to uni?": the reports say university and higher education.
  ['uni', ['college']],
  ['unis', ['college']],
  // "Working with dads and stepdads": the reports say fathers ("significant males" too, too broad to alias).
  // Mums as mothers was measured too: a held-back question lost its first answer, so it is not here.
  ...['dad', 'dads', 'stepdad', 'stepdads'].map((w) => [w, ['father']] as const),
  // "Adoptions breaking down": the reports say disruption or breakdown.
  ...['break down', 'breaks down', 'breaking down', 'broke down', 'broken down'].map((w) => [w, ['breakdown', 'disruption']] as const),
  // "Kids who run away": the reports say missing (from home or care).
  ...['run away', 'runs away', 'ran away', 'running away', 'runaway', 'runaways'].map((w) => [w, ['missing']] as const),
  // "Can they trust their stats?": the reports say data and performance information.
  // "Kids growing up in poor households", "the worst-off areas": the reports say poverty, deprivation, low-income families.
  ...['poor households', 'poor families', 'poorer families', 'poorest families', 'poor areas', 'poorest areas', 'worst off', 'hard up', 'skint'].map(
    (w) => [w, ['poverty', 'deprivation']] as const,
  ),
  ['stats', ['data']],
  ['paperwork', ['records']],
]);

/** The most words a {@link QUESTION_ALIASES} key holds. */
export const QUESTION_ALIAS_WORDS = Math.max(...[...QUESTION_ALIASES.keys()].map((k) => k.split(' ').length));

/**
 * Words of conversation that carry no meaning in a question ("what did
 * inspectors say about ...") — dropped from queries only.
 */
export const QUESTION_STOP_WORDS: readonly string[] = [
  'what',
  'whats',
  'did',
  'do',
  'does',
  'say',
  'said',
  'says',
  'saying',
  'tell',
  'me',
  'about',
  'how',
  'is',
  'are',
  'was',
  'were',
  'any',
  'there',
  'ok',
  'okay',
  'please',
  'find',
  'show',
  'give',
  'quote',
  'quotes',
  'inspected',
  'found',
  'think',
  'thought',
  'comment',
  'comments',
  'mention',
  'mentioned',
  'regarding',
  're',
  'in',
  'on',
  'of',
  'the',
  'for',
  'their',
  'its',
  'our',
  'we',
  'they',
  'judged',
  'judgement',
  'judgment',
  'grade',
  'grades',
  'kids',
  'want',
  'wanting',
  'actually',
  'getting',
  'working',
  'findings',
  // How people ask about many authorities at once: "which LAs…", "examples of councils where…".
  'council',
  'councils',
  'la',
  'las',
  'example',
  'examples',
  'eg',
  'e',
  'g',
  'looking',
  'whose',
  'anywhere',
  'everywhere',
  'somewhere',
  'ones',
  'really',
  'doing',
  'done',
  'picked',
  'flagged',
  // Greetings and thanks typed around a question in chat ("Hi all, …", "…, cheers"): never its topic,
  // and a report never says "hi", so a weak-match warning would name it.
  'hi',
  'hiya',
  'hello',
  'hey',
  'thanks',
  'thank',
  'thx',
  'cheers',
  'pls',
  'plz',
];

/**
 * Everyday words that say what a question wants to hear rather than what it
 * is about: "what's GOOD about…", "is X STILL struggling with…", "the WORST
 * thing…". They are kept in the query with a small weight (they never find
 * candidates on their own) and give the question a leaning that paragraphs
 * saying the same kind of thing are preferred for (src/query/rank.ts).
 */
export const INTENT_WORDS: Readonly<Record<'positive' | 'negative', readonly string[]>> = {
  positive: [
    'good', 'great', 'best', 'better', 'strong', 'strongest', 'strength', 'strengths', 'effective', 'excellent',
    'outstanding', 'praised', 'praise', 'positive', 'positives', 'improved', 'improving', 'impressive', 'success',
    'successful', 'innovative', 'exemplary', 'decent', 'brilliant', 'amazing', 'solid',
  ],
  negative: [
    'bad', 'worst', 'worse', 'weak', 'weaker', 'weakest', 'weakness', 'weaknesses', 'poor', 'poorly', 'gaps', 'gap',
    'concern', 'concerns', 'concerning', 'problem', 'problems', 'problematic', 'struggling', 'struggle', 'struggles',
    'failing', 'failure', 'failures', 'criticised', 'criticism', 'critical', 'wrong', 'lacking', 'shortfalls',
    'shortcomings', 'inconsistent', 'inadequate', 'worrying', 'issue', 'issues', 'rubbish', 'terrible', 'awful', 'dreadful', 'dire',
  ],
};

/**
 * Words in reports that say how good something is, for the leaning above.
 * Stems (Lunr's stemmer) of the words; a paragraph's leaning is the balance of
 * these in the sentences that hold the question's topic.
 */
export const EVALUATIVE_WORDS: Readonly<Record<'positive' | 'negative', readonly string[]>> = {
  positive: [
    'good', 'strong', 'strength', 'effective', 'effectively', 'excellent', 'outstanding', 'impressive', 'robust',
    'timely', 'thorough', 'comprehensive', 'consistently', 'well', 'improved', 'positive', 'positively', 'successful',
    'successfully', 'creative', 'innovative', 'exemplary', 'highly', 'appropriate', 'appropriately', 'embedded',
    'benefit', 'benefits', 'valued', 'enhanced', 'strengthened', 'prompt', 'promptly', 'skilled', 'sensitive',
    'sensitively', 'meaningful', 'detailed', 'clear', 'helpful', 'supportive',
  ],
  negative: [
    'not', 'no', 'poor', 'poorly', 'weak', 'weakness', 'weaknesses', 'inconsistent', 'inconsistently', 'variable',
    'delay', 'delays', 'delayed', 'drift', 'insufficient', 'insufficiently', 'limited', 'lack', 'lacks', 'lacking',
    'too', 'inadequate', 'ineffective', 'gap', 'gaps', 'deficits', 'concern', 'concerns', 'shortfall', 'fail',
    'fails', 'failed', 'failure', 'slow', 'absence', 'absent', 'unclear', 'yet', 'never', 'unable', 'difficult',
    'difficulties', 'missed', 'lost', 'worse', 'deteriorated',
  ],
};
