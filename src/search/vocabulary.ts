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
    words: ['uasc'],
    // Newer reports say "separated children seeking asylum" for the same children.
    phrases: [
      'unaccompanied asylum seeking children',
      'unaccompanied asylum seeking child',
      'unaccompanied children',
      'asylum seeking children',
      'asylum seeking young people',
      'separated children seeking asylum',
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
    phrases: ['children looked after', 'looked after children', 'looked after child', 'child looked after', 'children in care', 'child in care'],
  },
  { token: 'pep', words: ['pep', 'peps'], phrases: ['personal education plan'] },
  { token: 'dcs', words: ['dcs'], phrases: ["director of children s services", 'director of children services'] },
  { token: 'qa', words: ['qa'], phrases: ['quality assurance'] },
  { token: 'lscb', words: ['lscb'], phrases: ['local safeguarding children board', 'safeguarding children board'] },
  { token: 'lscp', words: ['lscp'], phrases: ['safeguarding children partnership', 'safeguarding partnership'] },
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
  { token: 'eha', words: ['eha', 'ehas'], phrases: ['early help assessment'] },
  { token: 'csc', words: ['csc'], phrases: ['children social care'] },
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
  { token: 'domesticabuse', words: [], phrases: ['domestic abuse', 'domestic violence'] },
  { token: 'careleaver', words: ['careleaver', 'careleavers'], phrases: ['care leaver', 'leaving care', 'care experienced'] },
  { token: 'kinship', words: ['kinship'], phrases: ['family and friends carer', 'connected carer', 'connected person'] },
  { token: 'housing', words: ['housing', 'accommodation', 'homeless', 'homelessness'], phrases: [] },
  { token: 'turnover', words: ['turnover', 'churn'], phrases: ['staff turnover', 'changes of social worker', 'changes of worker'] },
  { token: 'exploit', words: ['exploitation', 'exploited'], phrases: ['child exploitation', 'extra familial harm', 'contextual safeguarding'] },
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
  'good',
  'bad',
  'kids',
  'want',
  'wanting',
  'actually',
  'getting',
  'working',
  'findings',
  'issues',
];
