/**
 * The web reader over HTTP, on the real reports: every route, bad input
 * (unknown ids, markup in the address, a 10,000-character question, a
 * forged conversation, a date that does not exist), the security headers,
 * the rate limit on search, and the index reloading under the pages.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { usePublicUrl } from '../../adapters/citation-links.ts';
import { formatGrades } from '../../adapters/cli/format-grades.ts';
import { formatHit, PLAIN_STYLE } from '../../adapters/cli/format-text.ts';
import { hitEmbed } from '../../adapters/discord/format/answer.ts';
import { gradeFields } from '../../adapters/discord/format/grades.ts';
import { hitBlocks } from '../../adapters/slack/format/ask-blocks.ts';
import { cells } from '../../adapters/slack/format/grade-blocks.ts';
import { citationLine as teamsCitation, hitElements } from '../../adapters/teams/format/answer-card.ts';
import { createLogger } from '../../src/logger.ts';
import { loadReloadingCorpus } from '../../src/reloading-corpus.ts';
import { ingestReport, makeIndexDir } from '../alerts/support/index-dir.ts';
import { startTestWeb, type TestWeb } from './support/web-server.ts';

/** A line of a stack trace, as Node prints them. */
const STACK = /\n\s+at .+:\d+:\d+/;

/** The values of every `id="…"` attribute in a page. */
const ids = (body: string): string[] => [...body.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1] as string);

let h: TestWeb;
beforeAll(async () => {
  h = await startTestWeb({ rateLimit: { burst: 1000, perSecond: 1000 } });
});
afterAll(async () => {
  await h?.close();
});

describe('every page', () => {
  it('is served with a CSP that forbids inline script, and carries no script at all', async () => {
    for (const page of ['/', '/reports/bury-2025', '/authorities/bury', '/national', '/search?q=LADO+Bury', '/reports/nope']) {
      const { headers, body } = await h.get(page);
      const csp = headers.get('content-security-policy') ?? '';
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toContain('unsafe-inline');
      expect(headers.get('x-content-type-options')).toBe('nosniff');
      expect(body).not.toMatch(/<script|\sstyle="|\son[a-z]+="/i);
      expect(body).toContain('<a href="#main-content" class="govuk-skip-link">Skip to main content</a>');
      // One h1, and headings never skip a level going down.
      const levels = [...body.matchAll(/<h([1-6])\b/g)].map((m) => Number(m[1]));
      expect(levels.filter((l) => l === 1)).toHaveLength(1);
      levels.forEach((l, i) => i > 0 && expect(l - (levels[i - 1] as number)).toBeLessThanOrEqual(1));
      expect(new Set(ids(body)).size).toBe(ids(body).length);
    }
  });

  it('serves govuk-frontend and its fonts from the package, and nothing outside the assets', async () => {
    const css = await h.get('/assets/govuk-frontend.min.css');
    expect(css.status).toBe(200);
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
    const font = /url\((\/assets\/fonts\/[^)]+\.woff2)\)/.exec(css.body)?.[1] as string;
    expect((await h.get(font)).headers.get('content-type')).toBe('font/woff2');
    expect((await h.get('/assets/app.css')).body).toContain('.app-paragraph:target');
    expect((await h.get('/assets/../package.json')).status).toBe(404);
    expect((await h.get('/assets/%2e%2e/package.json')).status).toBe(404);
    const etag = (await h.get('/assets/app.css')).headers.get('etag') ?? '';
    expect((await h.get('/assets/app.css', { headers: { 'if-none-match': etag } })).status).toBe(304);
  });

  it('answers only GET and HEAD', async () => {
    const post = await h.get('/', { method: 'POST', body: 'x' });
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, HEAD');
    const head = await h.get('/reports/bury-2025', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
  });
});

describe('/', () => {
  it('has a search box, what the corpus covers and when it last changed', async () => {
    const changed = new Date('2026-01-02T03:04:00Z');
    const other = await startTestWeb({ corpus: h.corpus, indexChanged: () => changed });
    try {
      const { status, body } = await other.get('/');
      expect(status).toBe(200);
      expect(body).toContain('<form method="get" action="/search" role="search">');
      expect(body).toContain(h.corpus.reader().coverage().summary);
      expect(body).toContain('The index last changed on 2 January 2026 at 03:04 UTC.');
      expect(body).toContain('href="/authorities/bury"');
    } finally {
      await other.close();
    }
  });
});

