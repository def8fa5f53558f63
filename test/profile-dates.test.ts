// Products with dates: the profile fields that say when a product starts, whether it was patch-tested and when it
// goes off; the --new / --patch-tested marks that say the same for one run; and the flags that clear a field.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { UsageError } from '../src/lib/errors.js';
import { entryText } from '../src/profile/entry-text.js';
import {
  markProducts,
  overridesFromFlags,
  resolveProfile,
  toProfileFile,
  validateProfile,
  type ProfileFile,
} from '../src/profile/schema.js';
import { parseProfileText } from '../src/profile/store.js';
import type { Profile } from '../src/rules/types.js';
import { runInProcess } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'glowplan-dates-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const base = (() => {
  const r = validateProfile({ skin: 'normal', serums: [], masks: [], masksPerWeek: 3 });
  if (!r.ok) throw new Error('base');
  return r.value;
})();
const profile = (file: ProfileFile): Profile => resolveProfile(base, file, {});

/** The one-line message parseProfileText gives for a document. */
function refused(doc: unknown): string {
  try {
    parseProfileText(JSON.stringify(doc), 'p.json');
  } catch (err) {
    expect(err).toBeInstanceOf(UsageError);
    return (err as Error).message;
  }
  throw new Error(`expected ${JSON.stringify(doc)} to be refused`);
}

describe('dated products in a profile file', () => {
  it('an object needs no name; its dates come through to the planner as given', () => {
    const p = profile({
      serums: [
        { actives: ['retinol'], started: '2026-12-01' },
        { name: 'Glow', actives: ['vitamin-c'], opened: '2026-10-01', paoMonths: 6, patchTested: true },
      ],
      masks: [{ type: 'clay', expires: '2027-01-31' }],
      patchTestDays: 10,
      cycle: 'skin-cycling',
    });
    expect(p.serums).toEqual([
      { name: null, actives: ['retinol'], started: '2026-12-01' },
      { name: 'Glow', actives: ['vitamin-c'], patchTested: true, opened: '2026-10-01', paoMonths: 6 },
    ]);
    expect(p.masks).toEqual([{ name: null, type: 'clay', expires: '2027-01-31' }]);
    expect([p.patchTestDays, p.cycle]).toEqual([10, 'skin-cycling']);
  });

  it('old profiles keep working: defaults of 7 patch-test days and weekly evenings, plain products undated', () => {
    const p = profile({ serums: ['retinol'], masks: ['sheet'] });
    expect(p.serums).toEqual([{ name: null, actives: ['retinol'] }]);
    expect(p.masks).toEqual([{ name: null, type: 'sheet' }]);
    expect([p.patchTestDays, p.cycle]).toEqual([7, 'weekly']);
  });

  it('back in file form: plain products stay ids, dated ones objects (no invented name), round trip exact', () => {
    const file: ProfileFile = {
      serums: ['niacinamide', { actives: ['retinol'], started: '2026-12-01', patchTested: true }],
      masks: [{ name: 'Mud', type: 'clay', opened: '2026-11-01', paoMonths: 12 }],
      patchTestDays: 14,
      cycle: 'skin-cycling',
    };
    const back = toProfileFile(profile(file));
    expect(back.serums).toEqual(file.serums);
    expect(back.masks).toEqual(file.masks);
    expect(profile(back)).toEqual(profile(file));
  });

  it.each([
    [
      { serums: [{ actives: ['retinol'], started: '2026-02-30' }] },
      'p.json: serums[0].started must be a calendar date YYYY-MM-DD from 1900 to 2999, got "2026-02-30"',
    ],
    [
      { serums: [{ actives: ['retinol'], started: 20261201 }] },
      'p.json: serums[0].started must be a calendar date YYYY-MM-DD from 1900 to 2999, got 20261201',
    ],
    [{ masks: ['sheet', { type: 'clay', expires: '31/01/2027' }] }, 'p.json: masks[1].expires must be a calendar date'],
    [{ masks: [{ type: 'clay', opened: '1800-01-01' }] }, 'p.json: masks[0].opened must be a calendar date'],
    [
      { serums: [{ actives: ['aha'], paoMonths: 0 }] },
      'p.json: serums[0].paoMonths must be a whole number from 1 to 60, got 0',
    ],
    [
      { serums: [{ actives: ['aha'], paoMonths: '12M' }] },
      'p.json: serums[0].paoMonths must be a whole number from 1 to 60, got "12M"',
    ],
    [
      { serums: [{ actives: ['aha'], patchTested: 'yes' }] },
      'p.json: serums[0].patchTested must be true or false, got "yes"',
    ],
    [
      { serums: [{ actives: ['aha'], start: '2026-12-01' }] },
      'p.json: serums[0].start is not a field (did you mean "started"?)',
    ],
    [{ serums: [{ started: '2026-12-01' }] }, 'p.json: serums[0].actives is missing (a serum object needs actives)'],
    [{ serums: [{ name: '', actives: ['aha'] }] }, 'p.json: serums[0].name must not be empty'],
    [{ patchTestDays: 21 }, 'p.json: patchTestDays must be a whole number from 7 to 14, got 21'],
    [
      { cycle: 'skincycling' },
      'p.json: cycle must be one of weekly, skin-cycling, got "skincycling" (did you mean "skin-cycling"?)',
    ],
  ])('%j: %s', (doc, message) => {
    const text = refused(doc);
    expect(text).toContain(message);
    expect(text.split('\n')).toHaveLength(1);
  });

  it('in words for profile show', () => {
    expect(entryText('retinol')).toBe('retinol');
    expect(entryText({ actives: ['retinol'], started: '2026-12-01' })).toBe('retinol (started 2026-12-01)');
    expect(entryText({ name: 'Mud', type: 'clay', opened: '2026-11-01', paoMonths: 12, patchTested: true })).toBe(
      'Mud (patch-tested, opened 2026-11-01, keeps 12 months once opened)',
    );
    expect(entryText({ name: 'Glow', actives: ['vitamin-c'] })).toBe('Glow');
  });
});

