// Profile files: validation (one message per bad field, naming it), merging (flags > file > default), and
// reading and saving them on disk.
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { App, type ProfileFlags } from '../src/cli/app.js';
import { RuntimeError, UsageError } from '../src/lib/errors.js';
import type { Io } from '../src/cli/io.js';
import { resolveProfile, toProfileFile, validateProfile, type ProfileFile } from '../src/profile/schema.js';
import { defaultProfilePath, parseProfileText, readProfileFile, saveProfile } from '../src/profile/store.js';
import { data, profileOf } from './helpers.js';

/** The error message parseProfileText gives for `text` (fails the test if it parses). */
function problem(text: string): string {
  try {
    parseProfileText(text, 'profile.json');
  } catch (err) {
    expect(err).toBeInstanceOf(UsageError);
    return (err as Error).message;
  }
  throw new Error(`expected ${text} to be refused`);
}
const json = (value: unknown) => JSON.stringify(value);

const ISSUE_EXAMPLE = {
  skin: 'combination',
  concerns: ['dullness', 'fine-lines'],
  serums: ['hyaluronic-acid', { name: 'Dewdrop HA Serum', actives: ['hyaluronic-acid'] }],
  masks: ['sheet', { name: 'Midnight Sleeping Mask', type: 'sleeping' }],
  masksPerWeek: 3,
  pregnancySafe: false,
};

describe('a valid profile', () => {
  it('accepts the example from the README and keeps named products', () => {
    const result = validateProfile(ISSUE_EXAMPLE);
    expect(result.ok).toBe(true);
    const profile = profileOf(ISSUE_EXAMPLE as ProfileFile);
    expect(profile.serums).toContainEqual({ name: 'Dewdrop HA Serum', actives: ['hyaluronic-acid'] });
    expect(profile.masks).toContainEqual({ name: 'Midnight Sleeping Mask', type: 'sleeping' });
    expect(toProfileFile(profile)).toEqual({ ...ISSUE_EXAMPLE, patchTestDays: 7, cycle: 'weekly' });
  });

  it('accepts an empty object (every field comes from the built-in default) and a byte-order mark', () => {
    expect(parseProfileText('{}', 'p.json')).toEqual({});
    expect(parseProfileText('\uFEFF{"skin": "dry"}', 'p.json')).toEqual({ skin: 'dry' });
  });

  it('accepts every whole number of masks a week from 0 to 7', () => {
    for (let n = 0; n <= 7; n++) expect(validateProfile({ masksPerWeek: n }).ok).toBe(true);
  });
});

