/**
 * Holds an answer queue made with `concurrency: 1, busyAfter: 0` full, so the
 * platform tests can see what a question gets while answers are waiting.
 */
import type { AnswerQueue } from '../../../adapters/runtime/answer-queue.ts';

/** One job holding the only slot and one waiting behind it, until `release()`. */
export function holdQueue(answers: AnswerQueue): { release: () => Promise<void> } {
  let open = (): void => undefined;
  const shut = new Promise<void>((resolve) => (open = resolve));
  const held = [answers.run(() => shut), answers.run(() => undefined)];
  return {
    async release() {
      open();
      await Promise.all(held);
    },
  };
}
