// The journal's schemas: what `log` writes and prints, and what `history --json` prints, validate; broken
// records do not; the schema and the code agree on the vocabularies.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, describe, expect, it } from 'vitest';
import { SKIN_STATES } from '../src/domain/vocabulary.js';
import { DAY_STATUSES } from '../src/journal/history.js';
import { RECORD_FIELDS, ROUTINE_STATES } from '../src/journal/record.js';
import { ROOT, runInProcess } from './helpers.js';

const load = (name: string) => JSON.parse(readFileSync(join(ROOT, 'schemas', `${name}.schema.json`), 'utf8'));
const ajv = new Ajv2020({ strict: true, strictRequired: false, allowUnionTypes: true, allErrors: true });
const journal = ajv.compile(load('journal'));
const log = ajv.compile(load('log'));
const history = ajv.compile(load('history'));
const valid = (validate: typeof journal, doc: unknown) => {
  const ok = validate(doc);
  expect(ok ? [] : validate.errors).toEqual([]);
};

const dir = mkdtempSync(join(tmpdir(), 'glowplan-journal-schemas-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('journal schemas', () => {
  it('list the code vocabularies and fields', () => {
    const schema = load('journal');
    expect(schema.$defs.skinState.enum).toEqual([...SKIN_STATES]);
    expect(schema.$defs.routineState.enum).toEqual([...ROUTINE_STATES]);
    expect(Object.keys(schema.$defs.journalRecord.properties)).toEqual([...RECORD_FIELDS]);
    expect(load('history').$defs.dayStatus.enum).toEqual([...DAY_STATUSES]);
  });

  it('what log writes and prints validates; so does history --json over it', async () => {
    const path = join(dir, 'j.jsonl');
    const runs = [
      ['log', '--date', '2026-11-20', '--skin', 'red', '--note', 'a\u0007b'],
      ['log', '--date', '2026-11-20', '--pm', 'skipped'],
      ['log', '--date', '2026-11-21', '--am', 'skipped', '--skin', 'dry', '--skin', 'breakout'],
      ['log', '--date', '2026-11-20', '--clear'],
      ['log', '--date', '2026-11-19', '--clear'],
    ];
    for (const argv of runs) {
      const r = await runInProcess([...argv, '--json', '--journal', path], { today: '2026-11-24' });
      expect(r.code, r.stderr).toBe(0);
      valid(log, JSON.parse(r.stdout));
    }
    const written = readFileSync(path, 'utf8').trim().split('\n');
    expect(written).toHaveLength(4);
    for (const line of written) valid(journal, JSON.parse(line));
    for (const args of [[], ['--weeks', '1'], ['--from', '2026-11-01', '--to', '2026-12-31']]) {
      const r = await runInProcess(['history', '--json', '--journal', path, ...args], { today: '2026-11-24' });
      valid(history, JSON.parse(r.stdout));
    }
  });

  it.each([
    [{ schemaVersion: 1, date: '2026-11-20' }],
    [{ schemaVersion: 1, date: '2026-11-20', loggedAt: '2026-11-20T10:00:00Z', am: 'yes' }],
    [{ schemaVersion: 1, date: '2026-11-20', loggedAt: '2026-11-20T10:00:00Z', clear: true, am: 'done' }],
    [{ schemaVersion: 1, date: '2026-11-20', loggedAt: '2026-11-20T10:00:00Z', skin: ['itchy'] }],
    [{ schemaVersion: 1, date: '2026-11-20', loggedAt: '2026-11-20T10:00:00Z', note: 'x'.repeat(501) }],
    [{ schemaVersion: 1, date: '2026-11-20', loggedAt: '2026-11-20T10:00:00Z', extra: 1 }],
  ])('a broken record does not validate: %j', (doc) => expect(journal(doc)).toBe(false));
});
