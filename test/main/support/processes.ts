/**
 * Running `npm start` the way a container runtime or supervisor does, and
 * watching the whole process tree it makes (npm, the shell, node), so tests
 * can tell whether a signal really stopped everything.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');

/** An empty dotenv file, so a developer's own `.env` never leaks into a test run. */
function emptyDotenv(): string {
  const file = path.join(tmpdir(), 'ofsted-bot-test-empty.env');
  writeFileSync(file, '');
  return file;
}

export interface Started {
  child: ChildProcess;
  /** Everything written to stderr and stdout so far. */
  output(): string;
  /** Resolves with the exit code (or signal name) of the spawned process. */
  exited: Promise<number | string | null>;
}

/**
 * Spawn `command args` in the repository with only `env` (plus PATH) set, and
 * a fresh DATA_DIR of its own unless `env` names one: the embedded store is
 * for one process at a time, and tests run side by side. INDEX_DIR is the
 * repository's index-data/ (built once by the global setup) unless `env` sets
 * it — to '' for the production default, `<DATA_DIR>/index`, which copies the
 * shipped reports and index in (test/main/state-dir.test.ts covers that).
 */
export function startProcess(command: string, args: string[], env: Record<string, string>): Started {
  // A DATA_DIR of its own only when `env` names none; the process's temporary files go where this one's do (TMPDIR).
  const dataDir = env['DATA_DIR'] ?? mkdtempSync(path.join(tmpdir(), 'ofsted-bot-data-'));
  const child = spawn(command, args, {
    cwd: ROOT,
    env: { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? tmpdir(), TMPDIR: tmpdir(), DOTENV_CONFIG_PATH: emptyDotenv(), DATA_DIR: dataDir, INDEX_DIR: path.join(ROOT, 'index-data'), ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += String(chunk)));
  child.stderr?.on('data', (chunk) => (output += String(chunk)));
  const exited = new Promise<number | string | null>((resolve) => child.on('exit', (code, signal) => resolve(code ?? signal)));
  return { child, output: () => output, exited };
}

/** `npm start` with `env`. */
export function npmStart(env: Record<string, string>): Started {
  return startProcess('npm', ['start', '--silent'], env);
}

/** Whether `pid` is a live process (a zombie counts as gone: it has exited). */
export function alive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return false;
  }
}

/** The pids of every descendant of `pid`, read from /proc. */
export function descendants(pid: number): number[] {
  const out: number[] = [];
  const children = (parent: number): number[] => {
    try {
      return readdirSync(`/proc/${parent}/task`).flatMap((task) =>
        readFileSync(`/proc/${parent}/task/${task}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number),
      );
    } catch {
      return [];
    }
  };
  const walk = (parent: number): void => {
    for (const child of children(parent)) {
      out.push(child);
      walk(child);
    }
  };
  walk(pid);
  return out;
}

/** The command line of `pid` (for messages). */
export function commandLine(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ').trim();
  } catch {
    return '(gone)';
  }
}

/** Resident set size of `pid` in KiB, from /proc/<pid>/status. */
export function rssKiB(pid: number): number {
  const match = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) : 0;
}

/** The node process running adapters/main.ts among `pid` and its descendants (the deepest, past any launcher). */
export function appPid(pid: number): number | undefined {
  return [pid, ...descendants(pid)].filter((p) => /adapters\/main\.ts/.test(commandLine(p))).at(-1);
}

/** Wait until `probe()` is true, polling every 20 ms; false after `timeoutMs`. */
export async function until(probe: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    if (probe()) return true;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return probe();
}

/** Kill whatever of `pids` is still alive (test clean-up; only processes this test started). */
export function killAll(pids: readonly number[]): void {
  for (const pid of pids) {
    try {
      if (alive(pid)) process.kill(pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
}

/** A port free on 127.0.0.1 right now. */
export async function freePort(): Promise<number> {
  const { createServer } = await import('node:net');
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as import('node:net').AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/**
 * How long `npm start` may take to say the bot runs. Startup reads the whole index; with the rest of the suite running
 * on two cores it has taken over 20 s, with nothing written yet at 20 s.
 */
export const STARTUP_MS = 40_000;

/** Wait until the process has written `pattern` (e.g. the "bot running" log line). */
export async function waitForOutput(started: Started, pattern: RegExp, timeoutMs = STARTUP_MS): Promise<void> {
  const ok = await until(() => pattern.test(started.output()), timeoutMs);
  if (!ok) throw new Error(`no ${pattern} within ${timeoutMs} ms; output:\n${started.output()}`);
}
