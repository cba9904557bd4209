import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../../adapters/store/migrations.ts';
import { openStore, StoreOpenError, type Store } from '../../adapters/store/open-store.ts';
import type { ReportAlert } from '../../src/index.ts';
import { describeEachEngine, startStoreSite, type StoreSite } from './support/engines.ts';
import { TEST_DB_PASSWORD } from './support/postgres.ts';

const alert = (reportId: string): ReportAlert =>
  ({ reportId, authority: 'Bury', kind: 'ilacs', citation: `Bury ${reportId}` }) as unknown as ReportAlert;

describeEachEngine('store on %s', (engine) => {
  let site: StoreSite;
  let store: Store;
  let other: Store;
  let clock = Date.parse('2026-01-01T00:00:00Z');
  const now = () => clock;
  beforeAll(async () => {
    site = await startStoreSite(engine);
    store = await site.open({ now, outbox: { spacingMs: 1000, leaseMs: 5000 } });
    // A second connection, as a second replica would have (embedded: the same instance; PGlite is one process).
    other = engine === 'postgres' ? await site.open({ now, outbox: { spacingMs: 1000, leaseMs: 5000 } }) : store;
  });
  afterAll(async () => {
    if (other !== store) await other?.close();
    await store?.close();
    await site?.stop();
  });

  it('migrates once: reopening (or a second process) applies nothing', async () => {
    expect(await migrate(store.sql)).toEqual([]);
    const rows = await store.sql.query<{ version: number }>('select version from schema_migrations');
    expect(rows.map((r) => r.version)).toEqual([1, 2, 3, 4]);
  });

  it('claims an event key once across connections, for the whole window, by time not count', async () => {
    const results = await Promise.all([store.events.first('C1:1.1'), other.events.first('C1:1.1'), store.events.first('C1:1.1')]);
    expect(results.filter(Boolean)).toHaveLength(1);
    for (let i = 0; i < 50; i++) await store.events.first(`C9:${i}`);
    clock += 30 * 60_000;
    expect(await other.events.first('C1:1.1')).toBe(false);
    clock += 31 * 60_000;
    expect(await other.events.first('C1:1.1')).toBe(true);
    expect(await store.events.prune()).toBeGreaterThanOrEqual(50);
  });

  it('keeps answer keys, shared, and expires them', async () => {
    const key = await store.answers.put('discord', { question: 'LADO Bury', paragraphRefs: ['bury-2025 6'] });
    expect(key).toMatch(/^[\w-]{12}$/);
    expect(await other.answers.get(key)).toEqual({ question: 'LADO Bury', paragraphRefs: ['bury-2025 6'] });
    clock += 31 * 24 * 60 * 60_000;
    expect(await other.answers.get(key)).toBeUndefined();
    expect(await store.answers.prune()).toBe(1);
  });

  it('keeps the context an answer key was asked in', async () => {
    const context = { authorities: ['Bury'], topic: ['LADO'], topicLabel: 'LADO', areas: [], year: 2016, range: null, grade: null };
    const key = await store.answers.put('discord', { question: 'what about in 2016?', paragraphRefs: ['bury-2016 3'], context });
    expect(await other.answers.get(key)).toEqual({ question: 'what about in 2016?', paragraphRefs: ['bury-2016 3'], context });
  });

  it('keeps conversation contexts, shared, replaced by the next question, for 24 hours', async () => {
    const bury = { authorities: ['Bury'], topic: ['LADO'], topicLabel: 'LADO', areas: [], year: null, range: null, grade: null };
    const day = 24 * 60 * 60_000;
    expect(await store.conversations.get('slack:T1:C1:1.1:U1')).toBeNull();
    await store.conversations.put('slack:T1:C1:1.1:U1', bury, day);
    expect(await other.conversations.get('slack:T1:C1:1.1:U1')).toEqual(bury);
    expect(await other.conversations.get('slack:T1:C1:1.1:U2')).toBeNull();
    const in2016 = { ...bury, year: 2016 };
    await other.conversations.put('slack:T1:C1:1.1:U1', in2016, day);
    clock += day - 1000;
    expect(await store.conversations.get('slack:T1:C1:1.1:U1')).toEqual(in2016);
    clock += 2000;
    expect(await store.conversations.get('slack:T1:C1:1.1:U1')).toBeNull();
    expect(await store.conversations.prune()).toBe(1);
  });

  it('lets one replica at a time hold the update lock, freed on release or when its holder stops renewing', async () => {
    const held = await Promise.all([store.updateLock.tryAcquire(), other.updateLock.tryAcquire(), store.updateLock.tryAcquire()]);
    const winners = held.filter((release) => release !== null);
    expect(winners).toHaveLength(1);
    expect(await other.updateLock.describeHolder?.()).toMatch(new RegExp(`^pid ${process.pid} on .+ since .+ \\(the store's update lock\\)$`));
    await winners[0]?.();
    expect(await other.updateLock.describeHolder?.()).toBeNull();
    const second = await other.updateLock.tryAcquire();
    expect(second).not.toBeNull();
    expect(await store.updateLock.tryAcquire()).toBeNull();
    // Its holder died (no renewal): after 10 minutes another replica takes it over, and the dead one's release frees nothing.
    clock += 10 * 60_000 + 1;
    const third = await store.updateLock.tryAcquire();
    expect(third).not.toBeNull();
    await second?.();
    expect(await other.updateLock.tryAcquire()).toBeNull();
    await third?.();
    await third?.();
    const fourth = await other.updateLock.tryAcquire();
    expect(fourth).not.toBeNull();
    await fourth?.();
  });

  it('adds, lists, re-adds, disables and removes follows per channel', async () => {
    const first = await store.follows.add('slack', 'C1', { kind: 'authority', name: 'Bury' }, '');
    expect(first.created).toBe(true);
    const again = await other.follows.add('slack', 'C1', { kind: 'authority', name: 'Bury' }, 'care leavers');
    expect(again).toMatchObject({ created: false, follow: { id: first.follow.id, topics: 'care leavers' } });
    await store.follows.add('slack', 'C1', { kind: 'all', name: '' }, '');
    await store.follows.add('discord', 'C1', { kind: 'region', name: 'North West' }, '');
    expect((await other.follows.list('slack', 'C1')).map((f) => f.target.kind)).toEqual(['authority', 'all']);
    await store.follows.disable([first.follow.id], 'not_in_channel');
    expect((await store.follows.enabled()).map((f) => f.target.kind)).toEqual(['all', 'region']);
    expect((await store.follows.list('slack', 'C1'))[0]).toMatchObject({ enabled: false, disabledReason: 'not_in_channel' });
    expect(await store.follows.remove('slack', 'C1', { kind: 'all', name: '' })).toBe(true);
    expect(await store.follows.remove('slack', 'C1', { kind: 'all', name: '' })).toBe(false);
  });

  it('keeps channel settings', async () => {
    expect(await store.settings.defaultAuthority('slack', 'C1')).toBeNull();
    await store.settings.setDefaultAuthority('slack', 'C1', 'Bury');
    expect(await other.settings.defaultAuthority('slack', 'C1')).toBe('Bury');
    expect(await other.settings.defaultAuthority('discord', 'C1')).toBeNull();
  });

  it('stores feedback without users and summarises the worst questions', async () => {
    const id = await store.feedback.record({ platform: 'slack', question: 'LADO Bury', paragraphRefs: ['bury-2025 6'], vote: 'down' });
    expect(await store.feedback.setReason(id, 'wrong-paragraph')).toBe(true);
    await store.feedback.record({ platform: 'discord', question: 'LADO Bury', paragraphRefs: ['bury-2025 7'], vote: 'down' });
    await store.feedback.record({ platform: 'slack', question: 'care leavers', paragraphRefs: ['bury-2025 9'], vote: 'up' });
    expect(await store.feedback.worst(5)).toEqual([
      { question: 'LADO Bury', up: 0, down: 2, reasons: { 'wrong-paragraph': 1 }, paragraphRefs: ['bury-2025 6', 'bury-2025 7'] },
    ]);
    expect(await store.feedback.totals()).toEqual({ up: 1, down: 2 });
  });

  it('plans each report once per channel, and delivers one per channel at a time, spaced', async () => {
    const decide = (known: ReadonlySet<string>) => ({
      known: ['r1', 'r2'],
      deliveries: known.has('r1')
        ? []
        : [
            { platform: 'slack' as const, channelId: 'C1', reportId: 'r1', followIds: [1], alert: alert('r1') },
            { platform: 'slack' as const, channelId: 'C1', reportId: 'r2', followIds: [1], alert: alert('r2') },
            { platform: 'slack' as const, channelId: 'C2', reportId: 'r1', followIds: [2], alert: alert('r1') },
          ],
    });
    const planned = await Promise.all([store.outbox.plan(decide), other.outbox.plan(decide)]);
    expect(planned.reduce((a, b) => a + b, 0)).toBe(3);
    const [a, b] = await Promise.all([store.outbox.claim(10), other.outbox.claim(10)]);
    const claimed = [...(a ?? []), ...(b ?? [])];
    expect(claimed.map((c) => `${c.channelId}/${c.reportId}`).sort()).toEqual(['C1/r1', 'C2/r1']);
    expect(claimed[0]?.alert.citation).toMatch(/^Bury r/);
    for (const item of claimed) await store.outbox.markSent(item.id);
    expect(await store.outbox.claim(10)).toEqual([]);
    clock += 1001;
    const next = await other.outbox.claim(10);
    expect(next.map((c) => c.reportId)).toEqual(['r2']);
    const item = next[0];
    if (item === undefined) throw new Error('expected a claim');
    await other.outbox.retryLater(item, 2000, 'ratelimited', true);
    clock += 1500;
    expect(await store.outbox.claim(10)).toEqual([]);
    clock += 600;
    expect((await store.outbox.claim(10)).map((c) => c.attempts)).toEqual([2]);
    expect(await store.outbox.counts()).toEqual({ pending: 0, sending: 1, sent: 2, failed: 0 });
    // A claim whose process died is taken over once its lease has passed.
    clock += 5001;
    const taken = await other.outbox.claim(10);
    expect(taken.map((c) => c.attempts)).toEqual([3]);
    await other.outbox.fail(taken[0]?.id ?? 0, 'channel_not_found');
    expect(await store.outbox.counts()).toEqual({ pending: 0, sending: 0, sent: 2, failed: 1 });
  });
});

describe('a store that cannot be opened', () => {
  it('names DATABASE_URL, without its password', async () => {
    const url = `postgres://ofsted:${TEST_DB_PASSWORD}@127.0.0.1:1/nowhere`;
    const error = await openStore({ dataDir: null, databaseUrl: url }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreOpenError);
    expect(String((error as Error).message)).toMatch(/DATABASE_URL=postgres:\/\/ofsted:\*\*\*@127\.0\.0\.1:1\/nowhere.*Check DATABASE_URL/s);
    expect(String((error as Error).message)).not.toContain(TEST_DB_PASSWORD);
  });

  it('names DATA_DIR', async () => {
    // A file where the directory should be.
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'ofsted-data-')), 'taken');
    writeFileSync(file, '');
    const error = await openStore({ dataDir: file, databaseUrl: null }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreOpenError);
    expect(String((error as Error).message)).toContain(`DATA_DIR=${file}`);
    expect(String((error as Error).message)).toContain('Check DATA_DIR');
  });
});
