// Fuzz tests (fast-check): random command lines, profile files and batch lines. Whatever comes in, glowplan answers
// with exit 0, 1 or 2 and at most a clear message: never a stack trace, never "internal error", never a hang.
// In-process through main() (fast) plus a few spawned runs of the built bin. Fixed seed; FC_RUNS=10000 (and
// FC_SEED=n) to run longer.
import fc from 'fast-check';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ACTIVES, CONCERNS, MASK_TYPES, SKIN_TYPES } from '../src/domain/vocabulary.js';
import { runBin, runInProcess, type RunResult } from './helpers.js';

const RUNS = Number(process.env.FC_RUNS) || 200;
const SEED = Number(process.env.FC_SEED) || 20261124;
const params = (runs = RUNS) => ({ numRuns: runs, seed: SEED });
/** Longer runs get longer to finish. */
const TIMEOUT = 20_000 + RUNS * 50;

const TMP = mkdtempSync(join(tmpdir(), 'glowplan-fuzz-'));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));
// Nothing a fuzzed `profile init` writes may land outside the temp folder.
const CONFIG = join(TMP, 'config');
const ENV = { XDG_CONFIG_HOME: CONFIG, HOME: join(TMP, 'home') };
mkdirSync(CONFIG);

const file = (name: string, content: string | Buffer) => {
  const path = join(TMP, name);
  writeFileSync(path, content);
  return path;
};
const GOOD_PROFILE = file('good.json', JSON.stringify({ skin: 'dry', serums: ['retinol'], masks: ['sheet'] }));
const BROKEN_PROFILE = file('broken.json', '{"skin": "dry",');
const GOOD_BATCH = file('good.jsonl', '{"id":1,"skin":"oily"}\n{"id":2,"masks":["clay"],"masksPerWeek":2}\n');
const BROKEN_BATCH = file('broken.jsonl', '{"id":1\n[]\n"x"\n{"skin":"scaly"}\n\n{"start":"2026-02-30"}\n');
const FOLDER = join(TMP, 'folder');
mkdirSync(FOLDER);
const MISSING = join(TMP, 'missing.json');

const STACK = /^\s+at .+(:\d+:\d+\)?|\(native\)|<anonymous>\)?)$/m;

/** Every run, whatever the input: a known exit code, one clear message, no stack. */
function expectClean(argv: readonly string[], r: RunResult): void {
  const shown = JSON.stringify(argv).slice(0, 300);
  expect([0, 1, 2], `exit code for ${shown}: ${r.stderr.slice(0, 300)}`).toContain(r.code);
  for (const text of [r.stdout, r.stderr]) {
    expect(text, `stack trace for ${shown}`).not.toMatch(STACK);
    expect(text, `internal error for ${shown}`).not.toContain('internal error');
    expect(text, `a message showing an object for ${shown}`).not.toContain('[object Object]');
  }
  if (r.code !== 0) {
    expect(r.stderr.trim(), `a message for exit ${r.code}, ${shown}`).not.toBe('');
    for (const line of r.stderr.trimEnd().split('\n'))
      expect(line, `every error line is glowplan's own, ${shown}`).toMatch(/^glowplan: /);
  }
}

