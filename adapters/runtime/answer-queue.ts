/**
 * The answer queue: where every platform's answering waits its turn, so that
 * acknowledgements never do. The corpus answers synchronously (a few ms a
 * question, tens for the heaviest), on the same thread that acknowledges
 * Slack's requests, defers Discord's interactions and answers Teams' 200s.
 * Left to the event loop,
 * a burst of 500 questions answered back to back held every later request's
 * acknowledgement for seconds. Here:
 *
 * - at most `concurrency` answers are under way at once, the rest wait in
 *   order (nothing is dropped); their store reads are bounded with them, so a
 *   burst never queues hundreds of embedded-store queries in one chain;
 * - each answer starts on an event-loop turn of its own (`setImmediate`,
 *   one a turn): between two answers Node polls for I/O, so a request that
 *   arrived meanwhile is acknowledged before the next answer runs;
 * - while requests arrive in a burst (at least `burstSize` within
 *   `quietMs`), answers wait for a quiet moment ({@link AnswerQueue.arrived}):
 *   a burst's acknowledgements all go first, not one answer's worth of them
 *   at a time; one answer still starts every `maxPauseMs`, so a long burst
 *   cannot starve them (the first answer of a burst starts at once). A steady
 *   stream (50 a second), or a few dozen people asking one question after
 *   another, is no burst: holding answers back there only slowed them
 *   (measured on 50 busy Teams conversations);
 * - `busy()` says when the wait has grown past `busyAfter` answers, for the
 *   platforms to tell a new asker at once that the answer is coming.
 */

export interface AnswerQueueOptions {
  /**
   * Answers under way at once (default 2). The answering itself is
   * synchronous, so more only overlaps one answer's store reads with
   * another's answering; every answer still takes a turn of its own.
   */
  concurrency?: number;
  /** Waiting answers beyond which {@link AnswerQueue.busy} is true (default 100). */
  busyAfter?: number;
  /** During a burst, answers wait until no request has come for this long (default 10 ms). */
  quietMs?: number;
  /** Requests within `quietMs` that make a burst (default 8, that is 800 a second). */
  burstSize?: number;
  /** The longest answers wait for a quiet moment before one starts anyway (default 100 ms). */
  maxPauseMs?: number;
}

export interface AnswerQueueStats {
  /** Answers waiting for a slot. */
  waiting: number;
  /** Answers under way. */
  running: number;
}

export interface RunOptions {
  /**
   * Start no sooner than this settles (Discord's deferral): the answer counts
   * as waiting, for {@link AnswerQueue.busy}, from the moment it is queued,
   * but takes no turn before its acknowledgement is out. When it rejects,
   * `work` never runs and the run rejects with its error.
   */
  after?: Promise<unknown>;
}

export interface AnswerQueue {
  /**
   * Run `work` (a question's store reads and its answering; not its
   * delivery, which need not hold a slot) once a slot is free, on a turn of
   * the event loop of its own. Resolves or rejects as `work` does.
   */
  run<T>(work: () => Promise<T> | T, options?: RunOptions): Promise<T>;
  /** A request came in (before its ack): in a burst, answers hold back for a moment. */
  arrived(): void;
  /** True when more than `busyAfter` answers are waiting: a question asked now will wait noticeably. */
  busy(): boolean;
  stats(): AnswerQueueStats;
}

/** What a new asker is told at once when {@link AnswerQueue.busy} (every platform says the same). */
export const BUSY_NOTE = "I'm busy answering a lot of questions right now. Yours is in the queue: the answer is coming shortly.";

export const DEFAULT_ANSWER_CONCURRENCY = 2;
export const DEFAULT_ANSWER_QUEUE_LIMIT = 100;

interface Job {
  /** False until the job's `after` has settled. */
  ready: boolean;
  start: () => void;
}

export function createAnswerQueue(options: AnswerQueueOptions = {}): AnswerQueue {
  const concurrency = options.concurrency ?? DEFAULT_ANSWER_CONCURRENCY;
  const busyAfter = options.busyAfter ?? DEFAULT_ANSWER_QUEUE_LIMIT;
  const quietMs = options.quietMs ?? 10;
  const maxPauseMs = options.maxPauseMs ?? 100;
  const burstSize = options.burstSize ?? 8;
  if (!Number.isInteger(concurrency) || concurrency < 1) throw new RangeError(`answer queue: concurrency must be a whole number of at least 1, but got ${concurrency}`);
  if (!Number.isInteger(busyAfter) || busyAfter < 0) throw new RangeError(`answer queue: busyAfter must be a whole number of at least 0, but got ${busyAfter}`);
  const waiting: Job[] = [];
  let running = 0;
  let scheduled = false;
  /** When the requests of the last `quietMs` arrived, oldest first (a burst's worth at most). */
  let arrivals: number[] = [];
  let lastStart = Number.NEGATIVE_INFINITY;

  // One answer starts per turn: an immediate queued from inside an immediate runs on the next
  // turn, after Node has polled for I/O, so acknowledgements that arrived in between go first.
  const pump = (): void => {
    scheduled = false;
    if (running >= concurrency || waiting.length === 0) return;
    const now = performance.now();
    const recent = arrivals.filter((at) => now - at < quietMs);
    arrivals = recent;
    const lastArrival = recent.at(-1) ?? Number.NEGATIVE_INFINITY;
    const hold = recent.length >= burstSize ? Math.min(quietMs - (now - lastArrival), maxPauseMs - (now - lastStart)) : 0;
    if (hold > 0) {
      scheduled = true;
      setTimeout(pump, hold);
      return;
    }
    // The first job whose acknowledgement is out; the others keep their places.
    const index = waiting.findIndex((job) => job.ready);
    if (index < 0) return;
    const [job] = waiting.splice(index, 1);
    if (job === undefined) return;
    running += 1;
    lastStart = now;
    job.start();
    schedule();
  };
  const schedule = (): void => {
    if (scheduled || running >= concurrency || !waiting.some((job) => job.ready)) return;
    scheduled = true;
    setImmediate(pump);
  };

  return {
    run<T>(work: () => Promise<T> | T, options: RunOptions = {}): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        const job: Job = {
          ready: options.after === undefined,
          start: () => {
            let result: Promise<T>;
            try {
              result = Promise.resolve(work());
            } catch (error) {
              result = Promise.reject(error);
            }
            result
              .finally(() => {
                running -= 1;
                schedule();
              })
              .then(resolve, reject);
          },
        };
        waiting.push(job);
        options.after?.then(
          () => {
            job.ready = true;
            schedule();
          },
          (error: unknown) => {
            // Not acknowledged: nothing to answer. It leaves the queue without running.
            waiting.splice(waiting.indexOf(job), 1);
            reject(error);
          },
        );
        schedule();
      });
    },
    arrived: () => {
      const now = performance.now();
      // Only the last burstSize matter: a burst is that many within quietMs.
      if (arrivals.length >= burstSize) arrivals.shift();
      arrivals.push(now);
    },
    busy: () => waiting.length > busyAfter,
    stats: () => ({ waiting: waiting.length, running }),
  };
}
