/**
 * Module hooks that run the bot's own TypeScript (`*.ts` under the project)
 * in production, registered by `register-typescript.mjs`. Each `.ts` file is
 * turned into JavaScript by esbuild (types removed, nothing else changed) as
 * it is imported; every other module — node_modules above all — goes to
 * Node untouched.
 *
 * Why not `tsx`, which the scripts use: tsx also passes every module of
 * every dependency through its transform, which at start-up costs about
 * 100 MB of RSS and seconds of CPU (PGlite's 1 MB of JavaScript alone: 50 MB,
 * 1.5 s). The bot needs only its own files compiled.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { transform } from 'esbuild';

/** @type {import('node:module').LoadHook} */
export async function load(url, context, nextLoad) {
  if (!url.startsWith('file:') || !new URL(url).pathname.endsWith('.ts') || url.includes('/node_modules/')) return nextLoad(url, context);
  const file = fileURLToPath(url);
  const { code } = await transform(await readFile(file, 'utf8'), {
    loader: 'ts',
    format: 'esm',
    target: 'node20.19',
    sourcefile: file,
    // Stack traces in logs point at the TypeScript lines (the bot runs with source maps on).
    sourcemap: 'inline',
    tsconfigRaw: { compilerOptions: { verbatimModuleSyntax: true } },
  });
  return { format: 'module', source: code, shortCircuit: true };
}
