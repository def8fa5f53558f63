// When nobody said anything about the person, the table says the plan is the built-in default profile's, once,
// with how to make your own; never in JSON, Markdown or a calendar, and never when a profile or a profile flag is used.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runInProcess } from './helpers.js';

const TMP = mkdtempSync(join(tmpdir(), 'glowplan-default-'));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));
const FILE = join(TMP, 'profile.json');
writeFileSync(FILE, JSON.stringify({ skin: 'dry' }));

const NOTE = /built-in default profile: make your own with `glowplan profile init`/;
const count = (text: string) => text.split('\n').filter((l) => NOTE.test(l)).length;

describe('the built-in default profile note', () => {
  it.each([
    [['week', '--start', '2026-11-30']],
    [['week', '--start', '2026-11-30', '--weeks', '3', '--event', '2026-12-05:Gala']],
    [['plan', '--date', '2026-12-01']],
    [['plan', '--date', '2026-12-01', '--mask', 'clay']],
  ])('%j: once, under the title, in the table', async (argv) => {
    const r = await runInProcess(argv);
    expect(r.code).toBe(0);
    expect(count(r.stdout)).toBe(1);
    expect(r.stdout.split('\n')[1]).toMatch(NOTE);
    expect(r.stderr).not.toMatch(NOTE);
  });

  it.each([
    [['week', '--start', '2026-11-30', '--skin', 'oily']],
    [['week', '--start', '2026-11-30', '--serum', 'retinol']],
    [['week', '--start', '2026-11-30', '--mask', 'sheet']],
    [['week', '--start', '2026-11-30', '--masks-per-week', '2']],
    [['week', '--start', '2026-11-30', '--concern', 'dullness']],
    [['week', '--start', '2026-11-30', '--pregnancy-safe']],
    [['plan', '--date', '2026-12-01', '--skin', 'dry']],
    [['week', '--start', '2026-11-30', '--profile', FILE]],
  ])('%j: a profile or a profile flag was given, no note', async (argv) => {
    const r = await runInProcess(argv);
    expect(r.code).toBe(0);
    expect(r.stdout + r.stderr).not.toMatch(NOTE);
  });

  it('a saved profile at the default place: no note', async () => {
    const config = join(TMP, 'config');
    const dir = join(config, 'glowplan');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'profile.json'), JSON.stringify({ skin: 'oily' }));
    const r = await runInProcess(['week', '--start', '2026-11-30'], { env: { XDG_CONFIG_HOME: config } });
    expect(r.stdout + r.stderr).not.toMatch(NOTE);
  });

  it.each([['--json'], ['--format', 'markdown'], ['--format', 'ics']])('%s: never', async (...flags) => {
    const r = await runInProcess(['week', '--start', '2026-11-30', ...flags]);
    expect(r.code).toBe(0);
    expect(r.stdout + r.stderr).not.toMatch(/default profile/);
  });
});
