/**
 * Whether a process with this pid runs on this machine (signal 0 delivers
 * nothing; EPERM means it runs under another user). The lock files use it:
 * the index's update lock (src/update/lock.ts) and the embedded store's
 * (adapters/store/data-dir-lock.ts), which also checks the process's start
 * time so a reused pid is not taken for its holder.
 */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
