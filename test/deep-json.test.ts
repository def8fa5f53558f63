// Deeply nested JSON (a ~200 KB `[[[…]]]`) is bad input, never an internal error: a profile file exits 2 naming
// the file; a batch line becomes an error record with its code, valid against the published batch schema.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_JSON_DEPTH, tooDeep } from '../src/lib/json-depth.js';
import { ROOT, runInProcess } from './helpers.js';

const TMP = mkdtempSync(join(tmpdir(), 'glowplan-deep-'));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

const nested = (depth: number, open = '[', close = ']') => `${open.repeat(depth)}${close.repeat(depth)}`;
const DEEP = nested(100_000);

describe('tooDeep', () => {
  it.each([
    ['flat object', '{"skin":"oily"}', false],
    ['exactly the limit', nested(MAX_JSON_DEPTH), false],
    ['one more than the limit', nested(MAX_JSON_DEPTH + 1), true],
    ['objects count too', `${'{"a":'.repeat(MAX_JSON_DEPTH + 1)}1${'}'.repeat(MAX_JSON_DEPTH + 1)}`, true],
    ['brackets inside strings do not count', JSON.stringify({ name: '['.repeat(500) }), false],
    ['an escaped quote keeps the string open', JSON.stringify({ name: `\\"${'['.repeat(500)}` }), false],
    ['siblings do not add up', `[${Array(200).fill('[1]').join(',')}]`, false],
    ['as many openers as the limit, all nested', `{"a":${nested(MAX_JSON_DEPTH - 1)}}`, false],
    ['one opener more, all nested', `{"a":${nested(MAX_JSON_DEPTH)}}`, true],
    [
      'many openers in strings, the rest nested past the limit',
      `[${JSON.stringify('{'.repeat(80))},${nested(MAX_JSON_DEPTH)}]`,
      true,
    ],
  ])('%s', (_name, text, deep) => {
    expect(tooDeep(text)).toBe(deep);
  });
});

describe('deeply nested JSON', () => {
  it('--profile on it: exit 2, one line naming the file, nothing on stdout', async () => {
    const file = join(TMP, 'deep.json');
    writeFileSync(file, DEEP);
    for (const command of ['week', 'plan']) {
      const r = await runInProcess([command, '--profile', file]);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toContain(file);
      expect(r.stderr).toMatch(/nested more than 64 levels/);
    }
  });

  it('a batch line like it: an error record with code too-deep that passes the batch schema; the next line is planned', async () => {
    const file = join(TMP, 'deep.jsonl');
    writeFileSync(file, `${DEEP}\n{"id":"ok","skin":"oily"}\n{"id":"x","skin":${nested(5000, '{"a":', '}')}}\n`);
    const r = await runInProcess(['week', '--batch', file, '--start', '2026-11-30']);
    expect(r.code).toBe(1);
    const records = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(records.map((x) => [x.line, (x.error as { code?: string } | undefined)?.code ?? 'ok'])).toEqual([
      [1, 'too-deep'],
      [2, 'ok'],
      [3, 'too-deep'],
    ]);
    const ajv = new Ajv2020({ strict: true, strictRequired: false, allowUnionTypes: true });
    const validate = ajv.compile(JSON.parse(readFileSync(join(ROOT, 'schemas/batch.schema.json'), 'utf8')) as object);
    for (const record of records) expect(validate(record), JSON.stringify(validate.errors)).toBe(true);
  });
});