/** main() in-process, failing (rather than hanging the suite) if it takes more than 15 seconds. */
async function run(argv: string[]): Promise<RunResult> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`hang: ${JSON.stringify(argv).slice(0, 300)}`)), 15_000);
  });
  try {
    return await Promise.race([runInProcess(argv, { env: ENV }), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

const ODD = [
  '',
  ' ',
  '-',
  '--',
  '0',
  '-0',
  '-1',
  '+3',
  '3.5',
  '1e3',
  '0x10',
  'NaN',
  'Infinity',
  '99999999999999999999999',
  '520',
  '521',
  '2026-11-30',
  '2026-02-30',
  '2028-02-29',
  '2027-02-29',
  '1970-01-01',
  '1969-12-31',
  '1900-01-01',
  '2026-11-30:party',
  '2026-11-30:',
  ':',
  '20261130',
  '30/11/2026',
  '21:30',
  '24:00',
  '7:5',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'ß',
  '🧴✨',
  'שלום',
  '\u202eevil',
  'a\nb',
  'tab\there',
  '%s%n%d',
  '${HOME}',
  '../../etc/passwd',
  '*',
  'x'.repeat(5000),
  '9'.repeat(5000),
  ...SKIN_TYPES,
  ...MASK_TYPES,
  ...ACTIVES,
  ...CONCERNS,
  'json',
  'table',
  'markdown',
  'ics',
  'retinol,aha',
  ',',
  'travel',
  'post-travel',
  'week',
  '0000-01-01',
  '9999-12-31',
  '9999-12-25',
  '2999-12-31',
];
const value = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...ODD) },
  { weight: 2, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.integer().map(String) },
  { weight: 1, arbitrary: fc.double().map(String) },
);
const COMMANDS = [
  ['compare'],
  ['scenario'],
  ['scenario', 'travel'],
  ['plan'],
  ['week'],
  ['rules'],
  ['profile'],
  ['profile', 'show'],
  ['profile', 'init'],
  ['schema'],
  ['schema', 'week'],
  ['help'],
  ['help', 'week'],
  [],
  ['bogus'],
  ['weeks'],
  ['__proto__'],
];
const VALUE_FLAGS = [
  '--format',
  '--start',
  '--weeks',
  '--date',
  '--mask',
  '--serum',
  '--skin',
  '--concern',
  '--masks-per-week',
  '--event',
  '--am-time',
  '--pm-time',
];
const BARE_FLAGS = [
  '--json',
  '--no-mask',
  '--explain',
  '--list',
  '--pregnancy-safe',
  '--no-input',
  '-i',
  '--interactive',
  '--no-color',
  '--force',
  '-h',
  '--help',
  '-V',
  '--version',
  '--',
  '---x',
  '--__proto__',
  '--constructor',
  '--weeks=3',
  '--skin=dry',
  '-x',
];
// Paths only from this list: a fuzzed value must never name a file to write (profile init --profile writes).
const PATH_FLAGS = fc.constantFrom(
  ['--profile', GOOD_PROFILE],
  ['--profile', BROKEN_PROFILE],
  ['--profile', MISSING],
  ['--profile', FOLDER],
  ['--batch', GOOD_BATCH],
  ['--batch', BROKEN_BATCH],
  ['--batch', MISSING],
  ['--batch', FOLDER],
);
const token = fc.oneof(
  { weight: 4, arbitrary: fc.tuple(fc.constantFrom(...VALUE_FLAGS), value) },
  { weight: 3, arbitrary: fc.constantFrom(...BARE_FLAGS).map((f) => [f]) },
  { weight: 1, arbitrary: PATH_FLAGS },
  { weight: 1, arbitrary: value.map((v) => [v]) },
  { weight: 1, arbitrary: fc.constantFrom(...VALUE_FLAGS).map((f) => [f]) }, // a value flag with its value missing
);
/** Anything at all: mostly rejected early (unknown command or option), which must be clean too. */
const anyCommandLine = fc
  .tuple(fc.constantFrom(...COMMANDS), fc.array(token, { maxLength: 6 }))
  .map(([cmd, tokens]) => [...cmd, ...tokens.flat()]);

// Command lines that get past the parser more often: each command's own flags, plausible values most of the time.
const dateNear = fc
  .integer({ min: -45_000, max: 45_000 }) // about 1903 to 2149
  .map((n) => new Date(Date.UTC(2026, 10, 30 + n)).toISOString().slice(0, 10));
const plausible: Record<string, fc.Arbitrary<string>> = {
  '--start': dateNear,
  '--date': dateNear,
  '--event': fc
    .tuple(dateNear, fc.option(fc.string({ maxLength: 12 }), { nil: undefined }))
    .map(([d, l]) => (l === undefined ? d : `${d}:${l}`)),
  '--weeks': fc.integer({ min: 1, max: 12 }).map(String),
  '--masks-per-week': fc.integer({ min: 0, max: 7 }).map(String),
  '--skin': fc.constantFrom(...SKIN_TYPES),
  '--mask': fc.constantFrom(...MASK_TYPES),
  '--serum': fc.subarray([...ACTIVES], { minLength: 1, maxLength: 3 }).map((a) => a.join(',')),
  '--concern': fc.constantFrom(...CONCERNS),
  '--format': fc.constantFrom('table', 'json', 'markdown', 'ics'),
  '--am-time': fc.constantFrom('07:30', '6:05', '23:59'),
  '--pm-time': fc.constantFrom('21:30', '0:00'),
};
const PROFILE = ['--skin', '--concern', '--serum', '--masks-per-week'];
const OUTPUT = ['--json', '--no-color', '--format'];
const FLAGS_OF: [string[], string[]][] = [
  [['compare'], OUTPUT],
  [['scenario'], [...OUTPUT, '--list', '--no-input']],
  [['scenario', 'big-event'], OUTPUT],
  [['rules'], OUTPUT],
  [
    ['plan'],
    [...OUTPUT, ...PROFILE, '--date', '--mask', '--no-mask', '--event', '--explain', '--no-input', '--profile'],
  ],
  [
    ['week'],
    [
      ...OUTPUT,
      ...PROFILE,
      '--start',
      '--weeks',
      '--mask',
      '--event',
      '--explain',
      '--am-time',
      '--pm-time',
      '--profile',
    ],
  ],
  [['week'], ['--batch', '--start', '--weeks', '--skin', '--json', '--explain']],
  [
    ['profile', 'show'],
    [...OUTPUT, '--profile'],
  ],
  [
    ['profile', 'init'],
    [...PROFILE, '--mask', '--force', '--json', '--no-input', '--profile'],
  ],
];
const paths: Record<string, string[]> = {
  '--profile': [GOOD_PROFILE, BROKEN_PROFILE, MISSING, FOLDER],
  '--batch': [GOOD_BATCH, BROKEN_BATCH, MISSING, FOLDER],
};
const flagWithValue = (flag: string): fc.Arbitrary<string[]> => {
  if (paths[flag]) return fc.constantFrom(...paths[flag]!).map((v) => [flag, v]);
  if (!plausible[flag]) return fc.constant([flag]);
  return fc.oneof({ weight: 4, arbitrary: plausible[flag]! }, { weight: 1, arbitrary: value }).map((v) => [flag, v]);
};
const structuredCommandLine = fc
  .constantFrom(...FLAGS_OF)
  .chain(([cmd, flags]) =>
    fc
      .array(fc.constantFrom(...flags).chain(flagWithValue), { maxLength: 6 })
      .map((tokens) => [...cmd, ...tokens.flat()]),
  );
