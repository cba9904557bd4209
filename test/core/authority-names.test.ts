/**
 * Names as staff type them, in an authority argument (`/judgement`,
 * `/improve`, `/compare`, `/follow`: the core functions every platform's
 * form calls) and in a free question (issue #18, names).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { compareQuestion, loadCorpus, parseFollow, type Corpus } from '../../src/index.ts';

let corpus: Corpus;
beforeAll(async () => {
  corpus = await loadCorpus();
});

describe('an authority argument', () => {
  it('resolves every authority the index holds, in lower and upper case, in /judgement, /improve, /compare and /follow', () => {
    const names = [...new Set(corpus.reports().map((r) => r.authority))];
    expect(names.length).toBe(153);
    const wrong: string[] = [];
    for (const name of names) {
      for (const typed of [name.toLowerCase(), name.toUpperCase()]) {
        const judgement = corpus.judgements(typed);
        if (!judgement.ok || judgement.authority !== name) wrong.push(`/judgement ${typed}`);
        // (A few latest reports are focused-visit letters with no list: the answer still names the authority.)
        const improve = corpus.improvements(typed);
        if (improve.ok ? improve.authority !== name : !improve.error.message.includes(` ${name} `)) wrong.push(`/improve ${typed}`);
        // Compared with an authority each side of it, so neither name can lean on the other.
        const other = name === 'Leeds' ? 'Bury' : 'Leeds';
        for (const argument of [`${typed} ${other}`, `${other.toUpperCase()} ${typed}`]) {
          const compared = corpus.ask(compareQuestion(argument));
          if (compared.grades?.kind !== 'compare' || [...compared.understood.authorities].sort().join('|') !== [name, other].sort().join('|')) {
            wrong.push(`/compare ${argument}: ${compared.understood.authorities.join(', ') || compared.message}`);
          }
        }
        const follow = parseFollow(`${typed} care leavers`);
        if (!follow.ok || follow.follow.target.kind !== 'authority' || follow.follow.target.name !== name || follow.follow.topics !== 'care leavers') {
          wrong.push(`/follow ${typed} care leavers: ${follow.ok ? JSON.stringify(follow.follow) : follow.message}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it('resolves the short forms staff use', () => {
    const forms: Record<string, string> = {
      reading: 'Reading',
      brent: 'Brent',
      harrow: 'Harrow',
      slough: 'Slough',
      sutton: 'Sutton',
      bath: 'Bath and North East Somerset',
      stoke: 'Stoke-on-Trent',
      telford: 'Telford and Wrekin',
      richmond: 'Richmond upon Thames',
      'h&f': 'Hammersmith and Fulham',
      'ne lincs': 'North East Lincolnshire',
      'north east lincs': 'North East Lincolnshire',
      'west northants': 'West Northamptonshire',
      'north northants': 'North Northamptonshire',
      westmorland: 'Westmorland and Furness',
      // Either place a joined name joins, where no other authority's name holds the word.
      dagenham: 'Barking and Dagenham',
      darwen: 'Blackburn with Darwen',
      christchurch: 'Bournemouth, Christchurch and Poole',
      hove: 'Brighton and Hove',
      chester: 'Cheshire West and Chester',
      fulham: 'Hammersmith and Fulham',
      chelsea: 'Kensington and Chelsea',
      kensington: 'Kensington and Chelsea',
      cleveland: 'Redcar and Cleveland',
      wrekin: 'Telford and Wrekin',
      furness: 'Westmorland and Furness',
      windsor: 'Windsor and Maidenhead',
      maidenhead: 'Windsor and Maidenhead',
    };
    for (const [form, name] of Object.entries(forms)) {
      for (const typed of [form, form.toUpperCase()]) {
        const answer = corpus.judgements(typed);
        expect(answer.ok ? answer.authority : `not resolved: ${typed}`).toBe(name);
        const improve = corpus.improvements(typed);
        expect(improve.ok ? improve.authority : improve.error.message).toBe(name);
        expect(corpus.ask(compareQuestion(`${typed} and Leeds`)).understood.authorities, `/compare ${typed}`).toEqual([name, 'Leeds']);
        const follow = parseFollow(typed);
        expect(follow.ok && follow.follow.target, `/follow ${typed}`).toEqual({ kind: 'authority', name });
        const neighbours = parseFollow(`neighbours of ${typed} LADO`);
        expect(neighbours.ok && neighbours.follow, `/follow neighbours of ${typed}`).toEqual({ target: { kind: 'neighbours', name }, topics: 'LADO' });
      }
    }
    // In a question too. Poole was an authority of its own: its successor answers for it, saying so.
    expect(corpus.ask('what did inspectors say about the LADO in Dagenham?').results[0]?.authority).toBe('Barking and Dagenham');
    expect(corpus.ask('hove care leavers').understood.authorities).toEqual(['Brighton and Hove']);
    expect(corpus.ask('poole care leavers').kind?.headline).toBe("Poole's children's services passed to Bournemouth, Christchurch and Poole in 2019; showing it.");
    // A region is still a region, and the longer name wins: "north east lincs" is not the North East.
    expect(parseFollow('north east care leavers')).toEqual({ ok: true, follow: { target: { kind: 'region', name: 'North East' }, topics: 'care leavers' } });
    expect(parseFollow('North East Lincolnshire')).toEqual({ ok: true, follow: { target: { kind: 'authority', name: 'North East Lincolnshire' }, topics: '' } });
  });

  it('asks which authority a word two names start with means', () => {
    const answer = corpus.judgements('Kingston 2019');
    expect(answer.ok).toBe(false);
    if (answer.ok) return;
    expect(answer.error.message).toBe('Which Kingston do you mean: Kingston upon Hull or Kingston upon Thames?');
    expect(answer.error.suggestions).toEqual(['Kingston upon Hull 2019', 'Kingston upon Thames 2019']);
    const improve = corpus.improvements('kingston');
    expect(improve.ok ? improve.authority : improve.error.suggestions).toEqual(['Kingston upon Hull', 'Kingston upon Thames']);
    const hull = corpus.judgements('kingston upon hull');
    expect(hull.ok ? hull.authority : hull.error.message).toBe('Kingston upon Hull');
    const withArea = corpus.judgements('KINGSTON care leavers');
    expect(withArea.ok ? withArea.authority : withArea.error.message).toBe('Which KINGSTON do you mean: Kingston upon Hull or Kingston upon Thames?');
  });

  it('asks which Kingston in /compare and /follow too, and reads the whole names', () => {
    const compared = corpus.ask(compareQuestion('kingston and Leeds on care leavers'));
    expect(compared.grades).toBeUndefined();
    expect(compared.message).toBe('Which kingston do you mean: Kingston upon Hull or Kingston upon Thames?');
    expect(compared.suggestions).toEqual(['compare Kingston upon Hull and Leeds on care leavers', 'compare Kingston upon Thames and Leeds on care leavers']);
    expect(corpus.converse(compareQuestion('Leeds, Kingston'), null).answer.message).toMatch(/^Which Kingston do you mean/);
    expect(corpus.ask(compareQuestion('kingston upon hull and kingston upon thames')).grades?.rows.map((r) => r.authority)).toEqual([
      'Kingston upon Hull',
      'Kingston upon Thames',
    ]);
    for (const typed of ['kingston', 'Kingston care leavers', 'neighbours of KINGSTON']) {
      expect(parseFollow(typed), typed).toMatchObject({ ok: false, suggestions: ['Kingston upon Hull', 'Kingston upon Thames'] });
    }
    expect(parseFollow('kingston upon thames LADO')).toEqual({ ok: true, follow: { target: { kind: 'authority', name: 'Kingston upon Thames' }, topics: 'LADO' } });
    // A free question that is not a comparison still reads "kingston" as staff mean it.
    expect(corpus.ask('LADO in kingston').understood.authorities).toEqual(['Kingston upon Thames']);
  });
});

describe('a town standing for its council (registry/towns.ts)', () => {
  it('reads a town in a question or an argument as the council that runs its children\'s services', () => {
    expect(corpus.ask("what did inspectors say about the LADO in Huddersfield?").understood.authorities).toEqual(['Kirklees']);
    const crawley = corpus.ask("Crawley's latest grade");
    expect(crawley.grades?.rows[0]?.authority).toBe('West Sussex');
    const grimsby = corpus.ask("When Ofsted looked at Grimsby's front door in 2019, what did they focus on and what did they make of it?");
    expect(grimsby.kind?.visits?.[0]?.reportId).toMatch(/^north-east-lincolnshire-2019/);
    expect(corpus.judgements('barrow-in-furness')).toMatchObject({ ok: true, authority: 'Westmorland and Furness' });
    // Never offered for a name it does not know ("Narnia" is not "Farnham", Surrey), nor read by the parsers.
    const narnia = corpus.judgements('Narnia');
    expect(narnia.ok ? [] : narnia.error.suggestions).not.toContain('Surrey');
  });

  it('leaves a town as the topic where the question names a council, unless it compares them', () => {
    const southport = corpus.ask("did the southport attack come up in lancashire's ofsted");
    expect(southport.understood.authorities).toEqual(['Lancashire']);
    expect(southport.understood.terms).toContain('southport');
    expect([...corpus.ask('compare Crawley and Brighton').understood.authorities].sort()).toEqual(['Brighton and Hove', 'West Sussex']);
  });
});
