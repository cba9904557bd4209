/**
 * A stop step with a deadline. Shutdown stops the adapters before it closes
 * the store, and an adapter's stop can wait on the other side: discord.js's
 * `destroy()` waits for the gateway to answer its close frame, with no limit
 * of its own (the socket's is 30 s). Waited for without a deadline, one
 * silent peer would hold the store's close until the process is killed, and
 * the embedded store would lose what it had not written.
 */

/** Whether `work` settled within `ms` ('done', its error thrown on) or not ('late'; it carries on unawaited). */
export async function within(work: Promise<unknown>, ms: number): Promise<'done' | 'late'> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((resolve) => {
    timer = setTimeout(() => resolve('late'), ms);
    timer.unref();
  });
  try {
    return await Promise.race([work.then(() => 'done' as const), late]);
  } finally {
    clearTimeout(timer);
  }
}
