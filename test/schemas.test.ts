// The JSON Schemas in schemas/: they compile, agree with each other and with the code's vocabularies, `glowplan
// schema` prints them, and every command's real --json output validates (and broken outputs do not).
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import { afterAll, describe, expect, it } from 'vitest';
import { BATCH_ERROR_CODES } from '../src/batch/batch.js';
import { SCHEMAS } from '../src/commands/schema.js';
import {
  ACTIVES,
  CHOICES,
  COMPARISON_IDS,
  CONCERNS,
  MASK_APPLICATIONS,
  MASK_TYPES,
  SCENARIO_IDS,
  SCHEMA_VERSION,
  SEVERITIES,
  SKIN_TYPES,
  TIMES,
  WEEKDAYS,
} from '../src/domain/vocabulary.js';
import { validateProfile } from '../src/profile/schema.js';
import { RULES } from '../src/rules/safety/index.js';
import { ROOT, runInProcess } from './helpers.js';

type Json = Record<string, unknown>;
const DIR = join(ROOT, 'schemas');
const files = readdirSync(DIR).filter((f) => f.endsWith('.schema.json'));
const schemas: Record<string, Json> = Object.fromEntries(
  files.map((f) => [f.replace(/\.schema\.json$/, ''), JSON.parse(readFileSync(join(DIR, f), 'utf8')) as Json]),
);
const defs = (name: string) => schemas[name]!.$defs as Record<string, Json>;

/** Strict enough to flag schema mistakes (unknown keywords, type slips); union types are plain JSON Schema. */
const ajv = new Ajv2020({ strict: true, strictRequired: false, allowUnionTypes: true, allErrors: true });
const validators: Record<string, ValidateFunction> = {};
for (const [name, schema] of Object.entries(schemas)) validators[name] = ajv.compile(schema);

/** Asserts `doc` is valid against the named schema, showing ajv's errors when it is not. */
function valid(name: string, doc: unknown): void {
  const validate = validators[name]!;
  const ok = validate(doc);
  expect(ok ? [] : validate.errors, `${name}: ${JSON.stringify(doc).slice(0, 200)}`).toEqual([]);
}
const invalid = (name: string, doc: unknown) => expect(validators[name]!(doc)).toBe(false);

/** Runs a command in-process, expecting success; returns its stdout parsed. */
async function json(argv: string[], options: { expectCode?: number } = {}): Promise<Json> {
  const r = await runInProcess(argv);
  expect(r.code, r.stderr).toBe(options.expectCode ?? 0);
  return JSON.parse(r.stdout) as Json;
}

