// --format markdown: every result kind renders as GitHub-flavoured Markdown, plain text only.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { inline, renderMarkdown } from '../src/render/markdown.js';
import { runInProcess } from './helpers.js';

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b|\u009b/;
const COLOUR = { env: { FORCE_COLOR: '3', COLORTERM: 'truecolor', TERM: 'xterm-256color' }, tty: true, columns: 200 };

async function md(args: string[]): Promise<string> {
  const r = await runInProcess([...args, '--format', 'markdown'], COLOUR);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  expect(r.stdout).not.toMatch(ANSI);
  return r.stdout;
}

/** The cells of a table row, splitting on unescaped pipes only. */
function cells(row: string): string[] {
  return row
    .slice(1, -1)
    .split(/(?<!\\)\|/)
    .map((c) => c.trim());
}

/** Every table in the text: a header, a delimiter row, and body rows with as many cells as the header. */
function tables(text: string): string[][][] {
  const out: string[][][] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length - 1; i++) {
    if (!lines[i]!.startsWith('|') || !/^\|( --- \|)+$/.test(lines[i + 1]!)) continue;
    const head = cells(lines[i]!);
    const rows: string[][] = [];
    let j = i + 2;
    for (; j < lines.length && lines[j]!.startsWith('|'); j++) {
      const row = cells(lines[j]!);
      expect(row, lines[j]).toHaveLength(head.length);
      expect(lines[j]!.endsWith('|')).toBe(true);
      rows.push(row);
    }
    expect(cells(lines[i + 1]!)).toHaveLength(head.length);
    out.push([head, ...rows]);
    i = j - 1;
  }
  return out;
}

