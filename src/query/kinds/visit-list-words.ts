/**
 * The words a question asking for a list of visits or inspections uses
 * besides its filters (visit-list.ts): what is left when they, the asking
 * words and the filters are taken away is a topic, and a topic makes the
 * question one for paragraphs.
 */

/** Words a list question uses besides its filters. */
export const LIST_WORDS: ReadonlySet<string> = new Set(
  (
    'focused visit visits visited inspect inspection inspections inspected ilacs sif sifs standard short reformed framework single new councils council authorities authority ' +
    'las la local children childrens services service had has received receive got get gets carried out took place happened theme themes themed ' +
    'on of in during since between from to until before after all every each any ever so far year years month months week weeks day days ' +
    // "Redcar visit tally", "Year: 2023 (fieldwork) / Need: total number + split by theme"
    'tally total totals fieldwork split theme themes number ' +
    'last past previous this few couple one two three four five six seven eight nine ten eleven twelve eighteen twenty many number count ' +
    'region england english into recently been being did does under by using often times ' +
    'report reports letter letters came come out published released that timeline chronology history dates they them ' +
    // "Could you set out the chronology of Ofsted activity in Devon from 2019 onwards?"
    'set onwards ' +
    // "A timeline of Knowsley's Ofsted activity since the 2014 SIF, just dates + type"
    'activity activities date type types kind kinds done common usual frequent combined across total altogether time cycle full boroughs frameworks ' +
    // "How long since Bromley had a proper inspection?": a full one.
    'proper ' +
    // "how many times have inspectors come in specifically to look at it?"
    'specifically especially only solely purely ' +
    // "Bury's Ofsted visits over the years", "has it been more than three years since Ofsted was last in Peterborough?"
    'over long more than nearly almost about under less it s is ' +
    // "just need a table of date + theme", "how many of those short themed visits", "no. of … in calendar year 2025"
    'need needs table spreadsheet row rows column columns format plus those these no calendar financial academic check checks ins anything ' +
    // "When did Ofsted last check Peterborough's front door?", "north somerset timeline pls, all their ofsted stuff", "how
    // long ago was Bradford inspected?"
    'checked stuff ago ' +
    // "how many of the shorter, ungraded visits … between 2019 and the end of 2025?"
    'shorter ungraded end carry carrying given ' +
    // "Which councils have been through the new 2026-framework ILACS so far?"
    'through ' +
    // "Which outstanding councils haven't been inspected since 2020?", "who's gone longest without a full inspection?" (visit-absence.ts)
    'havent haven hasnt hasn not never yet without longest longer gone go went whose who ' +
    // "Stockton-on-Tees keep getting focused visits - how many have they actually had, and when?", "the run of visits"
    'keep keeps getting actually run ' +
    // "How long was the gap between Bury's last FV and its full inspection?": the two dates answer.
    'gap long its their ' +
    // "I'm putting together a timeline … every date the watchdog came in, going back as far as you have"
    'im putting pulling together going back as far possible ' +
    // "Stockton seems to get a focused visit almost every year these days - was it always visited that often? What are the dates?"
    'seems seem almost always often ' +
    // "Has Ofsted been back into Croydon at all since the front door focused visit?" (not "hmi": "which HMIs came?" asks
    // who inspected, in the letter's opening)
    'at all ' +
    // "Have they been in since then, and what sort of visits were they?", "…or has nothing been published?"
    'then sort sorts nothing our we us ' +
    // "When did Ofsted last set foot in Hertfordshire?"
    'set foot ' +
    // "Ofsted did about thirty focused visits in 2023, didn't they? How many were there exactly, and where?"
    'thirty forty fifty sixty hundred dozen exactly roughly around approximately where did do ' +
    // "Of the London boroughs that are outstanding right now, which ones had a focused visit at some point in 2025?"
    'right some point ones ' +
    // "dates of everything Ofsted have done there", "from the first one until the last one", "in autumn 2020"
    'everything there first latest quarter spring summer autumn winter nationally national nationwide ' +
    // "Please enumerate the focused visits undertaken in 2023 whose theme concerned…", "each inspection event in that window"
    'enumerate undertaken conducted whose concerned concerning event events window era examining examined examine examines trajectory if ' +
    // "Did Kent have any focused visits before their big 2022 inspection?"
    'big major main ' +
    // "catch me up on what Ofsted has done in Middlesbrough since the March 2023 inspection"
    'catch up ' +
    // "Luton was inadequate in 2020 — what's happened since then, inspection-wise?"
    'wise ' +
    // "Is the 2023 ILACS the most recent thing for Lewisham or has Ofsted been back since?"
    'thing ' +
    'january february march april may june july august september october november december'
  ).split(' '),
);