describe('each bad field gets one message naming the file and the field', () => {
  const cases: [string, string, string][] = [
    // [what, file text, expected message]
    [
      'masksPerWeek "lots"',
      json({ masksPerWeek: 'lots' }),
      'profile.json: masksPerWeek must be a whole number from 0 to 7, got "lots"',
    ],
    [
      'masksPerWeek 8',
      json({ masksPerWeek: 8 }),
      'profile.json: masksPerWeek must be a whole number from 0 to 7, got 8',
    ],
    [
      'masksPerWeek -1',
      json({ masksPerWeek: -1 }),
      'profile.json: masksPerWeek must be a whole number from 0 to 7, got -1',
    ],
    [
      'masksPerWeek 2.5',
      json({ masksPerWeek: 2.5 }),
      'profile.json: masksPerWeek must be a whole number from 0 to 7, got 2.5',
    ],
    [
      'masksPerWeek null',
      json({ masksPerWeek: null }),
      'profile.json: masksPerWeek must be a whole number from 0 to 7, got null',
    ],
    [
      'unknown skin type',
      json({ skin: 'oilly' }),
      'profile.json: skin must be one of dry, oily, combination, normal, sensitive, got "oilly" (did you mean "oily"?)',
    ],
    [
      'skin of the wrong type',
      json({ skin: 3 }),
      'profile.json: skin must be one of dry, oily, combination, normal, sensitive, got 3',
    ],
    [
      'concerns as a string',
      json({ concerns: 'dullness' }),
      'profile.json: concerns must be a list of concerns, got "dullness" (write ["dullness"])',
    ],
    ['unknown concern', json({ concerns: ['dulness'] }), 'profile.json: concerns[0] must be one of dullness,'],
    ['unknown serum id', json({ serums: ['retinl'] }), '(did you mean "retinol"?)'],
    [
      'a serum of the wrong type',
      json({ serums: [3] }),
      'profile.json: serums[0] must be a serum id (e.g. "retinol") or {"name", "actives", "started", …}, got 3',
    ],
    ['serums as an object', json({ serums: { retinol: true } }), 'profile.json: serums must be a list of serums'],
    [
      'named serum without actives',
      json({ serums: [{ name: 'Night Oil' }] }),
      'profile.json: serums[0].actives is missing (a serum object needs actives)',
    ],
    [
      'named serum with no active',
      json({ serums: [{ name: 'Night Oil', actives: [] }] }),
      'profile.json: serums[0].actives must name at least one active',
    ],
    [
      'named serum with an unknown active',
      json({ serums: ['retinol', { name: 'Night Oil', actives: ['retinl'] }] }),
      'profile.json: serums[1].actives[0] must be one of hyaluronic-acid,',
    ],
    [
      'named serum with an empty name',
      json({ serums: [{ name: '  ', actives: ['retinol'] }] }),
      'profile.json: serums[0].name must not be empty',
    ],
    [
      'named serum with a name that is not text',
      json({ serums: [{ name: 7, actives: ['retinol'] }] }),
      'profile.json: serums[0].name must be a text, got 7',
    ],
    [
      'named serum with an extra field',
      json({ serums: [{ name: 'Night Oil', actives: ['retinol'], active: 'x' }] }),
      'profile.json: serums[0].active is not a field (did you mean "actives"?); a serum object has name, actives, started, patchTested, opened, paoMonths, expires',
    ],
    [
      'unknown mask type',
      json({ masks: ['shet'] }),
      'profile.json: masks[0] must be one of sheet, clay, cream, gel, sleeping, got "shet" (did you mean "sheet"?)',
    ],
    [
      'named mask with an unknown type',
      json({ masks: [{ name: 'Midnight', type: 'slepping' }] }),
      'profile.json: masks[0].type must be one of sheet, clay, cream, gel, sleeping, got "slepping" (did you mean "sleeping"?)',
    ],
    [
      'named mask without a type',
      json({ masks: [{ name: 'Midnight' }] }),
      'profile.json: masks[0].type is missing (a mask object needs type)',
    ],
    [
      'pregnancySafe as text',
      json({ pregnancySafe: 'yes' }),
      'profile.json: pregnancySafe must be true or false, got "yes"',
    ],
    [
      'unknown field',
      json({ skinn: 'dry' }),
      'profile.json: skinn is not a field (did you mean "skin"?); a profile has skin, concerns, serums, masks, masksPerWeek, pregnancySafe',
    ],
    ['unknown field, other case', json({ Skin: 'dry' }), 'profile.json: Skin is not a field (did you mean "skin"?)'],
    ['singular for plural', json({ mask: ['sheet'] }), 'profile.json: mask is not a field (did you mean "masks"?)'],
    [
      'snake case',
      json({ masks_per_week: 3 }),
      'profile.json: masks_per_week is not a field (did you mean "masksPerWeek"?)',
    ],
    [
      'a field nothing like one',
      json({ favouriteColour: 'red' }),
      'profile.json: favouriteColour is not a field; a profile has',
    ],
    [
      'a list, not an object',
      '[]',
      'profile.json: the profile must be a JSON object such as {"skin": "dry", "masksPerWeek": 3}, got []',
    ],
    ['null', 'null', 'profile.json: the profile must be a JSON object'],
    ['a string', '"dry"', 'profile.json: the profile must be a JSON object'],
    [
      'not JSON',
      '{"skin": "dry",}',
      'profile.json: not valid JSON (Expected double-quoted property name at line 1, column 16)',
    ],
    ['not JSON, later line', '{\n  "skin": "dry"\n  "masksPerWeek": 3\n}', 'profile.json: not valid JSON ('],
    ['a bare word', 'skin: dry', 'profile.json: not valid JSON ('],
    ['an empty file', '', 'profile.json: not valid JSON (the file is empty)'],
  ];
  it.each(cases)('%s', (_what, text, expected) => {
    const message = problem(text);
    expect(message).toContain(expected);
    expect(message.split('\n')).toHaveLength(1);
  });

  it('a JSON error names the line and column, on one line', () => {
    expect(problem('{\n  "skin": "dry"\n  "masksPerWeek": 3\n}')).toMatch(/line 3, column 3/);
  });

  it('lists every problem, one line each, every line naming the file', () => {
    const message = problem(
      json({ skinn: 'dry', masksPerWeek: 'lots', serums: ['retinol', { name: 'X' }], masks: ['shet'], colour: 1 }),
    );
    const lines = message.split('\n');
    expect(lines).toHaveLength(5);
    for (const line of lines) expect(line.startsWith('profile.json: ')).toBe(true);
    expect(message).toContain('skinn is not a field (did you mean "skin"?)');
    expect(message).toContain('colour is not a field');
    expect(message).toContain('masksPerWeek must be a whole number from 0 to 7, got "lots"');
    expect(message).toContain('serums[1].actives is missing');
    expect(message).toContain('masks[0] must be one of');
  });

  it('shortens a long value in a message', () => {
    const message = problem(json({ skin: 'x'.repeat(500) }));
    expect(message.length).toBeLessThan(200);
    expect(message).toContain('...');
  });

  it('validateProfile reports the field path of each problem', () => {
    const result = validateProfile({ serums: [{ name: 'X', actives: ['retinl'] }], masksPerWeek: 9 });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.field)).toEqual(['serums[0].actives[0]', 'masksPerWeek']);
  });
});