const dir = mkdtempSync(join(tmpdir(), 'glowplan-md-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('--format markdown, every command, no colour even with FORCE_COLOR on a terminal', () => {
  it('compare: heading and the six-row table', async () => {
    const out = await md(['compare']);
    expect(out).toMatch(/^# Face masks vs\. serums\n/);
    const [first] = tables(out);
    expect(first![0]).toEqual(['', 'Face masks', 'Serums']);
    expect(first!.length - 1).toBe(6);
    expect(out).toMatch(/^## Key features$/m);
    expect(out).toMatch(/^## Mask types$/m);
    expect(out).toMatch(/_Source: .*_\n$/);
  });

  it('scenario: a heading and what to reach for', async () => {
    const out = await md(['scenario', 'post-travel']);
    expect(out).toMatch(/^# Post-travel/);
    expect(out).toMatch(/^- \*\*Reach for\*\*: mask$/m);
    expect(out).toMatch(/^- \*\*Why\*\*: /m);
  });

  it('scenario --list: a table of the six scenarios', async () => {
    const out = await md(['scenario', '--list']);
    const [t] = tables(out);
    expect(t![0]).toEqual(['id', 'Scenario', 'Reach for', 'Why']);
    expect(t!.length - 1).toBe(6);
  });

  it('plan: a heading, numbered steps for morning and evening, notes and --explain', async () => {
    const out = await md([
      'plan',
      '--no-input',
      '--date',
      '2026-11-24',
      '--mask',
      'sheet',
      '--serum',
      'retinol',
      '--explain',
    ]);
    expect(out).toMatch(/^# Tuesday 24 Nov 2026: /);
    const [t] = tables(out);
    expect(t![0]).toEqual(['Step', 'Morning', 'Evening']);
    expect(t![1]).toEqual(['1', 'Cleanser', 'Cleanser']);
    expect(out).toMatch(/\*\*Sheet mask \(15 min\)\*\*/);
    expect(out).toMatch(/^## Notes$/m);
    expect(out).toMatch(/^- \*\*caution\*\*: .*_\(rule `retinoid-start-slow`; source: .+\)_$/m);
    expect(out).toMatch(/^## Why each thing sits where it does$/m);
    expect(out).toMatch(/^- \*\*placed\*\* Retinol serum \(every evening\): .*_\(rule `retinoid-night-only`\)_$/m);
  });

  it('week: one table with 7 rows, a Morning line when mornings are the same, warnings with severity, rule and source', async () => {
    const out = await md([
      'week',
      '--no-input',
      '--start',
      '2026-11-30',
      '--serum',
      'retinol,aha,vitamin-c',
      '--mask',
      'sheet,sleeping,clay',
    ]);
    expect(out).toMatch(/^# Week of 30 Nov 2026 to 6 Dec 2026\n/);
    expect(out).toMatch(/^\*\*Every morning\*\*: Cleanser → /m);
    const all = tables(out);
    expect(all).toHaveLength(1);
    const [head, ...rows] = all[0]!;
    expect(head).toEqual(['Day', 'Night', 'Evening routine']);
    expect(rows).toHaveLength(7);
    expect(rows.map((r) => r[0])).toEqual([
      'Mon 30 Nov',
      'Tue 1 Dec',
      'Wed 2 Dec',
      'Thu 3 Dec',
      'Fri 4 Dec',
      'Sat 5 Dec',
      'Sun 6 Dec',
    ]);
    expect(rows.filter((r) => r[1]!.startsWith('**'))).toHaveLength(3); // mask nights in bold
    expect(out).toMatch(/^- \*\*caution\*\*: .*_\(rule `[a-z-]+`; source: .+\)_$/m);
    expect(out).not.toMatch(/^## Why each thing/m);
  });

  it('week --weeks 2: one table per week, each with a heading and 7 rows', async () => {
    const out = await md(['week', '--no-input', '--start', '2026-11-30', '--weeks', '2', '--explain']);
    expect(out).toMatch(/^## Week of 30 Nov 2026$/m);
    expect(out).toMatch(/^## Week of 7 Dec 2026$/m);
    const all = tables(out);
    expect(all).toHaveLength(2);
    for (const t of all) expect(t.length - 1).toBe(7);
    expect(out).toMatch(/^## Why each thing sits where it does$/m);
  });

  it('week with different mornings: a Morning column instead of the line', () => {
    const day = (date: string, serum: string) => ({
      date,
      weekday: 'Monday' as const,
      night: 'serum night',
      mask: null,
      am: [{ kind: 'cleanser' as const }, { kind: 'serum' as const, name: serum, actives: [] }],
      pm: [{ kind: 'cleanser' as const }],
    });
    const out = renderMarkdown({
      kind: 'week',
      command: 'week',
      profile: {
        skin: 'normal',
        concerns: [],
        serums: [],
        masks: [],
        masksPerWeek: 0,
        pregnancySafe: false,
        patchTestDays: 7,
        cycle: 'weekly',
      },
      payload: {
        start: '2026-11-30',
        end: '2026-12-01',
        weeks: 1,
        days: [day('2026-11-30', 'A'), day('2026-12-01', 'B')],
        warnings: [],
      },
    });
    expect(out).not.toMatch(/Every morning/);
    expect(tables(out)[0]![0]).toEqual(['Day', 'Night', 'Morning', 'Evening routine']);
    expect(out).not.toMatch(/## Notes/);
  });

  it('rules: a table of every rule with severity and source', async () => {
    const out = await md(['rules']);
    expect(out).toMatch(/^# Rules\n/);
    const [t] = tables(out);
    expect(t![0]).toEqual(['Rule', 'Severity', 'What it says', 'Source']);
    expect(t!.length - 1).toBeGreaterThan(10);
    for (const row of t!.slice(1)) {
      expect(['avoid', 'caution', 'tip']).toContain(row[1]);
      expect(row[3]).toMatch(/^\[.+\]\(<https:\/\/[^>\s]+>\)$/); // every source a link
    }
    expect(out).toContain(
      '[American Academy of Dermatology, "Retinoid or retinol?"](<https://www.aad.org/public/everyday-care/skin-care-secrets/anti-aging/retinoid-retinol>)',
    );
  });

  it('profile show: the profile in effect', async () => {
    const out = await md(['profile', 'show']);
    expect(out).toMatch(/^# Profile\n/);
    expect(out).toMatch(/^File: built-in default/m);
    expect(tables(out)[0]![0]).toEqual(['Field', 'Value']);
  });

  it('profile: a table of the fields', () => {
    const out = renderMarkdown({
      kind: 'profile',
      command: 'profile',
      payload: {
        path: '/home/me/.config/glowplan/profile.json',
        profile: {
          skin: 'dry',
          concerns: ['dullness'],
          serums: ['retinol', { name: 'Glow | Drops', actives: ['vitamin-c'] }],
          masks: [],
          masksPerWeek: 2,
          pregnancySafe: false,
          patchTestDays: 10,
          cycle: 'skin-cycling',
        },
      },
    });
    expect(out).toMatch(/^# Profile\n/);
    const [t] = tables(out);
    expect(t![0]).toEqual(['Field', 'Value']);
    expect(t!.find((r) => r[0] === 'serums')![1]).toBe('retinol, Glow \\| Drops');
    expect(t!.find((r) => r[0] === 'masks')![1]).toBe('(none)');
    expect(t!.find((r) => r[0] === 'patch-test days')![1]).toBe('10');
    expect(t!.find((r) => r[0] === 'evenings')![1]).toBe('skin-cycling');
    expect(out).not.toMatch(ANSI);
  });
});

describe('escaping', () => {
  it('escapes pipes (and Markdown punctuation) in cells so tables keep their columns', async () => {
    const profile = join(dir, 'profile.json');
    writeFileSync(
      profile,
      JSON.stringify({
        serums: [{ name: 'Glow | Drops *extra*', actives: ['hyaluronic-acid'] }],
        masks: [{ name: 'Sheet | Mask', type: 'sheet' }],
        masksPerWeek: 2,
      }),
    );
    const out = await md([
      'week',
      '--profile',
      profile,
      '--no-input',
      '--start',
      '2026-11-30',
      '--event',
      '2026-12-03:A | B',
    ]);
    expect(out).toContain('Glow \\| Drops \\*extra\\*');
    expect(out).toContain('Sheet \\| Mask');
    expect(out).toContain('(before A \\| B)');
    const [t] = tables(out);
    expect(t!.slice(1)).toHaveLength(7);
    expect(out.split('\n').filter((l) => l.startsWith('|') && /[^\\]\|[^ ]/.test(l.slice(1, -1)))).toEqual([]);
  });

  it('inline() escapes backslashes, pipes and emphasis, strips ANSI and control characters', () => {
    expect(inline('a|b')).toBe('a\\|b');
    expect(inline('a\\|b')).toBe('a\\\\\\|b');
    expect(inline('*x* _y_ `z` <b> [l]')).toBe('\\*x\\* \\_y\\_ \\`z\\` \\<b\\> \\[l\\]');
    expect(inline('\u001b[31mred\u001b[0m\u0007')).toBe('red');
    expect(inline('two\nlines')).toBe('two lines');
  });
});
