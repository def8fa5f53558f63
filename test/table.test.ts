// The terminal table: columns sized by need, ids never cut, words wrapped whole, a list when too narrow.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Table from 'cli-table3';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { cells, columnWidths, grid, visibleWidth, wrapText, type ColumnSpec } from '../src/render/grid.js';
import { RULES } from '../src/rules/safety/index.js';
import { data, runBin, runInProcess } from './helpers.js';

const ruleLines = (text: string) => text.split('\n').filter((l) => l.startsWith('├')).length;
// eslint-disable-next-line no-control-regex -- ANSI colour codes
const strip = (text: string) => text.replace(/\u001b\[[0-9;]*m/g, '');
const tty = (columns: number) => ({ tty: true, columns, env: { NO_COLOR: '1' } });

describe('table layout', () => {
  it('a week that fits: one rule under the header, seven one-line rows', async () => {
    const r = await runInProcess(['week', '--start', '2026-11-30']);
    expect(r.code).toBe(0);
    expect(ruleLines(r.stdout)).toBe(1);
    expect(r.stdout.split('\n').filter((l) => /^│ (Mon|Tue|Wed|Thu|Fri|Sat|Sun) /.test(l))).toHaveLength(7);
  });
  it('rows that wrap keep a rule between them; rows that fit are a compact grid', () => {
    const wrapped = grid(
      ['h', 'i'],
      [
        ['a b c', 'x'],
        ['d', 'y'],
      ],
      [{}, {}],
      11,
    )!;
    expect(wrapped.split('\n')).toEqual([
      '┌─────┬───┐',
      '│ h   │ i │',
      '├─────┼───┤',
      '│ a b │ x │',
      '│ c   │   │',
      '├─────┼───┤',
      '│ d   │ y │',
      '└─────┴───┘',
    ]);
    expect(grid(['h'], [['a'], ['b']], [{}])!.split('\n')).toEqual([
      '┌───┐',
      '│ h │',
      '├───┤',
      '│ a │',
      '│ b │',
      '└───┘',
    ]);
  });
});

describe('columnWidths', () => {
  const rows = [
    ['id', 'text'],
    ['benzoyl-peroxide-apart-from-retinoid', 'one two three four five six seven eight nine ten'],
  ];
  it.each([
    ['no terminal: natural widths', undefined, [36, 48]],
    ['room for all: natural widths', 200, [36, 48]],
    ['less room: the id whole, the text column takes the rest', 60, [36, 17]],
    ['not even whole ids and words: undefined', 40, undefined],
  ] as const)('%s', (_name, total, widths) => {
    expect(columnWidths(rows, [{ nowrap: true }, {}], total)).toEqual(widths);
  });
  it('shares spare width by need: a column that needs little gets it all, when that leaves as much for the rest', () => {
    const long = 'x '.repeat(60).trim(); // 119 wide
    expect(columnWidths([[long, 'y '.repeat(15).trim()]], [{}, {}], 80)).toEqual([44, 29]);
    // Both need a lot: each keeps wrapping about as much as the other.
    const [a, b] = columnWidths([[long, 'y '.repeat(40).trim()]], [{}, {}], 80)!;
    expect(a! + b! + 7).toBe(80);
    expect(Math.abs((119 - a!) / 119 - (79 - b!) / 79)).toBeLessThan(0.02);
  });
});

describe('wrapText', () => {
  it.each([
    ['fits', 'short text', 20, 0, ['short text']],
    ['at spaces', 'alpha beta gamma delta', 11, 0, ['alpha beta', 'gamma delta']],
    ['continuation indent', 'alpha beta gamma delta', 12, 2, ['alpha beta', '  gamma', '  delta']],
    ['a word longer than the line is the only thing cut', 'abcdefghij xy', 4, 0, ['abcd', 'efgh', 'ij', 'xy']],
    ['keeps a line\u2019s own leading spaces', '  Serum night here', 12, 0, ['  Serum', 'night here']],
  ])('%s', (_name, text, width, indent, lines) => {
    expect(wrapText(text, width, indent)).toEqual(lines);
  });
  it('colour carries over a break and is reset at the end of the broken line', () => {
    const lines = wrapText('\u001b[35mpink words here\u001b[39m plain', 10);
    expect(lines.map(strip)).toEqual(['pink words', 'here plain']);
    // eslint-disable-next-line no-control-regex -- ANSI colour codes
    expect(lines[0]).toMatch(/\u001b\[0m$/);
    // eslint-disable-next-line no-control-regex -- ANSI colour codes
    expect(lines[1]).toMatch(/^\u001b\[35mhere\u001b\[39m plain$/);
  });
  it('measures wide characters as two cells', () => {
    expect(visibleWidth('美白 ok')).toBe(7);
    expect(wrapText('美白精华液 serum', 10).map(visibleWidth)).toEqual([10, 5]);
  });
});

describe('visibleWidth', () => {
  it('a whole text measures what its characters measure one by one, for every character of the basic plane', () => {
    // visibleWidth measures a text of one-cell characters at once: its list must agree with the per-character rule.
    const wrong: string[] = [];
    for (let cp = 0x20; cp <= 0xffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue; // surrogates: only in pairs
      const ch = String.fromCharCode(cp);
      if (visibleWidth(`a${ch}b`) !== 2 + cells(ch)) wrong.push(`U+${cp.toString(16)}`);
    }
    expect(wrong).toEqual([]);
    expect(visibleWidth('Cleanser \u2192 Clay mask (10 min) \u2192 Moisturizer')).toBe(43);
  });
});

describe('rules and scenario --list never cut ids or words', () => {
  const ids = RULES.map((r) => r.id);
  const scenarioIds = data.scenarios.map((s) => s.id);
  const norm = (w: string) => w.replace(/^[("“]+|[)"”:;,.]+$/g, '');
  /** Every word of every text in the command's JSON, plus the words the list layout adds. */
  const known = async (argv: string[]) => {
    const words = new Set([
      'Source',
      'Sources',
      'Show',
      'one',
      'glowplan',
      'scenario',
      '<id>',
      '+',
      'avoid',
      'caution',
      'tip',
    ]);
    const walk = (v: unknown): void => {
      if (typeof v === 'string') for (const w of v.split(/\s+/)) words.add(norm(w));
      else if (v && typeof v === 'object') Object.values(v).forEach(walk);
    };
    walk(JSON.parse((await runInProcess([...argv, '--json'])).stdout));
    return words;
  };

  it.each([60, 72, 80, 100, 132, 200])('rules at %i columns: every id whole, on one line', async (columns) => {
    const r = await runInProcess(['rules'], tty(columns));
    expect(r.code).toBe(0);
    const lines = strip(r.stdout).split('\n');
    for (const id of ids)
      expect(
        lines.some((l) => new RegExp(`(^|│ )${id}( |$)`).test(l)),
        `${id} at ${columns}`,
      ).toBe(true);
    // A web address is never broken (the terminal could not open it): only such a line may be wider.
    for (const l of lines) if (!/^\s*https:\/\/\S+$/.test(l)) expect(visibleWidth(l)).toBeLessThanOrEqual(columns);
  });

  it.each([60, 72, 80, 100, 200])('scenario --list at %i columns: every id whole', async (columns) => {
    const r = await runInProcess(['scenario', '--list'], tty(columns));
    const lines = strip(r.stdout).split('\n');
    for (const id of scenarioIds)
      expect(
        lines.some((l) => new RegExp(`(^|│ )${id}[ :]`).test(l)),
        id,
      ).toBe(true);
    for (const l of lines) expect(visibleWidth(l)).toBeLessThanOrEqual(columns);
  });

  it.each([
    [['rules'], 60],
    [['rules'], 80],
    [['scenario', '--list'], 60],
  ])('%j at %i columns is a list, and no word is cut mid-word', async (argv, columns) => {
    const r = await runInProcess(argv, tty(columns));
    const out = strip(r.stdout);
    expect(out).not.toMatch(/^[┌│]/m);
    const words = await known(argv);
    const cut = out
      .split(/\s+/)
      .map(norm)
      .filter((w) => w && !words.has(w) && !/^\[\d+\]$/.test(w)); // [n]: a source's note number
    expect(cut).toEqual([]);
  });

  it('the README claim: at 200 columns the rules grid shows ids whole (the old table cut them at 24)', async () => {
    const r = await runInProcess(['rules'], tty(200));
    expect(strip(r.stdout)).toMatch(/│ benzoyl-peroxide-apart-from-retinoid +│/);
  });
});

describe('the week table shares width by need', () => {
  it('at 160 columns a long evening label stays on one line when the routine column has room', async () => {
    const r = await runInProcess(
      [
        'week',
        '--no-input',
        '--start',
        '2026-11-30',
        '--serum',
        'retinol,aha',
        '--event',
        '2026-12-05:a very long party name for the wedding',
      ],
      tty(160),
    );
    const lines = strip(r.stdout).split('\n');
    const friday = lines.findIndex((l) => l.startsWith('│ Fri 4 Dec'));
    expect(lines[friday]).toContain('(before a very long party name for the wedding)');
    for (const l of lines) expect(visibleWidth(l)).toBeLessThanOrEqual(160);
  });

  it('rules: each source is a numbered note with its address, shared sources share a number', async () => {
    const r = await runInProcess(['rules']);
    expect(r.code).toBe(0);
    const at = r.stdout.lastIndexOf('\nSources:\n');
    const [rules, notes] = [r.stdout.slice(0, at), r.stdout.slice(at)];
    const marks = [...rules.matchAll(/│ (\[\d+\]) +│\n/g)].map((m) => m[1]);
    expect(marks.length).toBeGreaterThanOrEqual(15);
    const numbered = [...notes.matchAll(/^\[(\d+)\] (.+)\n {4}(https:\/\/\S+)$/gm)];
    expect(numbered.map((m) => m[1])).toEqual(numbered.map((_, i) => String(i + 1)));
    expect(new Set(marks).size).toBe(numbered.length);
    // The article backs several rules: one note for all of them.
    expect(numbered.filter((m) => m[2]!.includes('the article glowplan is built from'))).toHaveLength(1);
  });
});

describe('the built glowplan draws the same tables', () => {
  const dir = mkdtempSync(join(tmpdir(), 'glowplan-table-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  // Wide characters, an emoji and a combining accent: the bundle measures them as the column sizing does.
  const profile = join(dir, 'wide.json');
  writeFileSync(
    profile,
    JSON.stringify({
      serums: [{ name: 'Sérum 精华 🧴 de nuit', actives: ['niacinamide'] }],
      masks: [{ name: 'Masque 面膜 au thé', type: 'sheet' }],
    }),
  );
  it.each([
    ['week', ['week', '--start', '2026-11-30', '--profile', profile]],
    ['plan', ['plan', '--date', '2026-12-01', '--profile', profile]],
    ['rules', ['rules']],
    ['compare', ['compare']],
  ])('%s: the same bytes as in-process, every box line as wide as the others', async (_name, argv) => {
    const built = runBin(argv);
    expect(built.code).toBe(0);
    expect(built.stdout).toBe((await runInProcess(argv)).stdout);
    const box = built.stdout.split('\n').filter((l) => /^[┌│├└]/.test(l));
    expect(box.length).toBeGreaterThan(3);
    // One table per output here: every line of its box is as wide as its top border.
    expect(new Set(box.map(visibleWidth)).size).toBe(1);
  });
});

describe('the grid draws the boxes cli-table3 draws, byte for byte', () => {
  // cli-table3 as the reference: the same widths and wrapped cells, drawn by it (its own wrapping off).
  const theirs = (
    head: readonly string[],
    rows: readonly (readonly string[])[],
    specs: readonly ColumnSpec[],
    total: number | undefined,
    squeeze: boolean,
  ) => {
    const widths = columnWidths([head, ...rows], specs, total, squeeze);
    if (!widths) return undefined;
    const cells = (row: readonly string[]) => widths.map((w, i) => wrapText(row[i] ?? '', w).join('\n'));
    const body = rows.map(cells);
    const table = new Table({
      head: cells(head),
      colWidths: widths.map((w) => w + 2),
      wordWrap: false,
      style: { head: [], border: [], compact: body.every((row) => row.every((c) => !c.includes('\n'))) },
    });
    table.push(...body);
    return table.toString();
  };
  const bold = (s: string) => `\u001b[1m${s}\u001b[22m`;
  const magenta = (s: string) => `\u001b[35m${s}\u001b[39m`;
  const head = [bold('Day'), bold('Evening'), bold('Evening routine')];
  const rows = [
    ['Mon 30 Nov', '  Serum night', 'Cleanser → Niacinamide serum → Moisturizer'],
    [
      'Tue 1 Dec',
      magenta('● Sheet mask night (before a party)'),
      `Cleanser → ${magenta('Sheet mask (15 min)')} → Moisturizer`,
    ],
    ['Wed 2 Dec', '  Sérum 精华 🧴 night', ''],
  ];
  const specs = [{ nowrap: true }, { min: 16 }, { min: 20 }];
  it.each([
    ['natural width (compact)', undefined, false],
    ['wide terminal (compact)', 200, false],
    ['rows wrap, colour carried across lines', 72, false],
    ['squeezed: words cut', 40, true],
  ] as const)('%s', (_name, total, squeeze) => {
    const expected = theirs(head, rows, specs, total, squeeze);
    expect(expected).toBeDefined();
    expect(grid(head, rows, specs, total, squeeze)).toBe(expected);
  });
  it('a table with no rows: the head alone', () => {
    expect(grid(head, [], specs)).toBe(theirs(head, [], specs, undefined, false));
  });
  it('any cells (words, colour, accents, wide characters, empty cells), any width, squeezed or not', () => {
    const word = fc.oneof(
      fc.stringMatching(/^[a-z0-9().,-]{1,14}$/),
      fc.constantFrom('→', '●', '•', 'Sérum', '精华', '面膜', 'naïve', '—'),
      fc.stringMatching(/^[a-z]{1,8}$/).map(bold),
      fc.stringMatching(/^[a-z]{1,8}$/).map(magenta),
    );
    const cell = fc.oneof(
      fc.constant(''),
      fc.array(word, { minLength: 1, maxLength: 12 }).map((w) => w.join(' ')),
      fc.array(word, { minLength: 1, maxLength: 4 }).map((w) => magenta(w.join(' '))),
    );
    const table = fc.integer({ min: 1, max: 5 }).chain((n) =>
      fc.record({
        head: fc.array(cell, { minLength: n, maxLength: n }),
        rows: fc.array(fc.array(cell, { minLength: n, maxLength: n }), { maxLength: 8 }),
        specs: fc.array(
          fc.record({ nowrap: fc.boolean(), min: fc.integer({ min: 1, max: 24 }) }, { requiredKeys: [] }),
          { minLength: n, maxLength: n },
        ),
        total: fc.option(fc.integer({ min: 10, max: 220 }), { nil: undefined }),
        squeeze: fc.boolean(),
      }),
    );
    fc.assert(
      fc.property(table, ({ head, rows, specs, total, squeeze }) => {
        expect(grid(head, rows, specs, total, squeeze)).toBe(theirs(head, rows, specs, total, squeeze));
      }),
      { numRuns: 400 },
    );
  });
});