describe('markProducts (--new, --patch-tested)', () => {
  const shelf = profile({
    serums: [
      'retinol',
      { name: 'Night Renew', actives: ['retinol', 'peptides'] },
      { name: 'Glow Drops', actives: ['vitamin-c'] },
    ],
    masks: ['clay', { name: 'Mud Pot', type: 'clay' }, 'sheet'],
  });
  const mark = (started: { target: string; date?: string }[], patchTested: { target: string }[] = []) =>
    markProducts(shelf, { started, patchTested }, '2026-11-24');

  it('an active marks every serum with it, on its date', () => {
    const r = mark([{ target: 'retinol', date: '2026-12-01' }]);
    if (!r.ok) throw new Error(r.message);
    expect(r.profile.serums.map((s) => s.started)).toEqual(['2026-12-01', '2026-12-01', undefined]);
  });
  it('a mask type marks every mask of it; no date means today', () => {
    const r = mark([{ target: 'CLAY' }]);
    if (!r.ok) throw new Error(r.message);
    expect(r.profile.masks.map((m) => m.started)).toEqual(['2026-11-24', '2026-11-24', undefined]);
  });
  it('otherwise a product name, whatever its case', () => {
    const r = mark([{ target: 'glow drops', date: '2026-12-07' }], [{ target: 'Mud pot' }]);
    if (!r.ok) throw new Error(r.message);
    expect(r.profile.serums.map((s) => s.started)).toEqual([undefined, undefined, '2026-12-07']);
    expect(r.profile.masks.map((m) => m.patchTested)).toEqual([undefined, true, undefined]);
  });
  it('an active or mask type not on the shelf adds a generic product of it', () => {
    const r = mark([{ target: 'aha', date: '2026-12-01' }, { target: 'gel' }], [{ target: 'bha' }]);
    if (!r.ok) throw new Error(r.message);
    expect(r.profile.serums.slice(3)).toEqual([
      { name: null, actives: ['aha'], started: '2026-12-01' },
      { name: null, actives: ['bha'], patchTested: true },
    ]);
    expect(r.profile.masks.at(-1)).toEqual({ name: null, type: 'gel', started: '2026-11-24' });
  });
  it('a name that matches nothing is a problem naming what is accepted, with a did-you-mean', () => {
    const r = mark([{ target: 'Night Renw' }]);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.target).toBe('Night Renw');
    expect(r.message).toContain('"Night Renw" is no active, mask type or product on the shelf');
    expect(r.message).toContain(
      'a mask type (sheet, clay, cream, gel, sleeping) or a product name ("Night Renew", "Glow Drops", "Mud Pot")',
    );
    expect(r.message).toMatch(/\(did you mean "Night Renew"\?\)$/);
  });
  it('leaves the profile it was given untouched', () => {
    const before = structuredClone(shelf);
    mark([{ target: 'retinol' }, { target: 'gel' }], [{ target: 'clay' }]);
    expect(shelf).toEqual(before);
  });
});

