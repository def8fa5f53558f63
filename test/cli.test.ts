// Each command in table and JSON mode, and a table of bad inputs: in-process through main() with a fake Io, plus a
// few end-to-end runs of the built bin/glowplan.js (what only a real process shows: the bundle, env, time zone).
import { describe, expect, it } from 'vitest';
import { runBin, runInProcess } from './helpers.js';

const json = async (args: string[]) => {
  const r = await runInProcess([...args, '--json']);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout);
};
const jsonBin = (args: string[], env?: Record<string, string>) => {
  const r = runBin([...args, '--json'], { env });
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout);
};
const ESC = '\u001b[';

describe('compare', () => {
  it('table: the six features and both columns, no colour when piped', () => {
    const r = runBin(['compare']);
    expect(r.code).toBe(0);
    for (const f of ['Usage frequency', 'Treatment duration', 'Texture', 'Main purpose', 'Absorption', 'Best for'])
      expect(r.stdout).toContain(f);
    expect(r.stdout).toContain('Face masks');
    expect(r.stdout).toContain('Serums');
    expect(r.stdout).toContain('Mask types');
    expect(r.stdout).not.toContain(ESC);
  });
  it('json: envelope and rows', async () => {
    const j = await json(['compare']);
    expect(j).toMatchObject({ schemaVersion: 1, command: 'compare' });
    expect(j.rows).toHaveLength(6);
    expect(j.rows[0]).toEqual({
      id: 'usage-frequency',
      feature: 'Usage frequency',
      mask: expect.any(String),
      serum: expect.any(String),
    });
  });
});

