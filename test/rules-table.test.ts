// The README's rules table is generated from the rule modules: a stale one fails here, naming the command to fix it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { RULES } from '../src/rules/safety/index.js';
import { ROOT } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'glowplan-readme-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const script = (...args: string[]) =>
  spawnSync(process.execPath, [join(ROOT, 'scripts/rules-table.mjs'), ...args], { encoding: 'utf8' });

describe('README rules table', () => {
  it('is up to date with the rule modules (else: npm run rules-table)', () => {
    const r = script('--check');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('lists every rule once, in the order glowplan rules lists them', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const block = readme.slice(readme.indexOf('<!-- rules-table:start'), readme.indexOf('<!-- rules-table:end'));
    const ids = [...block.matchAll(/^\| `([a-z0-9-]+)` /gm)].map((m) => m[1]);
    expect(ids).toEqual(RULES.map((r) => r.id));
  });

  it('a stale table fails the check naming the command; rewriting it makes it pass', () => {
    const copy = join(dir, 'README.md');
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    writeFileSync(copy, readme.replace(/\| `daily-serum` .*\n/, ''));
    const stale = script('--check', copy);
    expect(stale.status).toBe(1);
    expect(stale.stderr).toBe(`rules-table: the rules table in ${copy} is out of date: run npm run rules-table\n`);
    expect(script(copy).status).toBe(0);
    expect(readFileSync(copy, 'utf8')).toBe(readme);
  });
});