const commandLine = fc.oneof(anyCommandLine, structuredCommandLine);

describe('random command lines, in-process', () => {
  it(
    'exit 0, 1 or 2, a clear message, no stack trace, no hang',
    async () => {
      await fc.assert(
        fc.asyncProperty(commandLine, async (argv) => expectClean(argv, await run(argv))),
        params(),
      );
    },
    TIMEOUT,
  );

  it('the odd values the issue names, for every option that takes a value', async () => {
    for (const [cmd, flags] of [
      ['week', ['--start', '--weeks', '--mask', '--serum', '--skin', '--concern', '--masks-per-week', '--event']],
      ['plan', ['--date', '--mask', '--serum', '--event', '--format']],
      ['week', ['--am-time', '--pm-time', '--format']],
    ] as const)
      for (const flag of flags)
        for (const odd of ['', '-1', '99999999999999999999999', '🧴', '__proto__', 'x'.repeat(5000), 'ß\u202e']) {
          const argv = [cmd, flag, odd, '--json'];
          const r = await run(argv);
          expectClean(argv, r);
          if (!['--concern', '--format'].includes(flag) || odd !== '') expect(r.code, JSON.stringify(argv)).toBe(2);
          expect(r.stdout, JSON.stringify(argv)).toBe('');
        }
  });
});

describe('random and broken profile files', () => {
  const anyField = fc.oneof(
    fc.constantFrom(...SKIN_TYPES, ...MASK_TYPES, ...ACTIVES, '__proto__', 'constructor', ''),
    fc.jsonValue({ maxDepth: 2 }),
  );
  const profileLike = fc.dictionary(
    fc.constantFrom(
      'skin',
      'concerns',
      'serums',
      'masks',
      'masksPerWeek',
      'pregnancySafe',
      '__proto__',
      'constructor',
      'extra',
    ),
    fc.oneof(
      anyField,
      fc.array(anyField, { maxLength: 4 }),
      fc.array(fc.record({ name: fc.string(), actives: fc.array(anyField, { maxLength: 3 }) }), { maxLength: 3 }),
      fc.array(fc.record({ name: fc.string(), type: anyField }), { maxLength: 3 }),
    ),
    { maxKeys: 6 },
  );
  const text = fc.oneof(
    profileLike.map((p) => JSON.stringify(p)),
    fc.jsonValue().map((j) => JSON.stringify(j)),
    profileLike.map((p) => JSON.stringify(p)).chain((t) => fc.nat(t.length).map((n) => t.slice(0, n))), // cut short
    profileLike.map((p) => `\uFEFF${JSON.stringify(p)}`),
    fc.string({ unit: 'binary', maxLength: 200 }),
    fc.constantFrom('', ' ', 'null', '[]', '{}', '{"skin":"dry"}{}', '['.repeat(100_000), '{"a":'.repeat(50_000)),
  );
  let n = 0;
  it(
    'a clear error naming the file, or a plan; never a crash',
    async () => {
      await fc.assert(
        fc.asyncProperty(text, fc.constantFrom('week', 'plan', 'profile show'), async (content, cmd) => {
          const path = file(`profile-${n++}.json`, content);
          const argv = [...cmd.split(' '), '--profile', path, '--json'];
          const r = await run(argv);
          expectClean(argv, r);
          expect([0, 2]).toContain(r.code);
          if (r.code === 0) expect(() => JSON.parse(r.stdout)).not.toThrow();
          else {
            expect(r.stdout).toBe('');
            expect(r.stderr).toContain(path);
          }
        }),
        params(Math.ceil(RUNS / 2)),
      );
    },
    TIMEOUT,
  );
  it('a binary file, and a very large one', async () => {
    for (const content of [Buffer.from([0xff, 0xfe, 0, 1, 2, 0x80]), `{"skin":"${'x'.repeat(2_000_000)}"}`]) {
      const path = file(`profile-${n++}.json`, content);
      const r = await run(['week', '--profile', path]);
      expectClean(['week', '--profile', path], r);
      expect(r.code).toBe(2);
      expect(r.stderr.length).toBeLessThan(2000);
    }
  });
});