describe('overridesFromFlags', () => {
  it('maps flags to profile fields; an empty list clears; plan leaves --mask out', () => {
    expect(
      overridesFromFlags({
        skin: 'dry',
        concern: [],
        serum: ['aha'],
        mask: [],
        masksPerWeek: 0,
        pregnancySafe: false,
        cycle: 'skin-cycling',
      }),
    ).toEqual({
      skin: 'dry',
      concerns: [],
      serums: ['aha'],
      masks: [],
      masksPerWeek: 0,
      pregnancySafe: false,
      cycle: 'skin-cycling',
    });
    expect(overridesFromFlags({ mask: ['clay'] }, { masks: false })).toEqual({});
    expect(overridesFromFlags({ mask: 'clay' })).toEqual({}); // plan's tonight-only mask
    expect(overridesFromFlags({})).toEqual({});
  });
});

describe('the flags on plan, week and profile init', () => {
  const stderrOf = async (argv: string[]) => {
    const r = await runInProcess(argv);
    expect([r.code, r.stdout], r.stderr).toEqual([2, '']);
    expect(r.stderr.trimEnd().split('\n'), r.stderr).toHaveLength(1);
    return r.stderr;
  };
  const week = async (argv: string[]) => {
    const r = await runInProcess(['week', '--json', '--start', '2026-11-30', ...argv]);
    expect(r.code, r.stderr).toBe(0);
    return JSON.parse(r.stdout) as {
      days: { pm: { kind: string; actives?: string[]; type?: string }[]; mask: unknown }[];
    };
  };
  const serumsOf = (doc: Awaited<ReturnType<typeof week>>) =>
    new Set(doc.days.flatMap((d) => d.pm.filter((s) => s.kind === 'serum').flatMap((s) => s.actives!)));

  it('--new with an active not on the shelf adds it to the plan', async () => {
    expect(serumsOf(await week(['--serum', 'hyaluronic-acid']))).not.toContain('retinol');
    expect(serumsOf(await week(['--serum', 'hyaluronic-acid', '--new', 'retinol']))).toContain('retinol');
    expect(serumsOf(await week(['--serum', 'hyaluronic-acid', '--patch-tested', 'aha']))).toContain('aha');
  });

  it('--mask none: no mask nights; --concern none and --no-pregnancy-safe clear the profile', async () => {
    const doc = await week(['--mask', 'none']);
    expect(doc.days.every((d) => d.mask === null)).toBe(true);
    await week(['--concern', 'none', '--no-pregnancy-safe', '--cycle', 'skin-cycling']);
  });

  it.each([
    [
      ['week', '--pregnancy-safe', '--no-pregnancy-safe'],
      'glowplan: --pregnancy-safe and --no-pregnancy-safe contradict each other: pick one',
    ],
    [
      ['plan', '--no-pregnancy-safe', '--pregnancy-safe'],
      'glowplan: --no-pregnancy-safe and --pregnancy-safe contradict each other: pick one',
    ],
    [
      ['week', '--mask', 'none', '--mask', 'sheet'],
      'glowplan: --mask none and --mask sheet contradict each other: pick one',
    ],
    [
      ['week', '--mask', 'clay,sheet', '--mask', 'none'],
      'glowplan: --mask none and --mask clay,sheet contradict each other: pick one',
    ],
    [
      ['profile', 'init', '--concern', 'none', '--concern', 'redness', '--no-input'],
      'glowplan: --concern none and --concern redness contradict each other: pick one',
    ],
    [
      ['week', '--new', 'retinl'],
      'glowplan: --new "retinl" is no active, mask type or product on the shelf: use an active (hyaluronic-acid, vitamin-c, retinol, niacinamide, peptides, aha, bha, benzoyl-peroxide, azelaic-acid, ceramides) or a mask type (sheet, clay, cream, gel, sleeping) (did you mean "retinol"?)',
    ],
    [
      ['plan', '--patch-tested', 'Nite Serum'],
      'glowplan: --patch-tested "Nite Serum" is no active, mask type or product on the shelf',
    ],
    [
      ['week', '--new', 'retinol:2026-02-30'],
      'glowplan: --new "2026-02-30" is not a calendar date: use YYYY-MM-DD, e.g. 2026-11-30',
    ],
    [
      ['week', '--new', ':2026-12-01'],
      'glowplan: --new needs an active, a mask type or a product name, e.g. retinol or retinol:2026-12-01',
    ],
    [
      ['week', '--cycle', 'skincycling'],
      'glowplan: --cycle "skincycling" is not known: use one of weekly, skin-cycling (did you mean "skin-cycling"?)',
    ],
  ])('%j is refused in one line', async (argv, message) => {
    expect(await stderrOf(argv)).toContain(message);
  });

  it('--new "retinl": the did-you-mean names retinol', async () => {
    expect(await stderrOf(['week', '--new', 'retinl'])).toMatch(/\(did you mean "retinol"\?\)\n$/);
  });
});

