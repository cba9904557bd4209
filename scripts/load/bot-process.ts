/**
 * The bot as an operator runs it, for the load benchmarks: `npm start`'s
 * node command line in its own process (so the load generator's own work is
 * not on the bot's event loop), with only the variables given, an empty
 * dotenv file and a fresh DATA_DIR, and a sampler of its resident memory.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '..', '..');

export interface BotProcess {
  child: ChildProcess;
  /** Everything the process wrote so far. */
  output(): string;
  /** Resident set size now, in MiB. */
  rssMiB(): number;
  /** The highest RSS the process has had since it started (VmHWM), in MiB. */
  peakRssMiB(): number;
  /** SIGTERM, then wait for the exit (the CPU profile, if any, is written then); removes the data directory. */
  stop(): Promise<void>;
}

export interface BotProcessOptions {
  env: Record<string, string>;
  /** Extra node flags, e.g. `--cpu-prof`. */
  nodeArgs?: string[];
}

/** Variables passed through from the benchmark's own environment when set (the knobs being measured). */
const PASSED_THROUGH = ['ANSWER_CONCURRENCY', 'ANSWER_QUEUE_LIMIT', 'LOG_LEVEL'];

function statusKiB(pid: number, field: string): number {
  try {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

/** `npm start`'s node arguments, from package.json (one source of truth): `exec node <args>`. */
function startArgs(): string[] {
  const start = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: { start: string } }).scripts.start;
  const words = start.replace(/^exec\s+/, '').split(/\s+/);
  if (words[0] !== 'node') throw new Error(`package.json's start script should run node, but it is "${start}"`);
  return words.slice(1);
}

/** Start the bot; resolves once `probe` (say, the health route answering) is true. */
export async function startBotProcess(options: BotProcessOptions, probe: () => Promise<boolean>): Promise<BotProcess> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'ofsted-bench-data-'));
  const dotenv = path.join(dataDir, 'empty.env');
  writeFileSync(dotenv, '');
  const passed = Object.fromEntries(PASSED_THROUGH.flatMap((name) => (process.env[name] ? [[name, process.env[name]]] : [])));
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), ...startArgs()], {
    cwd: ROOT,
    env: {
      PATH: process.env['PATH'] ?? '',
      HOME: process.env['HOME'] ?? tmpdir(),
      DOTENV_CONFIG_PATH: dotenv,
      DATA_DIR: path.join(dataDir, 'data'),
      LOG_LEVEL: 'warn',
      ...passed,
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += String(chunk)));
  child.stderr?.on('data', (chunk) => (output += String(chunk)));
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  const pid = child.pid ?? 0;
  const deadline = performance.now() + 90_000;
  while (!(await probe())) {
    if (child.exitCode !== null || performance.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`the bot did not start; its output:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    child,
    output: () => output,
    rssMiB: () => statusKiB(pid, 'VmRSS') / 1024,
    peakRssMiB: () => statusKiB(pid, 'VmHWM') / 1024,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 15_000))]);
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * `--postgres`: a local PostgreSQL for the run (the test suite's: initdb in a
 * temporary directory), its URL for DATABASE_URL; null without the flag.
 */
export async function benchPostgres(args: readonly string[]): Promise<{ url: string; engine: string; stop(): Promise<void> } | null> {
  if (!args.includes('--postgres')) return null;
  const { startCluster } = await import('../../test/store/support/postgres.ts');
  const cluster = await startCluster();
  if (cluster.url === null) throw new Error(`bench: --postgres needs a local PostgreSQL: ${cluster.note}`);
  return { url: cluster.url, engine: 'PostgreSQL (local cluster)', stop: () => cluster.stop() };
}

/** Samples `read()` every 20 ms until stopped; `peak()` is the highest value seen. */
export function sampler(read: () => number): { peak(): number; stop(): number } {
  let peak = read();
  const timer = setInterval(() => (peak = Math.max(peak, read())), 20);
  return {
    peak: () => peak,
    stop() {
      clearInterval(timer);
      peak = Math.max(peak, read());
      return peak;
    },
  };
}