describe('random and broken batch lines', () => {
  const line = fc.oneof(
    fc
      .record(
        {
          id: fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.jsonValue({ maxDepth: 1 })),
          skin: fc.oneof(fc.constantFrom(...SKIN_TYPES), fc.string()),
          serums: fc.array(fc.oneof(fc.constantFrom(...ACTIVES), fc.string()), { maxLength: 4 }),
          masks: fc.array(fc.oneof(fc.constantFrom(...MASK_TYPES), fc.jsonValue({ maxDepth: 1 })), { maxLength: 3 }),
          masksPerWeek: fc.oneof(fc.integer({ min: -2, max: 9 }), fc.double(), fc.string()),
          start: fc.oneof(fc.constantFrom('2026-11-30', '2026-02-30', '2028-02-29', ''), fc.string()),
          weeks: fc.oneof(fc.integer({ min: -1, max: 600 }), fc.string()),
          events: fc.jsonValue({ maxDepth: 2 }),
          __proto__: fc.jsonValue({ maxDepth: 1 }),
          unknown: fc.jsonValue({ maxDepth: 1 }),
        },
        { requiredKeys: [] },
      )
      .map((o) => JSON.stringify(o)),
    fc.jsonValue({ maxDepth: 2 }).map((j) => JSON.stringify(j)),
    fc.string({ unit: 'binary', maxLength: 80 }).map((s) => s.replace(/\n/g, ' ')),
    fc.constantFrom('', '\r', '{', '}', 'null', '{"id":1,"skin":"dry"}\r'),
  );
  let n = 0;
  it(
    'one record per non-blank line, each complete JSON; exit 0 or 1 (some lines failed)',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(line, { maxLength: 12 }), async (lines) => {
          const path = file(`batch-${n++}.jsonl`, lines.join('\n'));
          const argv = ['week', '--batch', path];
          const r = await run(argv);
          expectClean(argv, r);
          expect([0, 1]).toContain(r.code);
          const records = r.stdout.split('\n').filter(Boolean);
          const expected = lines
            .join('\n')
            .split('\n')
            .filter((t) => t.replace(/\r$/, '').trim() !== '');
          expect(records.length).toBe(expected.length);
          for (const record of records) expect(() => JSON.parse(record)).not.toThrow();
          expect(r.code === 1).toBe(records.some((rec) => JSON.parse(rec).error));
        }),
        params(Math.ceil(RUNS / 2)),
      );
    },
    TIMEOUT,
  );
});

describe('random command lines, spawned (the built bin)', () => {
  it('a handful of nasty ones: exit 0, 1 or 2, no stack trace', () => {
    const lines = [
      ['week', '--weeks', '520', '--json', '--explain'],
      ['week', '--start', 'x'.repeat(5000)],
      ['plan', '--serum', '__proto__'],
      ['scenario', '🧴'],
      ['schema', 'constructor'],
      ['week', '--masks-per-week', '-1'],
      ['--__proto__'],
      ['profile', 'show', '--profile', BROKEN_PROFILE],
      ['week', '--batch', BROKEN_BATCH],
      ['week', '--format', 'ics', '--event', '2028-02-29:leap day \u202e'],
    ];
    const sample = fc.sample(
      commandLine.filter((argv) => argv.every((a) => !a.includes('\u0000'))),
      { numRuns: 6, seed: SEED },
    );
    for (const argv of [...lines, ...sample]) {
      const r = runBin(argv, { env: { ...ENV, NO_COLOR: '1' } });
      expect(r.code, `timed out or killed: ${JSON.stringify(argv).slice(0, 200)}`).not.toBe(-1);
      expectClean(argv, r);
    }
  });
});