describe('merging: flags over the file over the built-in default', () => {
  const base = validateProfile(data.defaultProfile);
  if (!base.ok) throw new Error('bad default profile');

  it('missing fields come from the built-in default', () => {
    const p = resolveProfile(base.value, { skin: 'dry' }, {});
    expect(p.skin).toBe('dry');
    expect(p.masksPerWeek).toBe(3);
    expect(p.masks.map((m) => m.type)).toEqual(['sheet', 'clay', 'sleeping']);
  });

  it('the file overrides the default; flags override the file', () => {
    const file: ProfileFile = { skin: 'dry', serums: ['retinol'], masks: ['gel'], masksPerWeek: 2 };
    expect(resolveProfile(base.value, file, {})).toMatchObject({
      skin: 'dry',
      serums: [{ name: null, actives: ['retinol'] }],
      masks: [{ name: null, type: 'gel' }],
      masksPerWeek: 2,
      pregnancySafe: false,
    });
    const p = resolveProfile(base.value, file, {
      skin: 'oily',
      masks: ['clay'],
      masksPerWeek: 4,
      pregnancySafe: true,
      concerns: ['breakouts'],
    });
    expect(p).toMatchObject({
      skin: 'oily',
      serums: [{ name: null, actives: ['retinol'] }],
      masks: [{ name: null, type: 'clay' }],
      masksPerWeek: 4,
      pregnancySafe: true,
      concerns: ['breakouts'],
    });
  });

  it('an empty list in the file is kept (no masks at all), and duplicates are removed', () => {
    expect(resolveProfile(base.value, { masks: [] }, {}).masks).toEqual([]);
    expect(resolveProfile(base.value, { serums: ['retinol', 'retinol'] }, {}).serums).toHaveLength(1);
  });

  it('removes a product listed twice in any form, and keeps products that differ by a name, a date or an active', () => {
    const serums = resolveProfile(
      base.value,
      {
        serums: [
          'retinol',
          { actives: ['retinol'] },
          { actives: ['retinol', 'retinol'] },
          { name: 'Night serum', actives: ['retinol'] },
          { name: 'Night serum', actives: ['retinol'] },
          { actives: ['retinol'], started: '2026-12-01' },
          { actives: ['retinol'], started: '2026-12-01' },
          { actives: ['retinol'], started: '2026-12-02' },
          { actives: ['retinol', 'niacinamide'] },
          { actives: ['niacinamide', 'retinol'] },
          'niacinamide',
        ],
      },
      {},
    ).serums;
    expect(serums).toEqual([
      { name: null, actives: ['retinol'] },
      { name: 'Night serum', actives: ['retinol'] },
      { name: null, actives: ['retinol'], started: '2026-12-01' },
      { name: null, actives: ['retinol'], started: '2026-12-02' },
      { name: null, actives: ['retinol', 'niacinamide'] },
      { name: null, actives: ['niacinamide', 'retinol'] },
      { name: null, actives: ['niacinamide'] },
    ]);
    const masks = resolveProfile(
      base.value,
      { masks: ['clay', { type: 'clay' }, { type: 'clay', paoMonths: 12 }, { name: 'Clay', type: 'clay' }, 'sheet'] },
      {},
    ).masks;
    expect(masks).toEqual([
      { name: null, type: 'clay' },
      { name: null, type: 'clay', paoMonths: 12 },
      { name: 'Clay', type: 'clay' },
      { name: null, type: 'sheet' },
    ]);
  });

  describe('App.loadProfile', () => {
    let dir = '';
    afterEach(() => {
      if (dir) rmSync(dir, { recursive: true, force: true });
    });
    const appWith = (env: Record<string, string>) =>
      new App({
        stdout: { write: () => true },
        stderr: { write: () => true },
        stdin: process.stdin as Io['stdin'],
        env,
        now: () => new Date(2026, 10, 24, 12),
        cwd: process.cwd(),
      });

    it('uses --profile, else the saved profile, else the built-in default, with flags on top', async () => {
      dir = mkdtempSync(join(tmpdir(), 'glowplan-profile-'));
      const app = appWith({ XDG_CONFIG_HOME: dir, HOME: dir });
      const none = await app.loadProfile({});
      expect(none.path).toBeNull();
      expect(none.profile.skin).toBe('normal');

      const saved = defaultProfilePath(app.io.env);
      mkdirSync(join(dir, 'glowplan'));
      writeFileSync(saved, json({ skin: 'dry', masks: ['sleeping'] }));
      const fromSaved = await app.loadProfile({});
      expect(fromSaved.path).toBe(saved);
      expect(fromSaved.profile).toMatchObject({ skin: 'dry', masks: [{ type: 'sleeping', name: null }] });

      const other = join(dir, 'other.json');
      writeFileSync(other, json({ skin: 'oily' }));
      const fromFlag = await app.loadProfile({ profile: other, masksPerWeek: 5 } as ProfileFlags);
      expect(fromFlag.path).toBe(other);
      expect(fromFlag.profile).toMatchObject({ skin: 'oily', masksPerWeek: 5 });

      const withFlags = await app.loadProfile({ skin: 'sensitive', mask: ['gel'] });
      expect(withFlags.profile).toMatchObject({ skin: 'sensitive', masks: [{ type: 'gel', name: null }] });
    });
  });
});