describe('scenario', () => {
  it('table for a fragment', async () => {
    const r = await runInProcess(['scenario', 'travel']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Post-travel, tired skin');
    expect(r.stdout).toMatch(/Reach for: mask/);
  });
  it('json for one and for the list', async () => {
    expect((await json(['scenario', 'breakouts'])).scenario).toMatchObject({
      id: 'breakouts',
      choice: 'serum',
      actives: ['niacinamide'],
    });
    const list = await json(['scenario', '--list']);
    expect(list.scenarios.map((s: { id: string }) => s.id)).toEqual([
      'daily-maintenance',
      'post-travel',
      'breakouts',
      'dry-weather',
      'big-event',
      'fine-lines',
    ]);
  });
  it('without a name and not on a terminal: the list', async () => {
    const r = await runInProcess(['scenario']);
    expect(r.code).toBe(0);
    for (const id of ['daily-maintenance', 'fine-lines']) expect(r.stdout).toContain(id);
  });
});

describe('plan', () => {
  it('the default plan for a day follows the week schedule (Tuesday 2026-11-24 is a mask night by default)', async () => {
    const week = await json(['week']);
    const day = week.days.find((d: { date: string }) => d.date === '2026-11-24');
    const plan = await json(['plan']);
    expect(plan.date).toBe('2026-11-24');
    expect(plan.mask).toEqual(day.mask);
    expect(plan.pm).toEqual(day.pm);
  });
  it('--mask sleeping: serum then the mask, no moisturizer; --no-mask: none', async () => {
    const sleeping = await json(['plan', '--date', '2026-12-01', '--mask', 'sleeping']);
    expect(sleeping.pm.map((s: { kind: string }) => s.kind)).toEqual(['cleanser', 'serum', 'serum', 'mask']);
    expect(sleeping.pm.at(-1)).toMatchObject({ type: 'sleeping', overnight: true });
    const none = await json(['plan', '--date', '2026-12-01', '--no-mask']);
    expect(none.mask).toBeNull();
    expect(none.pm.some((s: { kind: string }) => s.kind === 'mask')).toBe(false);
    expect(none.am.at(-1).kind).toBe('sunscreen');
  });
  it('table: morning and evening columns, numbered steps', async () => {
    const r = await runInProcess(['plan', '--date', '2026-12-01', '--mask', 'sheet']);
    expect(r.code).toBe(0);
    // The default shelf has a clay mask, so a sheet-mask evening is one of the week's recovery nights.
    expect(r.stdout).toContain('Tuesday 1 Dec 2026: Recovery night, sheet mask');
    expect(r.stdout).toMatch(/1\. Cleanser/);
    expect(r.stdout).toContain('Sheet mask (15 min)');
    expect(r.stdout).toContain('Sunscreen SPF 30+');
  });
  it('--explain adds the rule behind each placement', async () => {
    const j = await json(['plan', '--date', '2026-12-01', '--serum', 'retinol', '--serum', 'vitamin-c', '--explain']);
    expect(j.explain.some((e: { rule: string }) => e.rule === 'retinoid-night-only')).toBe(true);
  });
});

describe('week', () => {
  it('default: this week from Monday, 7 days, 3 mask nights, sunscreen every morning', async () => {
    const j = await json(['week']);
    expect(j.start).toBe('2026-11-23');
    expect(j.days.map((d: { weekday: string }) => d.weekday)).toEqual([
      'Monday',
      'Tuesday',
      'Wednesday',
      'Thursday',
      'Friday',
      'Saturday',
      'Sunday',
    ]);
    expect(j.days.filter((d: { mask: unknown }) => d.mask)).toHaveLength(3);
    for (const d of j.days) expect(d.am.at(-1).kind).toBe('sunscreen');
  });
  it('table: a grid with mask nights marked', () => {
    const r = runBin(['week', '--start', '2026-11-30']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Every morning:');
    expect(r.stdout.match(/● /g)).toHaveLength(3);
    expect(r.stdout).toContain('Mon 30 Nov');
  });
  it('several weeks, events and masks to rotate', async () => {
    const j = await json([
      'week',
      '--start',
      '2026-11-30',
      '--weeks',
      '2',
      '--mask',
      'gel',
      '--mask',
      'sheet',
      '--event',
      '2026-12-10:Gala',
    ]);
    expect(j.days).toHaveLength(14);
    expect(j.end).toBe('2026-12-13');
    const eve = j.days.find((d: { date: string }) => d.date === '2026-12-09');
    expect(eve.mask).toMatchObject({ type: 'sheet', event: { date: '2026-12-10', label: 'Gala' } });
    expect(
      new Set(j.days.filter((d: { mask: unknown }) => d.mask).map((d: { mask: { type: string } }) => d.mask.type)),
    ).toEqual(new Set(['gel', 'sheet']));
  });
  it('the same input gives byte-identical output', () => {
    const a = runBin(['week', '--start', '2026-11-30', '--weeks', '4', '--json']).stdout;
    expect(runBin(['week', '--start', '2026-11-30', '--weeks', '4', '--json']).stdout).toBe(a);
  });
  it('a week across the US DST change lists each date once', () => {
    const j = jsonBin(['week', '--start', '2026-10-26', '--weeks', '2'], { TZ: 'America/New_York' });
    const dates = j.days.map((d: { date: string }) => d.date);
    expect(new Set(dates).size).toBe(14);
    expect(dates).toContain('2026-11-01');
  });
});

describe('week: the clay cap said once, the same in the table, in JSON and with --explain', () => {
  const ADD = 'add a gentle mask (sheet, cream, gel or sleeping) for more mask nights';
  const ONCE = 'Sensitive skin: your clay mask is planned at most once a week';
  it.each([
    [
      'sensitive skin, clay only',
      ['--skin', 'sensitive', '--mask', 'clay'],
      `clay-frequency: ${ONCE} and clay is your only mask, so at most 1 mask night a week is planned, not the 3 asked: ${ADD}.`,
    ],
    [
      'dry skin, clay only',
      ['--skin', 'dry', '--mask', 'clay'],
      `clay-dry-skin: Dry skin: your clay mask is planned at most once a week and clay is your only mask, so at most 1 mask night a week is planned, not the 3 asked: ${ADD}; a cream or sleeping mask suits dry skin better.`,
    ],
    [
      'sensitive skin, clay and a sheet mask',
      ['--skin', 'sensitive', '--mask', 'clay', '--mask', 'sheet'],
      `clay-frequency: ${ONCE}.`,
    ],
    [
      'sensitive skin, clay and a sheet mask in its patch test',
      ['--skin', 'sensitive', '--mask', 'clay', '--mask', 'sheet', '--new', 'sheet:2026-12-07'],
      `clay-frequency: ${ONCE} and clay is the only mask on your face in these days, so at most 1 mask night a week is planned, not the 3 asked: Sheet mask joins the mask nights once its patch test is over, from 2026-12-14.`,
    ],
  ])('%s', async (_name, flags, note) => {
    const args = ['week', '--start', '2026-12-07', '--masks-per-week', '3', ...flags];
    const table = await runInProcess([...args, '--no-color']);
    expect(table.code).toBe(0);
    const rule = note.slice(0, note.indexOf(':'));
    const message = note.slice(rule.length + 2);
    const lines = table.stdout.split('\n').filter((l) => l.includes(`[${rule};`));
    expect(lines).toEqual([expect.stringMatching(/^caution /)]);
    expect(lines[0]).toContain(`caution ${message} [${rule};`);
    for (const extra of [[], ['--explain']]) {
      const j = await json([...args, ...extra]);
      const clay = j.warnings.filter((w: { rule: string }) => w.rule.startsWith('clay-'));
      expect(clay.map((w: { rule: string; message: string }) => `${w.rule}: ${w.message}`)).toEqual([note]);
      expect(clay[0].severity).toBe('caution');
      if (extra.length) expect(j.explain.length).toBeGreaterThan(0);
    }
    const explained = await runInProcess([...args, '--explain', '--no-color']);
    expect(explained.code).toBe(0);
    expect(explained.stdout.split('\n').filter((l) => l.includes(`[${rule};`))).toEqual(lines);
  });
});

describe('rules', () => {
  it('lists every rule with id, severity, message and source', async () => {
    const j = await json(['rules']);
    expect(j.rules.length).toBeGreaterThanOrEqual(15);
    for (const r of j.rules)
      expect(r).toMatchObject({
        id: expect.any(String),
        severity: expect.stringMatching(/^(avoid|caution|tip)$/),
        message: expect.any(String),
        source: { title: expect.any(String), url: expect.stringMatching(/^https:\/\//) },
      });
    const byId = Object.fromEntries(j.rules.map((r: { id: string; source: unknown }) => [r.id, r.source]));
    expect(byId['aha-sun-sensitivity']).toEqual({
      title: 'US FDA, "Guidance for Industry: Labeling for Cosmetics Containing Alpha Hydroxy Acids" (2005)',
      url: 'https://www.fda.gov/regulatory-information/search-fda-guidance-documents/guidance-industry-labeling-cosmetics-containing-alpha-hydroxy-acids',
    });
    expect(JSON.stringify(j)).not.toMatch(/research notes/);
  });
});

describe('help and version', () => {
  it('--help names the commands', () => {
    const r = runBin(['--help']);
    expect(r.code).toBe(0);
    for (const c of ['compare', 'scenario', 'plan', 'week', 'rules']) expect(r.stdout).toContain(c);
  });
  it('--version prints the package version', () => {
    const r = runBin(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});

describe('bad input: exit 2, one line on stderr naming the value and what is accepted, nothing on stdout', () => {
  const cases: [string[], RegExp][] = [
    [['week', '--start', '2026-02-30'], /--start "2026-02-30" is not a calendar date: use YYYY-MM-DD/],
    [['week', '--start', '30/11/2026'], /--start "30\/11\/2026" is not a calendar date/],
    [['plan', '--date', '2026-13-01'], /--date "2026-13-01" is not a calendar date/],
    [['week', '--weeks', 'many'], /--weeks must be a whole number from 1 to 520, got "many"/],
    [['week', '--weeks', '0'], /--weeks must be a whole number from 1 to 520, got "0"/],
    [['week', '--weeks', '521'], /from 1 to 520, got "521"/],
    [['week', '--weeks', '1.5'], /whole number/],
    [['week', '--masks-per-week', '8'], /--masks-per-week must be a whole number from 0 to 7, got "8"/],
    [['week', '--masks-per-week', '-1'], /--masks-per-week must be a whole number from 0 to 7/],
    [
      ['week', '--mask', 'shet'],
      /--mask "shet" is not known: use one of sheet, clay, cream, gel, sleeping \(did you mean "sheet"\?\)/,
    ],
    [['plan', '--mask', 'mud'], /--mask "mud" is not known: use one of sheet/],
    [
      ['plan', '--mask', 'clay,sheet'],
      /^glowplan: --mask "clay,sheet": plan takes a single mask for tonight, one of sheet, clay, cream, gel, sleeping \(week --mask takes a list\)\n$/,
    ],
    [['week', '--serum', 'retinal'], /--serum "retinal" is not known: use one of .*\(did you mean "retinol"\?\)/],
    [
      ['plan', '--skin', 'oilly'],
      /--skin "oilly" is not known: use one of dry, oily, combination, normal, sensitive \(did you mean "oily"\?\)/,
    ],
    [['week', '--event', '2026-02-29:party'], /--event "2026-02-29" is not a calendar date/],
    [
      ['scenario', 'brekouts'],
      /unknown scenario "brekouts": use one of daily-maintenance, .* \(did you mean "breakouts"\?\)/,
    ],
    [['scenario', 'skin'], /scenario "skin" matches 2 scenarios \(post-travel, dry-weather\): type more of the name/],
    [['wek'], /unknown command 'wek' \(did you mean week\?\): use one of/],
    [['week', '--weeknd', '2'], /unknown option '--weeknd' \(did you mean --weeks\?\)/],
    [['week', 'extra'], /week takes no arguments but was given 1; see glowplan week --help$/m],
    [['week', '--start'], /argument missing/],
    [['compare', '--format', 'ics'], /--format "ics" is not known: use one of table, json, markdown$/m],
    [['compare', '--format', 'yaml'], /--format "yaml" is not known: use one of table, json, markdown/],
  ];
  it.each(cases)('%j', async (args, message) => {
    const r = await runInProcess(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
  it.each([
    [['week', '--weeks', '0'], /^glowplan: --weeks must be a whole number from 1 to 520, got "0"\n$/],
    [['wek'], /^glowplan: unknown command 'wek' \(did you mean week\?\): use one of .*\n$/],
  ])('end to end, the built CLI too: %j', (args, message) => {
    const r = runBin(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
  });
});

describe('dates outside the plannable years', () => {
  it.each([
    ['week', '--start', '9999-12-25', '--weeks', '2'],
    ['plan', '--date', '0000-01-10'],
    ['week', '--start', '1899-12-31'],
  ])('%s %s %s: exit 2 naming the range', async (...args) => {
    const r = await runInProcess(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/is out of range: use a date from 1900 to 2999/);
  });
  it('the last plannable year plans the full 520 weeks', async () => {
    const r = await runInProcess(['week', '--start', '2999-12-30', '--weeks', '520', '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).days).toHaveLength(3640);
  });
});
