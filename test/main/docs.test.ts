/**
 * The documents a new user follows stay true to the code: every README
 * section `.env.example` points to exists; every variable the configuration
 * reads is documented in `.env.example` and the README's table; every link
 * between the README and docs/ lands on a file and heading that exist.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './support/processes.ts';

const read = (file: string): string => readFileSync(path.join(ROOT, file), 'utf8');

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens. */
function anchor(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N} _-]/gu, '')
    .replace(/ /g, '-');
}

function headings(markdown: string): string[] {
  return [...markdown.replace(/```[\s\S]*?```/g, '').matchAll(/^#{1,6} (.+)$/gm)].map((m) => (m[1] ?? '').trim());
}

describe('the README, docs/ and .env.example', () => {
  it('every README section .env.example names exists', () => {
    const named = [...read('.env.example').matchAll(/README(?::|'s) "([^"]+)"/g)].map((m) => m[1] ?? '');
    expect(named.length).toBeGreaterThan(3);
    const readme = headings(read('README.md'));
    for (const section of named) expect(readme, `.env.example names README section "${section}"`).toContain(section);
  });

  it('every variable the configuration reads is in .env.example and the README', () => {
    const code = ['adapters/config.ts', 'adapters/state/index-dir.ts'].map(read).join('\n');
    const names = new Set([...code.matchAll(/(?:optional|required|either)\(env, '([A-Z_]+)'/g)].map((m) => m[1] ?? ''));
    for (const name of ['HTTPS_PROXY', 'HTTP_PROXY', 'NO_PROXY', 'DATA_DIR', 'INDEX_DIR']) names.add(name);
    const example = read('.env.example');
    const readme = read('README.md');
    for (const name of names) {
      expect(example, `${name} in .env.example`).toMatch(new RegExp(`^#? ?${name}=`, 'm'));
      expect(readme, `${name} in the README`).toContain(`\`${name}\``);
    }
  });

  it('every link between the README and docs/ lands on an existing file and heading', () => {
    const files = ['README.md', ...readdirSync(path.join(ROOT, 'docs')).map((name) => `docs/${name}`)];
    for (const file of files) {
      for (const [, target] of read(file).matchAll(/\]\(((?!https?:)[^)\s]+)\)/g)) {
        const [relative = '', hash] = (target ?? '').split('#');
        const resolved = relative === '' ? file : path.posix.normalize(path.posix.join(path.posix.dirname(file), relative));
        expect(existsSync(path.join(ROOT, resolved)), `${file} links to ${target}`).toBe(true);
        if (hash !== undefined && resolved.endsWith('.md')) {
          expect(headings(read(resolved)).map(anchor), `${file} links to ${target}`).toContain(hash);
        }
      }
    }
  });

  it('the README is what a newcomer needs: the internals live in docs/', () => {
    const readme = read('README.md');
    expect(Buffer.byteLength(readme)).toBeLessThan(30_000);
    for (const section of ['Quick start', 'Asking', 'Platforms', 'Running in production', 'Configuration']) {
      expect(headings(readme)).toContain(section);
    }
    // The layout says where the built index and the service's writes are, not that index-data/ holds a prebuilt index.
    expect(readme).not.toMatch(/index-data\/\s+the shipped sources and prebuilt index/);
  });
});