const dir = mkdtempSync(join(tmpdir(), 'glowplan-schemas-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}
const strongProfile = () =>
  file(
    'strong.json',
    JSON.stringify({
      skin: 'sensitive',
      concerns: ['fine-lines', 'dullness'],
      serums: ['retinol', 'aha', { name: 'Glow Drops', actives: ['vitamin-c', 'niacinamide'] }],
      masks: ['clay', { name: 'Night Jelly', type: 'sleeping' }, 'sheet'],
      masksPerWeek: 4,
    }),
  );

describe('the schema files', () => {
  it('are the ones `glowplan schema` knows, each with its $id, title and description, and compile', () => {
    expect(Object.keys(schemas).sort()).toEqual(Object.keys(SCHEMAS).sort());
    for (const [name, schema] of Object.entries(schemas)) {
      expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(schema.$id).toBe(`urn:glowplan:schema:${name}`);
      expect(typeof schema.title).toBe('string');
      expect(typeof schema.description).toBe('string');
      expect(typeof validators[name]).toBe('function');
    }
  });

  it('describe every top-level field of the outputs', () => {
    for (const name of ['week', 'plan', 'compare', 'scenario', 'rules', 'profile', 'profile-file', 'batch-input']) {
      const properties = schemas[name]!.properties as Record<string, Json>;
      for (const [key, property] of Object.entries(properties))
        if (!['schemaVersion', 'command'].includes(key))
          expect(property.description ?? property.$ref, `${name}.${key}`).toBeTruthy();
    }
  });

  it('share their definitions word for word (edit one, edit them all)', () => {
    const names = Object.keys(schemas);
    const outputs = new Set(['week', 'plan', 'batch', 'compare', 'scenario', 'rules', 'profile']);
    const inputOnly = new Set(['name', 'serumEntry']); // output names are trimmed, output lists deduplicated
    for (const a of names)
      for (const b of names) {
        if (a >= b) continue;
        for (const key of Object.keys(defs(a) ?? {}))
          if (defs(b)?.[key] && (outputs.has(a) === outputs.has(b) || !inputOnly.has(key)))
            expect(defs(b)[key], `$defs.${key} in ${a} and ${b}`).toEqual(defs(a)[key]);
      }
    // batch carries the week and plan results as they are, without their "no other fields".
    const shape = (name: string) => {
      const {
        $schema: _s,
        $id: _i,
        title: _t,
        description: _d,
        additionalProperties,
        $defs: _defs,
        ...rest
      } = schemas[name]!;
      expect(additionalProperties).toBe(false);
      return rest;
    };
    const { title: _wt, ...weekResult } = defs('batch').weekResult!;
    const { title: _pt, ...planResult } = defs('batch').planResult!;
    expect(weekResult).toEqual(shape('week'));
    expect(planResult).toEqual(shape('plan'));
    // The profile fields of a batch line are those of a profile file.
    const profileFields = schemas['profile-file']!.properties as Json;
    const lineFields = schemas['batch-input']!.properties as Json;
    for (const key of Object.keys(profileFields)) expect(lineFields[key]).toEqual(profileFields[key]);
  });

  it("list the code's own vocabularies", () => {
    const d = defs('week');
    expect(d.maskType!.enum).toEqual([...MASK_TYPES]);
    expect(d.active!.enum).toEqual([...ACTIVES]);
    expect(d.severity!.enum).toEqual([...SEVERITIES]);
    expect(d.weekday!.enum).toEqual([...WEEKDAYS]);
    expect(d.schemaVersion!.const).toBe(SCHEMA_VERSION);
    expect((d.maskStep!.properties as Record<string, Json>).application!.enum).toEqual([...MASK_APPLICATIONS]);
    expect(defs('profile').skinType!.enum).toEqual([...SKIN_TYPES]);
    expect(defs('profile').concern!.enum).toEqual([...CONCERNS]);
    const scenario = defs('scenario').scenarioView!.properties as Record<string, Json>;
    expect(scenario.id!.enum).toEqual([...SCENARIO_IDS]);
    expect(scenario.choice!.enum).toEqual([...CHOICES]);
    const compare = schemas.compare!.properties as Record<string, Json>;
    expect(((compare.rows!.items as Json).properties as Record<string, Json>).id!.enum).toEqual([...COMPARISON_IDS]);
    expect(((compare.serumActives!.items as Json).properties as Record<string, Json>).time!.enum).toEqual([...TIMES]);
    const error = ((schemas.batch!.oneOf as Json[])[2]!.properties as Record<string, Json>).error!;
    expect((error.properties as Record<string, Json>).code!.enum).toEqual([...BATCH_ERROR_CODES]);
    const ruleId = new RegExp(d.ruleId!.pattern as string);
    for (const rule of RULES) expect(rule.id).toMatch(ruleId);
  });
});

describe('glowplan schema', () => {
  it('prints each schema as it is in schemas/', async () => {
    for (const name of Object.keys(schemas)) {
      const r = await runInProcess(['schema', name]);
      expect([r.code, r.stderr]).toEqual([0, '']);
      expect(JSON.parse(r.stdout)).toEqual(schemas[name]);
    }
  });

  it('lists the names without one, and refuses an unknown one (exit 2) with a did-you-mean', async () => {
    const list = await runInProcess(['schema']);
    expect(list.stdout.trim().split('\n')).toEqual(Object.keys(SCHEMAS));
    const r = await runInProcess(['schema', 'weak']);
    expect([r.code, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toBe(
      `glowplan: unknown schema "weak": use one of ${Object.keys(SCHEMAS).join(', ')} (did you mean "week"?)\n`,
    );
    expect((await runInProcess(['schema', 'toString'])).code).toBe(2);
  });

  it('writes --output atomically', async () => {
    const target = join(dir, 'week.schema.json');
    const r = await runInProcess(['schema', 'week', '--output', target]);
    expect([r.code, r.stdout, r.stderr]).toEqual([0, '', `Wrote the week schema to ${target}\n`]);
    expect(JSON.parse(readFileSync(target, 'utf8'))).toEqual(schemas.week);
    expect((await runInProcess(['schema', 'week', '--output', target])).code).toBe(2);
  });
});

describe('real outputs validate', () => {
  it('compare', async () => valid('compare', await json(['compare', '--json'])));

  it('scenario, one and the list', async () => {
    valid('scenario', await json(['scenario', 'travel', '--json']));
    valid('scenario', await json(['scenario', '--list', '--json']));
    for (const id of SCENARIO_IDS) valid('scenario', await json(['scenario', id, '--json']));
  });

  it('rules', async () => valid('rules', await json(['rules', '--json'])));

  it('plan, with mask, no mask, explain, dates, events and a strong profile', async () => {
    const strong = strongProfile();
    for (const argv of [
      [],
      ['--mask', 'sleeping'],
      ['--mask', 'clay', '--serum', 'retinol', '--serum', 'aha'],
      ['--no-mask'],
      ['--explain'],
      ['--explain', '--mask', 'sleeping', '--date', '2026-12-31'],
      ['--event', '2026-11-25:party', '--explain'],
      ['--profile', strong, '--explain'],
      ['--profile', strong, '--mask', 'sheet', '--pregnancy-safe', '--explain'],
    ]) {
      const doc = await json(['plan', '--json', ...argv]);
      valid('plan', doc);
      expect('explain' in doc).toBe(argv.includes('--explain'));
    }
  });

  it('week, over weeks, with events, explain and a retinol + AHA + clay + sensitive profile', async () => {
    const strong = strongProfile();
    for (const argv of [
      [],
      ['--weeks', '3'],
      ['--event', '2026-11-27:wedding', '--event', '2026-12-02'],
      ['--explain', '--weeks', '2'],
      ['--profile', strong, '--explain'],
      ['--profile', strong, '--weeks', '4', '--pregnancy-safe'],
      ['--serum', 'retinol,aha,bha,vitamin-c,benzoyl-peroxide', '--mask', 'clay', '--masks-per-week', '7', '--explain'],
      ['--masks-per-week', '0', '--start', '2027-01-01'],
    ]) {
      const doc = await json(['week', '--json', ...argv]);
      valid('week', doc);
      expect('explain' in doc).toBe(argv.includes('--explain'));
    }
  });

  it('profile show, built in and from a file with named products', async () => {
    valid('profile', await json(['profile', 'show', '--json']));
    const shown = await json(['profile', 'show', '--json', '--profile', strongProfile()]);
    valid('profile', shown);
    valid('profile-file', shown.profile);
  });

  it('batch lines: week and plan results and every kind of error', async () => {
    const input = file(
      'batch.jsonl',
      [
        '{"id": "a", "skin": "dry", "serums": ["retinol", "aha"], "masks": ["clay"], "events": [{"date": "2026-11-27", "label": "gala"}]}',
        '{"id": 2, "start": "2026-12-07", "weeks": 2}',
        '',
        'not json',
        '{"id": "p", "skin": "olly"}',
        '{"id": "d", "start": "2026-02-30"}',
        '{"id": "f", "colour": "red"}',
        '{"id": "w", "weeks": 999}',
        '42',
      ].join('\n'),
    );
    for (const command of ['week', 'plan']) {
      for (const extra of [[], ['--explain']]) {
        const r = await runInProcess([command, '--batch', input, ...extra]);
        expect(r.code).toBe(1);
        const lines = r.stdout.trim().split('\n');
        expect(lines.length).toBe(8);
        for (const line of lines) valid('batch', JSON.parse(line));
      }
    }
    const lines = readFileSync(input, 'utf8').split('\n').filter(Boolean).slice(0, 2);
    for (const line of lines) valid('batch-input', JSON.parse(line));
  });
});

describe('the schemas catch mistakes', () => {
  it('in a week', async () => {
    const week = await json(['week', '--json', '--explain']);
    const day = () => (week.days as Json[])[0]!;
    const mutate = (change: (doc: Json) => void) => {
      const doc = structuredClone(week);
      change(doc);
      invalid('week', doc);
    };
    mutate((d) => delete d.warnings);
    mutate((d) => (d.extra = 1));
    mutate((d) => (d.schemaVersion = SCHEMA_VERSION + 1));
    mutate((d) => (d.command = 'plan'));
    mutate((d) => (d.start = '23/11/2026'));
    mutate((d) => ((d.days as Json[])[0]!.weekday = 'Mon'));
    mutate((d) => ((d.days as Json[])[0]!.am as Json[]).push({ kind: 'toner' }));
    mutate((d) => ((d.days as Json[])[0]!.pm as Json[]).push({ kind: 'serum', name: 'X', actives: ['snail'] }));
    mutate((d) =>
      ((d.days as Json[])[0]!.pm as Json[]).push({ kind: 'mask', type: 'sheet', name: 'X', application: 'leave-on' }),
    );
    mutate((d) => ((d.days as Json[])[0]!.mask = { type: 'mud', name: 'Mud' }));
    mutate((d) =>
      (d.explain as Json[]).push({ date: null, slot: 'noon', item: 'x', action: 'placed', rule: 'r', reason: 'y' }),
    );
    mutate((d) => (d.warnings as Json[]).push({ rule: 'x', severity: 'fatal', message: 'm', source: 's' }));
    expect(day()).toBeTruthy();
  });

  it('in a batch line, a profile and a profile file', () => {
    invalid('batch', { id: 1, line: 1, error: { code: 'oops', message: 'm' } });
    invalid('batch', { id: 1, line: 0, error: { code: 'invalid-json', message: 'm' } });
    invalid('batch', { id: 1, error: { code: 'invalid-json', message: 'm' } });
    invalid('batch', { id: {}, line: 1, error: { code: 'invalid-json', message: 'm' } });
    valid('batch', { id: null, line: 3, error: { code: 'invalid-json', message: 'm' } });
    invalid('profile', { schemaVersion: 1, command: 'profile', path: null, profile: { skin: 'dry' } });
    invalid('batch-input', { id: 1, stat: '2026-11-23' });
  });

  it('agree with validateProfile on profile files', () => {
    const cases: unknown[] = [
      {},
      { skin: 'dry', masksPerWeek: 2 },
      { serums: ['retinol', { name: 'Mine', actives: ['aha', 'bha'] }], masks: [{ name: 'Jelly', type: 'gel' }] },
      { skin: 'olly' },
      { masksPerWeek: 8 },
      { masksPerWeek: 2.5 },
      { pregnancySafe: 'yes' },
      { serums: [{ name: 'Mine', actives: [] }] },
      { serums: [{ name: '   ', actives: ['aha'] }] },
      { masks: [{ name: 'X', type: 'mud' }] },
      { masks: [{ name: 'X' }] },
      { concerns: ['acne'] },
      { colour: 'red' },
      [],
      'dry',
    ];
    for (const input of cases)
      expect(validators['profile-file']!(input), JSON.stringify(input)).toBe(validateProfile(input).ok);
  });
});

describe('dated products: the profile schemas and the program agree', () => {
  const good: [string, Json][] = [
    ['an old profile, unchanged', { serums: ['retinol', { name: 'Glow', actives: ['vitamin-c'] }], masks: ['sheet'] }],
    ['a serum object without a name', { serums: [{ actives: ['retinol'], started: '2026-12-01' }] }],
    [
      'every date field on a serum and a mask',
      {
        serums: [
          {
            name: 'Night Renew',
            actives: ['retinol'],
            started: '2026-12-01',
            patchTested: true,
            opened: '2026-11-20',
            paoMonths: 12,
            expires: '2027-06-30',
          },
        ],
        masks: [{ type: 'clay', opened: '2026-01-10', paoMonths: 60 }],
      },
    ],
    ['patchTestDays 7 and 14, both cycles', { patchTestDays: 14, cycle: 'skin-cycling' }],
    ['patchTestDays 7, weekly', { patchTestDays: 7, cycle: 'weekly' }],
  ];
  const bad: [string, Json][] = [
    ['a serum object without actives', { serums: [{ name: 'Glow', started: '2026-12-01' }] }],
    ['a mask object without a type', { masks: [{ started: '2026-12-01' }] }],
    ['started that is no date', { serums: [{ actives: ['retinol'], started: 'next monday' }] }],
    ['started 2026-13-01', { serums: [{ actives: ['retinol'], started: '2026-13-01' }] }],
    ['patchTested as text', { serums: [{ actives: ['retinol'], patchTested: 'yes' }] }],
    ['paoMonths 0', { masks: [{ type: 'clay', paoMonths: 0 }] }],
    ['paoMonths 61', { masks: [{ type: 'clay', paoMonths: 61 }] }],
    ['paoMonths 6.5', { masks: [{ type: 'clay', paoMonths: 6.5 }] }],
    ['an unknown field on a product', { serums: [{ actives: ['retinol'], start: '2026-12-01' }] }],
    ['patchTestDays 6', { patchTestDays: 6 }],
    ['patchTestDays 15', { patchTestDays: 15 }],
    ['cycle "daily"', { cycle: 'daily' }],
  ];
  it.each(good)('valid: %s', (_what, doc) => {
    valid('profile-file', doc);
    valid('batch-input', { id: 1, ...doc });
    expect(validateProfile(doc).ok).toBe(true);
  });
  it.each(bad)('invalid: %s', (_what, doc) => {
    invalid('profile-file', doc);
    invalid('batch-input', { id: 1, ...doc });
    expect(validateProfile(doc).ok).toBe(false);
  });
  it('batch lines take new and patchTested as lists of products', () => {
    valid('batch-input', { new: ['retinol', 'Night Renew:2026-12-01'], patchTested: ['retinol'] });
    invalid('batch-input', { new: 'retinol' });
    invalid('batch-input', { patchTested: [''] });
  });
  it('profile show prints the dated products and the new fields, valid against both schemas', async () => {
    const path = file(
      'dated.json',
      JSON.stringify({ serums: [{ actives: ['retinol'], started: '2026-12-01' }], cycle: 'skin-cycling' }),
    );
    const shown = await json(['profile', 'show', '--json', '--profile', path]);
    valid('profile', shown);
    valid('profile-file', shown.profile);
    expect(shown.profile).toMatchObject({
      serums: [{ actives: ['retinol'], started: '2026-12-01' }],
      patchTestDays: 7,
      cycle: 'skin-cycling',
    });
  });
});