describe('/reports/{id}', () => {
  let body: string;
  beforeAll(async () => {
    const page = await h.get('/reports/bury-2025');
    expect(page.status).toBe(200);
    body = page.body;
  });

  it('has the header, the judgement table and the improvement items linked to their paragraphs', () => {
    expect(body).toContain('<h1 class="govuk-heading-l">Bury 2025 ILACS</h1>');
    expect(body).toContain('9 June 2025 to 20 June 2025');
    expect(body).toContain('29 July 2025');
    expect(body).toContain('Rebecca Dubbins');
    expect(body).toMatch(/<th scope="row" class="govuk-table__header">Overall effectiveness<\/th><td class="govuk-table__cell"><strong class="govuk-tag govuk-tag--yellow">Requires improvement to be good<\/strong>/);
    expect(body).toContain('<h2 class="govuk-heading-m" id="improvements">What needs to improve?</h2>');
    expect(body).toMatch(/<li><a class="govuk-link" href="#pimprove-5">Improve ¶5<\/a>: The consistency of decisions by the local authority designated officer/);
  });

  it('has every paragraph in order, each with its id, under its section heading', () => {
    const view = h.corpus.reader().report('bury-2025');
    const paragraphs = view?.sections.flatMap((s) => s.paragraphs) ?? [];
    expect(paragraphs.length).toBe(h.corpus.reports().find((r) => r.id === 'bury-2025')?.paragraphs);
    const order = paragraphs.map((p) => body.indexOf(`<div class="app-paragraph" id="${p.anchor}">`));
    expect(order.every((at) => at > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    const six = h.corpus.paragraph('bury-2025 6');
    if (!six.ok) throw new Error(six.error.message);
    expect(body).toMatch(new RegExp(`id="p6">\\s*<p class="govuk-body"><a class="app-paragraph__label govuk-link" href="#p6" aria-label="Paragraph 6">¶6</a>`));
    expect(body).toContain(six.hit.text.slice(0, 80));
    expect(body.indexOf(`>${six.hit.section}</h2>`)).toBeLessThan(body.indexOf('id="p6"'));
  });

  it('names a repeated paragraph number #p57-2 style', async () => {
    const page = await h.get('/reports/kingston-upon-hull-2014');
    expect(page.body).toContain('id="p1"');
    expect(page.body).toContain('id="p1-2"');
  });

  it('gives an unknown report a 404 page with suggestions, and escapes what was typed', async () => {
    const missing = await h.get('/reports/bury-2026');
    expect(missing.status).toBe(404);
    expect(missing.body).toContain('There is no report called “bury-2026” in the index.');
    expect(missing.body).toContain('<a class="govuk-link" href="/reports/bury-2025">Bury 2025 ILACS</a>');
    expect(missing.body).toContain('<a class="govuk-link" href="/authorities/bury">Bury</a>');
    const script = await h.get(`/reports/${encodeURIComponent('<script>alert(1)</script>')}`);
    expect(script.status).toBe(404);
    expect(script.body).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(script.body).not.toContain('<script>');
    const broken = await h.get('/reports/%E0%A4%A');
    expect(broken.status).toBe(404);
  });
});

describe('/search', () => {
  it('answers as ask does, each citation linking into the reader at its paragraph', async () => {
    const { status, body } = await h.get('/search?q=LADO+Bury');
    expect(status).toBe(200);
    const answer = h.corpus.converse('LADO Bury', null, { limit: 5 }).answer;
    for (const hit of answer.results) expect(body).toContain(`>${hit.citation.replace(/'/g, '&#39;')}</a>`);
    expect(body).toContain('<a class="govuk-link" href="/reports/bury-2025#p6">Bury 2025 ILACS, ¶6</a>');
    expect(body).toContain('<mark>LADO</mark>');
    expect(body).toContain(`Results 1 to 5 of ${answer.total}`);
    expect(body).toContain('href="/search?q=LADO+Bury&amp;offset=5"');
  });

  it('shows a grade question as a table, each grade cited', async () => {
    const { body } = await h.get(`/search?q=${encodeURIComponent('how many London authorities were inadequate as at 31 March 2020')}`);
    expect(body).toContain('1 of the 30 authorities in London with an overall effectiveness grade is rated inadequate');
    expect(body).toMatch(/<a class="govuk-link" href="\/authorities\/newham">Newham<\/a><\/th>[\s\S]*?govuk-tag--red">Inadequate</);
  });

  it('keeps the conversation in the URL: a follow-up reads on from the last question', async () => {
    const first = await h.get('/search?q=LADO+Bury');
    const ctx = /name="ctx" value="([A-Za-z0-9_-]+)"/.exec(first.body)?.[1];
    expect(ctx).toBeDefined();
    const follow = await h.get(`/search?q=${encodeURIComponent('what about in 2016?')}&ctx=${ctx}`);
    expect(follow.body).toContain('following your last question');
    expect(follow.body).toContain('href="/reports/bury-2016#');
    // Years set against each other travel in the context too: "and in Leeds?" asks of both.
    const years = await h.get(`/search?q=${encodeURIComponent('what about 2016 vs 2025?')}&ctx=${ctx}`);
    const yearsCtx = /name="ctx" value="([A-Za-z0-9_-]+)"/.exec(years.body)?.[1];
    const leeds = await h.get(`/search?q=${encodeURIComponent('and in Leeds?')}&ctx=${yearsCtx}`);
    expect(leeds.body).toContain('Leeds 2016 and 2025, LADO, following your last question');
    // A forged or damaged context is no conversation: the question is answered afresh.
    for (const bad of ['not-base64!', Buffer.from('{"authorities":"Bury"}').toString('base64url'), 'A'.repeat(5000)]) {
      const page = await h.get(`/search?q=${encodeURIComponent('what about in 2016?')}&ctx=${encodeURIComponent(bad)}`);
      expect(page.status).toBe(200);
      expect(page.body).not.toContain('following your last question');
    }
  });

  it('gives a 10,000-character question a clear page, not an error', async () => {
    const q = 'LADO '.repeat(2000);
    const { status, body } = await h.get(`/search?q=${encodeURIComponent(q)}`);
    expect(status).toBe(200);
    expect(body).toContain('Your question is 9,999 characters long. Ask it in 500 characters or fewer.');
    expect(body).toContain('govuk-error-summary');
    expect(body).not.toMatch(STACK);
    const wide = await h.get(`/search?q=${encodeURIComponent('é'.repeat(10_000))}`);
    expect(wide.status).toBe(200);
    expect(wide.body).toContain('Your question is 10,000 characters long.');
  });

  it('escapes the question and the answer', async () => {
    const { body } = await h.get(`/search?q=${encodeURIComponent('<img src=x onerror=alert(1)> Bury')}`);
    expect(body).toContain('&lt;img src=x onerror=alert(1)&gt; Bury');
    expect(body).not.toContain('<img src=x');
  });

  it('is rate-limited per client, and the other pages are not', async () => {
    const limited = await startTestWeb({ corpus: h.corpus, rateLimit: { burst: 2, perSecond: 0.001 } });
    try {
      expect((await limited.get('/search?q=LADO+Bury')).status).toBe(200);
      expect((await limited.get('/search?q=LADO+Leeds')).status).toBe(200);
      const third = await limited.get('/search?q=LADO+Kent');
      expect(third.status).toBe(429);
      expect(Number(third.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(third.body).toContain('Too many searches');
      expect((await limited.get('/search')).status).toBe(200);
      expect((await limited.get('/reports/bury-2025')).status).toBe(200);
    } finally {
      await limited.close();
    }
  });
});

describe('/authorities/{slug}', () => {
  it('lists every report, charts the grades with a table of the same data, and shows neighbours and improvement items', async () => {
    const { status, body } = await h.get('/authorities/bury');
    expect(status).toBe(200);
    const view = h.corpus.reader().authority('bury');
    for (const r of view?.reports ?? []) expect(body).toContain(`href="/reports/${r.reportId}">${r.citation}</a>`);
    expect(body).toMatch(/<svg class="app-chart" role="img" aria-labelledby="grades-chart-title grades-chart-desc"/);
    expect(body).toContain('<title id="grades-chart-title">Bury: overall effectiveness over time</title>');
    expect(body).toContain('Overall effectiveness at each graded inspection: 2016 Requires improvement to be good; 2021 Inadequate; 2025 Requires improvement to be good.');
    expect(body.match(/<circle /g)).toHaveLength(3);
    expect(body).toContain('href="/authorities/lancashire">Lancashire</a>');
    expect(body).toContain('href="/reports/bury-2025#pimprove-1"');
  });

  it('gives an unknown authority a 404 with the closest names', async () => {
    const { status, body } = await h.get('/authorities/burry');
    expect(status).toBe(404);
    expect(body).toContain('href="/authorities/bury">Bury</a>');
  });
});

describe('/national', () => {
  it('lists every authority with a grade, as the grade-list core counts them', async () => {
    const { body } = await h.get('/national');
    const count = h.corpus.ask('how many authorities are rated good or better').grades?.headline.match(/of the (\d+) authorities/)?.[1];
    expect(body).toContain(`${count} authorities; select a column heading to sort by it`);
  });

  it('filters by "as at" date and region the way a grade question counts', async () => {
    const { body } = await h.get('/national?asAt=2020-03-31&region=London&grade=inadequate');
    expect(body).toContain('1 authority; select');
    expect(body).toContain('href="/authorities/newham">Newham</a>');
    expect(body).toContain('as at <strong>31 March 2020</strong>');
  });

  it('sorts by a column through links, saying which way', async () => {
    const { body } = await h.get('/national?sort=overall&dir=desc');
    expect(body).toContain('aria-sort="descending"');
    const firstRow = body.slice(body.indexOf('<tbody'), body.indexOf('</tr>', body.indexOf('<tbody')));
    expect(firstRow).toContain('govuk-tag--teal">Outstanding');
  });

  it('charts the counts year by year with the same counts in a table', async () => {
    const { body } = await h.get('/national?area=children-in-care');
    const counts = h.corpus.reader().gradeCounts({ area: 'children-in-care' });
    const latest = counts.filter((c) => c.total > 0).at(-1);
    expect(body).toContain('aria-labelledby="counts-chart-title counts-chart-desc"');
    expect(body).toContain(`<td class="govuk-table__cell govuk-table__cell--numeric">${latest?.total}</td></tr>`);
  });

  it('says what is wrong with a bad date or region, and shows the latest instead', async () => {
    const bad = await h.get('/national?asAt=2025-02-30&region=Atlantis');
    expect(bad.status).toBe(200);
    expect(bad.body).toContain('Enter the “as at” date as a real date, for example 2025-03-31');
    expect(bad.body).toContain('Choose a region from the list');
    expect(bad.body).toContain('<a href="#asAt">');
    const future = await h.get('/national?asAt=2999-01-01');
    expect(future.body).toContain('The “as at” date must be between 1 January 2012 and today');
  });
});

describe('chat citations', () => {
  afterEach(() => usePublicUrl(null));

  it('link into the reader with PUBLIC_URL, on every platform, from the one shared place', () => {
    const six = h.corpus.paragraph('bury-2025 6');
    if (!six.ok) throw new Error(six.error.message);
    const grades = h.corpus.ask('how many London authorities were inadequate as at 31 March 2020').grades;
    if (grades === undefined) throw new Error('not read as a grade question');
    // Without it: no address in the index, so no link, as before.
    expect(hitBlocks(six.hit).map((b) => JSON.stringify(b)).join('')).toContain('*Bury 2025 ILACS, ¶6*');
    expect(hitEmbed(six.hit).url).toBeUndefined();
    expect(formatHit(six.hit, 1, PLAIN_STYLE)).not.toContain('http');
    expect(teamsCitation(six.hit)).toContain('**Bury 2025 ILACS, ¶6**');

    usePublicUrl('https://reader.example.org/');
    const at = 'https://reader.example.org/reports/bury-2025#p6';
    expect(hitBlocks(six.hit).map((b) => JSON.stringify(b)).join('')).toContain(`*<${at}|Bury 2025 ILACS, ¶6>*`);
    expect(hitEmbed(six.hit).url).toBe(at);
    expect(formatHit(six.hit, 1, PLAIN_STYLE)).toContain(`\n   ${at}`);
    expect(cells(grades).join('\n')).toContain('*<https://reader.example.org/authorities/newham|Newham>*');
    expect(gradeFields(grades).map((f) => f.value).join('\n')).toContain('[Newham](https://reader.example.org/authorities/newham)');
    expect(formatGrades(grades)).toContain('https://reader.example.org/authorities/newham');
    expect(teamsCitation(six.hit)).toBe(`**[Bury 2025 ILACS, ¶6](${at})** · published 29 July 2025 · _${six.hit.section}_`);
    expect(JSON.stringify(hitElements(six.hit))).toContain(`"url":"${at}"`);
  });
});

describe('the index reloading', () => {
  it('shows a newly ingested report on the next page', async () => {
    const dir = await makeIndexDir(['bury-2016', 'bury-2021']);
    const reloading = await loadReloadingCorpus({ indexDir: dir, pollMs: 0, logger: createLogger('silent') });
    const web = await startTestWeb({ corpus: reloading.corpus });
    try {
      expect((await web.get('/reports/bury-2025')).status).toBe(404);
      await ingestReport(dir, 'bury-2025');
      expect(await reloading.check()).toBe(true);
      const page = await web.get('/reports/bury-2025');
      expect(page.status).toBe(200);
      expect(page.body).toContain('<a class="govuk-link" href="https://files.ofsted.gov.uk/v1/file/bury-2025.pdf" rel="noreferrer noopener">Open the PDF on Ofsted’s site</a>');
      expect((await web.get('/authorities/bury')).body).toContain('href="/reports/bury-2025">Bury 2025 ILACS</a>');
    } finally {
      reloading.stop();
      await web.close();
    }
  });
});
