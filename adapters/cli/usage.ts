/**
 * Argument parsing for the command-line tools: `--help` prints the usage,
 * and a mistake (an unknown option, a missing value) prints what was wrong
 * and the usage, with exit status 2, never a stack trace.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;

/** Print `problem` and `usage` to stderr and exit with status 2. */
export function usageError(usage: string, problem: string): never {
  process.stderr.write(`${problem}\n\n${usage}`);
  process.exit(2);
}

/**
 * Parse the process arguments against `options`; `--help` prints `usage` and
 * exits 0. With `allowPositionals` false, an argument that is no option is a
 * mistake too ("Unexpected argument 'x'").
 */
export function parseCliArgs<const O extends Options>(usage: string, options: O, allowPositionals = true) {
  let parsed;
  try {
    parsed = parseArgs({ allowPositionals, options, strict: true });
  } catch (error) {
    usageError(usage, (error as Error).message);
  }
  if ((parsed.values as Record<string, unknown>)['help'] === true) {
    process.stdout.write(usage);
    process.exit(0);
  }
  return parsed;
}
