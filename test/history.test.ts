// glowplan history: range flags, the calendar grid and its marks, Markdown, JSON, user text kept off the terminal.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runInProcess } from './helpers.js';

const root = mkdtempSync(join(tmpdir(), 'glowplan-history-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let n = 0;
const stamp = '2026-11-30T21:00:00Z';
/** A journal file with these records (loggedAt and schemaVersion added). */
function journal(records: Record<string, unknown>[]): string {
  const path = join(root, `j${++n}.jsonl`);
  writeFileSync(path, records.map((r) => `${JSON.stringify({ schemaVersion: 1, loggedAt: stamp, ...r })}\n`).join(''));
  return path;
}
const run = (args: string[], path: string, today = '2026-12-02') =>
  runInProcess(['history', '--journal', path, ...args], { today });

const sample = () =>
  journal([
    { date: '2026-11-23', am: 'done', pm: 'done', planned: { mask: 'clay', am: ['vitamin-c'], pm: ['retinol'] } },
    { date: '2026-11-24', am: 'done', pm: 'done', skin: ['red'] },
    { date: '2026-11-25', am: 'done', pm: 'skipped' },
    { date: '2026-11-26', am: 'skipped', pm: 'skipped', note: 'ill\u001b[31m in bed\u0007' },
    { date: '2026-11-30', am: 'done', pm: 'done' },
    { date: '2026-12-01', am: 'done', pm: 'done', skin: ['dry'] },
  ]);

describe('glowplan history', () => {
  it('default: the last 4 calendar weeks to today, as a grid with one mark a day', async () => {
    const r = await run([], sample());
    expect([r.code, r.stderr]).toEqual([0, '']);
    const grid = r.stdout.split('\n');
    expect(grid[0]).toBe('Journal, 9 Nov 2026 to 2 Dec 2026');
    expect(grid[2]).toBe('         Mon Tue Wed Thu Fri Sat Sun');
    expect(grid[3]).toBe('  9 Nov   ·   ·   ·   ·   ·   ·   ·');
    expect(grid[5]).toBe(' 23 Nov   ●   !   ◐   ○   ·   ·   ·');
    // Today, not logged yet, shows as not logged; days to come are blank.
    expect(grid[6]).toBe(' 30 Nov   ●   ●   ·');
    expect(r.stdout).toContain('● both routines done  ◐ partial  ○ both skipped  · not logged  ! irritation');
    expect(r.stdout).toContain('Streak:              2 days now; longest 2 days');
    expect(r.stdout).toContain('Mornings done:       5 of 6 (83%)');
    expect(r.stdout).toContain('Evenings done:       4 of 6 (67%)');
    expect(r.stdout).toContain('Mask nights done:    1 of 1 planned');
    expect(r.stdout).toContain('Evenings per active: retinol 1');
    expect(r.stdout).toContain('Skin:                dry 1, red 1');
  });

  it('notes reach the terminal and Markdown without control characters; JSON keeps them exact', async () => {
    const path = sample();
    const table = await run([], path);
    expect(table.stdout).toContain('26 Nov: ill in bed\n');
    // eslint-disable-next-line no-control-regex
    expect(table.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f]/);
    const md = await run(['--format', 'markdown'], path);
    expect(md.stdout).toContain('- 26 Nov: ill in bed\n');
    // eslint-disable-next-line no-control-regex
    expect(md.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f]/);
    const json = JSON.parse((await run(['--json'], path)).stdout);
    expect(json.days.find((d: { date: string }) => d.date === '2026-11-26').note).toBe('ill\u001b[31m in bed\u0007');
  });

  it('Markdown: a table of weeks, the legend and the figures', async () => {
    const r = await run(['--format', 'markdown', '--weeks', '2'], sample());
    expect(r.stdout).toContain('# Journal, 23 Nov 2026 to 2 Dec 2026');
    expect(r.stdout).toContain('| Week of | Mon | Tue | Wed | Thu | Fri | Sat | Sun |');
    expect(r.stdout).toContain('| 23 Nov | ● | ! | ◐ | ○ | · | · | · |');
    expect(r.stdout).toContain('- **Streak**: 2 days now; longest 2 days');
  });

  it('JSON: the documented shape', async () => {
    const doc = JSON.parse((await run(['--json', '--from', '2026-11-23', '--to', '2026-11-29'], sample())).stdout);
    expect(Object.keys(doc)).toEqual([
      'schemaVersion',
      'command',
      'from',
      'to',
      'days',
      'logged',
      'streak',
      'adherence',
      'actives',
      'skin',
    ]);
    expect(doc.days).toHaveLength(7);
    expect(doc.days[0]).toEqual({
      date: '2026-11-23',
      status: 'done',
      planned: { am: ['vitamin-c'], pm: ['retinol'], mask: 'clay' },
      done: { am: true, pm: true },
      skin: [],
      note: null,
    });
    expect(doc.streak).toEqual({ current: 0, longest: 2 });
    expect(doc.adherence.pm).toEqual({ done: 2, planned: 4, percent: 50 });
  });

  it('an empty or missing journal: every day not logged, and the figures say nothing was logged', async () => {
    const r = await run([], join(root, 'none.jsonl'));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Days logged:         0 of 24');
    expect(r.stdout).toContain('Mornings done:       nothing logged');
  });

  it.each([
    [
      ['--from', '2026-12-01', '--to', '2026-11-01'],
      'glowplan: --from 2026-12-01 is after --to 2026-11-01: swap them\n',
    ],
    [
      ['--weeks', '2', '--from', '2026-11-01'],
      'glowplan: --weeks and --from both set the first day: give one of them\n',
    ],
    [['--weeks', '0'], 'glowplan: --weeks must be a whole number from 1 to 1043, got "0"\n'],
    [['--from', '1990-01-01'], /more than 20 years/],
    [['--to', 'yesterday'], /--to "yesterday" is not a calendar date/],
  ])('bad range %j: exit 2, one line', async (args, message) => {
    const r = await run(args, sample());
    expect([r.code, r.stdout]).toEqual([2, '']);
    if (typeof message === 'string') expect(r.stderr).toBe(message);
    else expect(r.stderr).toMatch(message);
  });

  it('10 years of journal (7,300 records) in well under a second', async () => {
    const dir = join(root, 'big');
    mkdirSync(dir);
    const path = join(dir, 'journal.jsonl');
    const lines: string[] = [];
    const start = Date.UTC(2016, 11, 3);
    for (let i = 0; i < 3650; i++) {
      const date = new Date(start + i * 86_400_000).toISOString().slice(0, 10);
      lines.push(
        JSON.stringify({
          schemaVersion: 1,
          date,
          loggedAt: stamp,
          am: 'done',
          pm: i % 9 ? 'done' : 'skipped',
          planned: { mask: i % 3 ? null : 'sheet', am: ['vitamin-c'], pm: ['retinol'] },
        }),
      );
      lines.push(
        JSON.stringify({
          schemaVersion: 1,
          date,
          loggedAt: stamp,
          skin: i % 30 ? ['good'] : ['red'],
          note: `day ${i}`,
        }),
      );
    }
    writeFileSync(path, `${lines.join('\n')}\n`);
    const t0 = performance.now();
    const r = await run(['--from', '2016-12-03', '--to', '2026-12-01'], path);
    const ms = performance.now() - t0;
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Days logged:         3650 of 3651');
    expect(ms).toBeLessThan(1000);
  });
});