describe('saving and batch lines', () => {
  it('profile init saves --new, --patch-tested and --cycle into the profile', async () => {
    const path = join(dir, 'init.json');
    const r = await runInProcess([
      'profile',
      'init',
      '--profile',
      path,
      '--no-input',
      '--serum',
      'retinol,niacinamide',
      '--mask',
      'none',
      '--new',
      'retinol:2026-12-01',
      '--patch-tested',
      'retinol',
      '--cycle',
      'skin-cycling',
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(readFileSync(path, 'utf8'))).toMatchObject({
      serums: [{ actives: ['retinol'], started: '2026-12-01', patchTested: true }, 'niacinamide'],
      masks: [],
      cycle: 'skin-cycling',
      patchTestDays: 7,
    });
  });

  it('batch lines take new and patchTested like the flags, and refuse what does not match', async () => {
    const input = join(dir, 'lines.jsonl');
    writeFileSync(
      input,
      [
        '{"id": "a", "serums": ["hyaluronic-acid"], "new": ["retinol:2026-11-30"]}',
        '{"id": "b", "serums": ["hyaluronic-acid"]}',
        '{"id": "c", "new": ["Nite Serum"]}',
        '{"id": "d", "new": "retinol"}',
        '{"id": "e", "new": ["retinol:2026-13-01"]}',
        '{"id": "f", "serums": [{"actives": ["aha"], "started": "2026-12-01", "patchTested": true}], "cycle": "skin-cycling", "patchTestDays": 10}',
        '{"id": "g", "serums": [{"actives": ["aha"], "started": "soon"}]}',
      ].join('\n'),
    );
    const r = await runInProcess(['week', '--batch', input, '--start', '2026-11-30']);
    expect(r.code).toBe(1); // some lines failed
    const records = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    const by = Object.fromEntries(records.map((x) => [x.id, x]));
    const serums = (x: { days: { pm: { kind: string; actives?: string[] }[] }[] }) =>
      new Set(x.days.flatMap((d) => d.pm.filter((s) => s.kind === 'serum').flatMap((s) => s.actives!)));
    // A product started by `new` is patch-tested first (7 days from its start, not on the face).
    const patchTests = (x: { days: { pm: { kind: string; name?: string }[] }[] }) =>
      x.days.flatMap((d) => d.pm.filter((s) => s.kind === 'patch-test').map((s) => s.name));
    expect(patchTests(by.a).length).toBe(7);
    expect(serums(by.a)).not.toContain('retinol');
    expect(patchTests(by.b)).toEqual([]);
    expect(serums(by.b)).not.toContain('retinol');
    expect(by.c.error).toMatchObject({ code: 'invalid-field', field: 'new' });
    expect(by.c.error.message).toContain('new "Nite Serum" is no active, mask type or product on the shelf');
    expect(by.d.error).toMatchObject({ code: 'invalid-field', field: 'new' });
    expect(by.e.error).toMatchObject({ code: 'invalid-date', field: 'new[0]' });
    expect(by.f.error).toBeUndefined();
    expect(by.g.error).toMatchObject({ code: 'invalid-profile', field: 'serums[0].started' });
  });

  it('--new on a batch run is the default for every line', async () => {
    const input = join(dir, 'two.jsonl');
    writeFileSync(input, '{"serums": ["hyaluronic-acid"]}\n{"serums": ["hyaluronic-acid"], "new": []}\n');
    const r = await runInProcess(['week', '--batch', input, '--start', '2026-11-30', '--new', 'retinol']);
    expect(r.code, r.stderr).toBe(0);
    const [first, second] = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    const has = (x: { days: { pm: { actives?: string[] }[] }[] }) =>
      x.days.some((d) => d.pm.some((s) => s.actives?.includes('retinol')));
    expect([has(first), has(second)]).toEqual([true, false]);
  });
});
