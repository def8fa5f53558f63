// data/ is validated once at load; broken data names the file and the field.
/* eslint-disable @typescript-eslint/no-explicit-any -- tests mutate raw JSON documents */
import { describe, expect, it } from 'vitest';
import { buildData, DataError, RAW_DATA } from '../src/domain/data.js';

const broken = (file: string, mutate: (doc: Record<string, any>) => void) => {
  const raw = structuredClone(RAW_DATA);
  mutate(raw[file] as Record<string, any>);
  return () => buildData(raw);
};

describe('data loader', () => {
  it('loads the shipped data', () => {
    const d = buildData(RAW_DATA);
    expect(d.maskTypes.length).toBe(5);
    expect(d.scenarios.length).toBe(6);
  });
  const cases: [string, string, (doc: Record<string, any>) => void, RegExp][] = [
    [
      'mask-types.json',
      'bad application',
      (d) => (d.maskTypes[1].application = 'sprayed'),
      /data\/mask-types\.json: maskTypes\.1\.application must be one of/,
    ],
    ['scenarios.json', 'missing why', (d) => delete d.scenarios[2].why, /data\/scenarios\.json: scenarios\.2\.why/],
    [
      'serum-actives.json',
      'unknown source',
      (d) => (d.actives[0].source = 'nowhere'),
      /serum-actives\.json: actives\.0\.source names an unknown source "nowhere"/,
    ],
    [
      'scenarios.json',
      'a scenario missing',
      (d) => d.scenarios.pop(),
      /scenarios\.json: scenarios lacks the id "fine-lines"/,
    ],
    [
      'comparison.json',
      'duplicate id',
      (d) => (d.rows[1].id = 'usage-frequency'),
      /comparison\.json: rows\.1\.id repeats/,
    ],
    [
      'sources.json',
      'a source without a URL',
      (d) => delete d.sources[3].url,
      /data\/sources\.json: sources\.3\.url must be the public address/,
    ],
    [
      'sources.json',
      'a URL that is not one',
      (d) => (d.sources[0].url = 'the article'),
      /sources\.0\.url must be a URL/,
    ],
    [
      'sources.json',
      'a plain-http URL',
      (d) => (d.sources[1].url = 'http://example.org/page'),
      /sources\.1\.url must be an https:\/\/ address/,
    ],
  ];
  it.each(cases)('%s: %s', (file, _what, mutate, message) => {
    expect(broken(file, mutate)).toThrow(DataError);
    expect(broken(file, mutate)).toThrow(message);
  });
  it('every record of the article cites a source', () => {
    const d = buildData(RAW_DATA);
    const records = [
      ...d.comparison.rows,
      ...d.maskTypes,
      ...d.actives,
      ...d.scenarios,
      ...d.routines.routineOptions,
      ...d.advice.tips,
      ...d.advice.faq,
    ];
    for (const r of records) expect(d.sources.map((s) => s.id)).toContain(r.source);
  });
  it('every source is a public https address and none cites private notes', () => {
    const d = buildData(RAW_DATA);
    for (const s of d.sources) {
      expect(s.url, s.id).toMatch(/^https:\/\/[a-z0-9.-]+\.[a-z]{2,}\//);
      expect(s.citation, s.id).not.toMatch(/research notes|clarification|issue \d/i);
    }
    expect(new Set(d.sources.map((s) => s.id)).size).toBe(d.sources.length);
  });
  it('an unknown source id is an error, not a silent fallback', () => {
    expect(() => buildData(RAW_DATA).source('nowhere')).toThrow(/no source "nowhere"/);
  });
});
