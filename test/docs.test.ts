// The docs name real things: every repository path they mention exists, every `npm run` script is in package.json,
// every GLOWPLAN_ or BENCH_ variable they describe is read somewhere in the code, and every name in backticks
// (`RESULT_FORMATS`, `deliver()`, `App.canPrompt`) is a word of the code, data or schemas.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

const DOCS = ['README.md', 'CONTRIBUTING.md', 'docs/ARCHITECTURE.md'];
const text = (file: string) => readFileSync(join(ROOT, file), 'utf8');

/** Paths in the repository a doc names: `src/…`, `test/…`, `data/…`, and the config files at the root. */
export function pathsIn(doc: string): string[] {
  const found = new Set<string>();
  const inRepo = /(?<![\w./~$-])((?:src|test|scripts|data|schemas|bin|docs|\.ci)\/[\w./*<>-]*)/g;
  for (const m of doc.matchAll(inRepo)) found.add(m[1]!.replace(/[.,]+$/, ''));
  const rootFiles = /(?<![\w./-])((?:[\w-]+\.)+(?:config\.(?:js|mjs|ts)|json)|[A-Z]+\.md)(?![\w/])/g;
  for (const m of doc.matchAll(rootFiles))
    if (
      ['package.json', 'tsconfig.json', 'README.md', 'CONTRIBUTING.md', 'LICENSE.md'].includes(m[1]!) ||
      /config/.test(m[1]!)
    )
      found.add(m[1]!);
  return [...found];
}

/** Every file under `dir`, relative to the root. */
function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(join(ROOT, dir), { withFileTypes: true })) {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) out.push(path, ...filesUnder(path));
    else out.push(path);
  }
  return out;
}

/** True when the path exists; `*`, `**` and `<placeholder>` match any name (at least one must exist). */
export function exists(path: string): boolean {
  const clean = path.replace(/\/$/, '');
  if (!/[*<]/.test(clean)) return existsSync(join(ROOT, clean));
  const fixed = clean.slice(0, clean.search(/[*<]/));
  const base = fixed.slice(0, fixed.lastIndexOf('/'));
  if (!base || !existsSync(join(ROOT, base)) || !statSync(join(ROOT, base)).isDirectory()) return false;
  const pattern = new RegExp(
    `^${clean
      .split(/(\*\*\/?|\*|<[^>]*>)/)
      .map((part) =>
        part === '**'
          ? '.+'
          : part === '**/'
            ? '(?:.*/)?'
            : part === '*' || part.startsWith('<')
              ? '[^/]+'
              : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'),
      )
      .join('')}$`,
  );
  return filesUnder(base).some((file) => pattern.test(relative(ROOT, join(ROOT, file))));
}

describe('the path finder', () => {
  it.each([
    ['see `src/rules/safety/rule.ts`.', ['src/rules/safety/rule.ts']],
    ['in `data/*.json`, and `test/<x>.test.ts`', ['data/*.json', 'test/<x>.test.ts']],
    ['(`eslint.config.js`, part of it)', ['eslint.config.js']],
    ['https://example.org/src/x and ~/src/y and node_modules/.cache/', []],
  ])('finds the paths in %j', (doc, paths) => {
    expect(pathsIn(doc)).toEqual(paths);
  });
  it.each([
    ['src/rules/safety/rule.ts', true],
    ['src/rules/safety/nope.ts', false],
    ['src/rules/**', true],
    ['schemas/<name>.schema.json', true],
    ['schemas/<name>.yaml', false],
    ['test/**/*.test.ts', true],
    ['nowhere/*.ts', false],
  ])('%s exists: %s', (path, expected) => {
    expect(exists(path)).toBe(expected);
  });
});

const scripts = Object.keys(JSON.parse(text('package.json')).scripts as Record<string, string>);
const sources = (dirs: string[]) =>
  dirs
    .flatMap((dir) => (statSync(join(ROOT, dir)).isDirectory() ? filesUnder(dir) : [dir]))
    .filter((file) => statSync(join(ROOT, file)).isFile())
    .map(text)
    .join('\n');
const everything = sources([
  'src',
  'bin',
  'scripts',
  '.ci',
  'test',
  'data',
  'schemas',
  'eslint.config.js',
  'stryker.config.mjs',
]);
/** What runs: where a variable the docs describe must be read. */
const code = sources(['src', 'bin', 'scripts', '.ci', 'test/setup']);

describe.each(DOCS)('%s', (file) => {
  const doc = text(file);
  it.each(pathsIn(doc))('names %s, which exists', (path) => {
    expect(exists(path)).toBe(true);
  });
  it.each([...new Set([...doc.matchAll(/npm run ([\w-]+)/g)].map((m) => m[1]!))])(
    'names npm run %s, a script in package.json',
    (name) => {
      expect(scripts).toContain(name);
    },
  );
  const names = [...new Set([...doc.matchAll(/`([^`\n]+)`/g)].map((m) => m[1]!))].filter((span) =>
    /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*(?:\(\))?$/.test(span),
  );
  it.each(names)('names `%s`, a word of the code', (name) => {
    for (const part of name.replace('()', '').split('.'))
      expect(new RegExp(`\\b${part.replace(/\$/g, '\\$')}\\b`).test(everything), part).toBe(true);
  });
  const variables = [...new Set([...doc.matchAll(/\b((?:GLOWPLAN|BENCH)_[A-Z_]+)/g)].map((m) => m[1]!))];
  if (variables.length)
    it.each(variables)('names %s, which the code reads', (name) => {
      expect(code).toContain(name);
    });
});
