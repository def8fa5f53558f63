// The test run's global setup rebuilds dist/ when it is older than what it is built from.
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { staleReason } from './setup/fresh-build.js';

const roots: string[] = [];
afterEach(() => roots.splice(0).forEach((root) => rmSync(root, { recursive: true, force: true })));

/** A project tree with every build input at time `inputs` and dist/glowplan.js at time `built` (seconds). */
function tree(inputs: number, built: number | null): string {
  const root = mkdtempSync(join(tmpdir(), 'glowplan-fresh-'));
  roots.push(root);
  for (const dir of ['src/rules', 'src/cli', 'data', 'schemas', 'scripts', 'dist'])
    mkdirSync(join(root, dir), { recursive: true });
  for (const file of [
    'src/cli/main.ts',
    'src/rules/a.ts',
    'data/x.json',
    'schemas/y.json',
    'scripts/build.mjs',
    'package.json',
  ]) {
    writeFileSync(join(root, file), '');
    utimesSync(join(root, file), inputs, inputs);
  }
  for (const dir of ['src/rules', 'src/cli', 'src', 'data', 'schemas', 'scripts'])
    utimesSync(join(root, dir), inputs, inputs);
  if (built !== null) {
    writeFileSync(join(root, 'dist/glowplan.js'), '');
    utimesSync(join(root, 'dist/glowplan.js'), built, built);
  }
  return root;
}

describe('stale build detection', () => {
  it('a build newer than every input is fresh', () => {
    expect(staleReason(tree(1000, 2000))).toBeNull();
  });
  it('a missing build is stale', () => {
    expect(staleReason(tree(1000, null))).toBe('dist/glowplan.js is missing');
  });
  it('a source file edited after the build, however deep, makes it stale', () => {
    const root = tree(1000, 2000);
    utimesSync(join(root, 'src/rules/a.ts'), 3000, 3000);
    expect(staleReason(root)).toBe('src changed after the last build');
  });
  it('a data file edited after the build makes it stale', () => {
    const root = tree(1000, 2000);
    utimesSync(join(root, 'data/x.json'), 3000, 3000);
    expect(staleReason(root)).toBe('data changed after the last build');
  });
  it('a new file in a source folder makes it stale', () => {
    const root = tree(1000, 2000);
    utimesSync(join(root, 'src'), 3000, 3000);
    expect(staleReason(root)).toBe('src changed after the last build');
  });
});
