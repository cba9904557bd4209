/**
 * The answer queue: bounded, in order, nothing dropped, busy past its limit,
 * and answers that hog the thread still let a request that arrives among
 * them be answered before they have all run.
 */
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAnswerQueue } from '../../adapters/runtime/answer-queue.ts';

/** A promise and the function that settles it. */
function gate(): { open: () => void; shut: Promise<void> } {
  let open = (): void => undefined;
  const shut = new Promise<void>((resolve) => (open = resolve));
  return { open, shut };
}

/** Hold the thread for `ms`, as a synchronous answer does. */
function hog(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until) {
    // Busy on purpose.
  }
}

describe('answer queue', () => {
  it('runs at most `concurrency` at once, in order, and drops nothing', async () => {
    const queue = createAnswerQueue({ concurrency: 2 });
    const gates = Array.from({ length: 6 }, gate);
    const started: number[] = [];
    let running = 0;
    let most = 0;
    const done = gates.map((g, i) =>
      queue.run(async () => {
        started.push(i);
        running += 1;
        most = Math.max(most, running);
        await g.shut;
        running -= 1;
        return i;
      }),
    );
    await new Promise((resolve) => setImmediate(resolve));
    await new Promise((resolve) => setImmediate(resolve));
    expect(queue.stats()).toEqual({ running: 2, waiting: 4 });
    for (const g of gates) g.open();
    expect(await Promise.all(done)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(started).toEqual([0, 1, 2, 3, 4, 5]);
    expect(most).toBe(2);
    expect(queue.stats()).toEqual({ running: 0, waiting: 0 });
  });

  it('is busy while more than `busyAfter` wait, and passes a failure on without losing the slot', async () => {
    const queue = createAnswerQueue({ concurrency: 1, busyAfter: 2 });
    const g = gate();
    const first = queue.run(() => g.shut);
    const failing = queue.run(() => Promise.reject(new Error('the store is down')));
    expect(queue.busy()).toBe(false);
    // Nothing starts before the next turn of the event loop: three are waiting.
    const third = queue.run(() => 'third');
    expect(queue.busy()).toBe(true);
    await new Promise((resolve) => setImmediate(resolve));
    expect(queue.stats()).toEqual({ running: 1, waiting: 2 });
    expect(queue.busy()).toBe(false);
    const fourth = queue.run(() => {
      throw new Error('thrown, not rejected');
    });
    expect(queue.busy()).toBe(true);
    g.open();
    await first;
    await expect(failing).rejects.toThrow('the store is down');
    expect(await third).toBe('third');
    await expect(fourth).rejects.toThrow('thrown, not rejected');
    expect(queue.busy()).toBe(false);
  });

  it('holds answers back while requests arrive in a burst, but not for longer than maxPauseMs', async () => {
    const queue = createAnswerQueue({ concurrency: 1, quietMs: 40, maxPauseMs: 60_000, burstSize: 2 });
    // Nothing has started for longer than maxPauseMs: the first answer does not wait.
    await queue.run(() => undefined);
    const started: number[] = [];
    queue.arrived();
    queue.arrived();
    const arrivedAt = performance.now();
    const done = [queue.run(() => started.push(performance.now())), queue.run(() => started.push(performance.now()))];
    await new Promise((resolve) => setImmediate(resolve));
    expect(started).toEqual([]);
    await Promise.all(done);
    // Both waited for the quiet moment; once it came they ran one a turn.
    expect(started[0]! - arrivedAt).toBeGreaterThanOrEqual(39);
    expect(started).toHaveLength(2);

    const stream = createAnswerQueue({ concurrency: 1, quietMs: 60_000, maxPauseMs: 30, burstSize: 2 });
    stream.arrived();
    stream.arrived();
    const first = performance.now();
    const times: number[] = [];
    await Promise.all([1, 2, 3].map(() => stream.run(() => times.push(performance.now()))));
    // A request "always" arriving: one answer starts at once, then one every maxPauseMs, never none.
    expect(times[0]! - first).toBeLessThan(30);
    expect(times[1]! - times[0]!).toBeGreaterThanOrEqual(29);
    expect(times[2]! - times[1]!).toBeGreaterThanOrEqual(29);

    // Fewer than burstSize requests are no burst: their answers do not wait.
    const single = createAnswerQueue({ concurrency: 1, quietMs: 60_000, burstSize: 3 });
    single.arrived();
    single.arrived();
    const alone = performance.now();
    await single.run(() => undefined);
    expect(performance.now() - alone).toBeLessThan(1000);
  });

  it('counts an answer as waiting at once, but runs it only after its acknowledgement, in order among the ready', async () => {
    const queue = createAnswerQueue({ concurrency: 1, busyAfter: 1 });
    const ack = gate();
    const ran: string[] = [];
    const late = queue.run(() => ran.push('late'), { after: ack.shut });
    const early = queue.run(() => ran.push('early'));
    expect(queue.busy()).toBe(true);
    await early;
    expect(ran).toEqual(['early']);
    ack.open();
    await late;
    expect(ran).toEqual(['early', 'late']);
    // An acknowledgement that failed: nothing to answer, and the run says why.
    const never = queue.run(() => ran.push('never'), { after: Promise.reject(new Error('Unknown interaction')) });
    await expect(never).rejects.toThrow('Unknown interaction');
    expect(ran).toEqual(['early', 'late']);
    expect(queue.stats()).toEqual({ running: 0, waiting: 0 });
  });

  it('refuses a concurrency or limit that is not a whole number', () => {
    expect(() => createAnswerQueue({ concurrency: 0 })).toThrow(/concurrency must be a whole number of at least 1, but got 0/);
    expect(() => createAnswerQueue({ busyAfter: 1.5 })).toThrow(/busyAfter must be a whole number of at least 0, but got 1.5/);
  });

  describe('beside a server on the same thread', () => {
    let server: Server;
    let port = 0;
    let answered = 0;
    /** How many answers had run when the server answered each request. */
    const seen: number[] = [];
    beforeAll(async () => {
      server = createServer((_req, res) => {
        seen.push(answered);
        res.end('ok');
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      port = (server.address() as AddressInfo).port;
    });
    afterAll(async () => {
      await new Promise((resolve) => server.close(resolve));
    });

    it('answers a request that arrives among 60 queued answers before they have all run', async () => {
      const queue = createAnswerQueue();
      const answers = Array.from({ length: 60 }, () =>
        queue.run(() => {
          hog(5);
          answered += 1;
        }),
      );
      // Sent as the answers start: it needs a few turns of the event loop to connect and be read.
      const status = await new Promise<number>((resolve, reject) => {
        const req = request({ host: '127.0.0.1', port, path: '/', agent: false }, (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode ?? 0));
        });
        req.on('error', reject);
        req.end();
      });
      const atResponse = answered;
      await Promise.all(answers);
      expect(status).toBe(200);
      // One answer a turn: the request got in after a few of them, not after all 60
      // (run back to back, as before the queue, all 60 would have run first).
      expect(seen[0]).toBeLessThan(15);
      expect(atResponse).toBeLessThan(60);
    });
  });
});
