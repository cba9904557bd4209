/**
 * The development scripts' options: `--help` prints the usage and exits 0; an
 * unknown option (or a missing required one, or a stray argument) prints what
 * was wrong and the usage to stderr and exits 2, never a stack trace. Every
 * run stops at the argument check, so nothing is loaded, built or written.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `node --import tsx scripts/<script>.ts ...args`, as the npm scripts run them, without npm's own output. */
function script(name: string, args: readonly string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', path.join(root, 'scripts', `${name}.ts`), ...args], { cwd: root, timeout: 90_000 }, (error, stdout, stderr) => {
      const code = error === null ? 0 : typeof error.code === 'number' ? error.code : null;
      resolve({ code, stdout, stderr });
    });
  });
}

/** Each script, and how its usage starts (bench-cold-load is no npm script: bench.ts runs it with node). */
const SCRIPTS: ReadonlyArray<readonly [string, string]> = [
  ...[
    'apply-assessments',
    'bench',
    'bench-alerts',
    'bench-footprint',
    'bench-grades',
    'bench-web',
    'build-index',
    'feedback',
    'pool-assessments',
    'propose-vocabulary',
    'tune-ranking',
  ].map((name) => [name, `usage: npm run ${name} -- `] as const),
  ['bench-cold-load', 'usage: node --import tsx scripts/bench-cold-load.ts '],
];

/** A node stack frame, as printed under an uncaught error. */
const STACK_LINE = /^ {4}at /m;

const help = new Map<string, Run>();
const unknown = new Map<string, Run>();
let noOut: Run;
let noPool: Run;
let stray: Run;

// Every process at once, so the file takes as long as the slowest script's start, not their sum.
beforeAll(async () => {
  const runs = await Promise.all([
    ...SCRIPTS.map(async ([name]) => help.set(name, await script(name, ['--help']))),
    ...SCRIPTS.map(async ([name]) => unknown.set(name, await script(name, ['--no-such-option']))),
    script('pool-assessments', []).then((r) => (noOut = r)),
    script('apply-assessments', []).then((r) => (noPool = r)),
    script('apply-assessments', ['--pool', path.join(root, 'no-such-pool-dir'), 'stray']).then((r) => (stray = r)),
  ]);
  expect(runs).toHaveLength(2 * SCRIPTS.length + 3);
}, 180_000);

describe.each(SCRIPTS)('scripts/%s.ts', (name, usageStart) => {
  it('prints its usage on --help and exits 0', () => {
    const run = help.get(name);
    expect(run?.stderr).toBe('');
    expect(run?.code).toBe(0);
    expect(run?.stdout.startsWith(usageStart)).toBe(true);
    expect(run?.stdout).toContain('--help');
  });

  it('names an unknown option, prints the usage to stderr and exits 2, without a stack trace', () => {
    const run = unknown.get(name);
    expect(run?.code).toBe(2);
    expect(run?.stdout).toBe('');
    expect(run?.stderr).toContain("Unknown option '--no-such-option'");
    expect(run?.stderr.endsWith(help.get(name)?.stdout ?? '(no usage)')).toBe(true);
    expect(run?.stderr).not.toMatch(STACK_LINE);
  });
});

describe('required options and stray arguments', () => {
  it('pool-assessments without --out says so, with the usage, exit 2', () => {
    expect(noOut.code).toBe(2);
    expect(noOut.stderr).toContain('pool-assessments: expected --out <dir> (outside the repository), got none');
    expect(noOut.stderr).toContain('usage: npm run pool-assessments -- ');
    expect(noOut.stderr).not.toMatch(STACK_LINE);
  });

  it('apply-assessments without --pool says so, with the usage, exit 2', () => {
    expect(noPool.code).toBe(2);
    expect(noPool.stderr).toContain('apply-assessments: expected --pool <dir>, got none');
    expect(noPool.stderr).toContain('usage: npm run apply-assessments -- ');
    expect(noPool.stderr).not.toMatch(STACK_LINE);
  });

  it('a script that takes no positional arguments refuses one, as it did before', () => {
    expect(stray.code).toBe(2);
    expect(stray.stderr).toContain("Unexpected argument 'stray'");
    expect(stray.stderr).toContain('usage: npm run apply-assessments -- ');
    expect(stray.stderr).not.toMatch(STACK_LINE);
  });
});