describe('reading and saving profile files', () => {
  let dir = '';
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = '';
  });
  const fresh = () => (dir = mkdtempSync(join(tmpdir(), 'glowplan-store-')));

  it('the default location follows XDG_CONFIG_HOME, else ~/.config', () => {
    expect(defaultProfilePath({ XDG_CONFIG_HOME: '/x/config', HOME: '/home/a' })).toBe(
      '/x/config/glowplan/profile.json',
    );
    expect(defaultProfilePath({ HOME: '/home/a' })).toBe('/home/a/.config/glowplan/profile.json');
    expect(defaultProfilePath({ XDG_CONFIG_HOME: 'relative', HOME: '/home/a' })).toBe(
      '/home/a/.config/glowplan/profile.json',
    );
  });

  it('a missing file is no profile, unless it was asked for by --profile (then the path is named)', async () => {
    fresh();
    const missing = join(dir, 'nope.json');
    await expect(readProfileFile(missing, false)).resolves.toBeUndefined();
    await expect(readProfileFile(missing, true)).rejects.toThrow(`profile ${missing} does not exist`);
    await expect(readProfileFile(dir, true)).rejects.toThrow('is a folder, not a file');
  });

  it('a broken file is refused naming the file and the field', async () => {
    fresh();
    const path = join(dir, 'profile.json');
    writeFileSync(path, json({ masksPerWeek: 'lots' }));
    await expect(readProfileFile(path, false)).rejects.toThrow(
      `${path}: masksPerWeek must be a whole number from 0 to 7, got "lots"`,
    );
  });

  it('saveProfile creates the folder, writes pretty JSON with a newline, and reads back the same', async () => {
    fresh();
    const path = join(dir, 'glowplan', 'profile.json');
    const profile = profileOf(ISSUE_EXAMPLE as ProfileFile);
    await saveProfile(path, profile, { createFolder: true });
    const text = readFileSync(path, 'utf8');
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).toContain('\n  "skin": "combination",\n');
    expect(JSON.parse(text)).toEqual({ ...ISSUE_EXAMPLE, patchTestDays: 7, cycle: 'weekly' });
    expect(parseProfileText(text, path)).toEqual({ ...ISSUE_EXAMPLE, patchTestDays: 7, cycle: 'weekly' });
  });

  it('saveProfile never replaces a file without force; with force it does', async () => {
    fresh();
    const path = join(dir, 'profile.json');
    writeFileSync(path, '{"skin": "dry"}\n');
    const before = statSync(path).mtimeMs;
    await expect(saveProfile(path, profileOf({ skin: 'oily' }))).rejects.toThrow(UsageError);
    expect(readFileSync(path, 'utf8')).toBe('{"skin": "dry"}\n');
    expect(statSync(path).mtimeMs).toBe(before);
    await saveProfile(path, profileOf({ skin: 'oily' }), { force: true });
    expect(JSON.parse(readFileSync(path, 'utf8')).skin).toBe('oily');
  });

  it('a folder that cannot be created is a runtime error naming it', async () => {
    fresh();
    const blocker = join(dir, 'not-a-folder');
    writeFileSync(blocker, 'x');
    const err = await saveProfile(join(blocker, 'glowplan', 'profile.json'), profileOf(), { createFolder: true }).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(RuntimeError);
    expect((err as Error).message).toContain(`cannot create the folder ${join(blocker, 'glowplan')}`);
  });
});
