// A batch record's document is written by compactMembers, which writes a week day by day and each shared step list
// once: for any plan it must be exactly what JSON.stringify writes for the same document.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ACTIVES, CYCLES, MASK_TYPES, SKIN_STATES, SKIN_TYPES } from '../src/domain/vocabulary.js';
import { compactMembers, DAY_MEMBERS, WARNING_MEMBERS } from '../src/render/json-lines.js';
import { toJson } from '../src/render/json.js';
import type { Result } from '../src/results/types.js';

/** The whole one-line document. */
const compactJson = (result: Result) => `{${compactMembers(result)}`;
import { planResult, weekResult } from '../src/results/plan.js';
import type { Profile } from '../src/rules/types.js';
import { data, profileOf } from './helpers.js';

const DAY = 86_400_000;
const isoPlus = (iso: string, n: number) => new Date(Date.parse(iso) + n * DAY).toISOString().slice(0, 10);
/** Names with what JSON must escape: quotes, backslashes, control characters, lone surrogates. */
const name = fc.option(fc.constantFrom('Night "repair"', 'C:\\shelf', 'tab\there', 'bell\u0007', 'half \ud800', 'é'), {
  nil: undefined,
});

const caseArb = fc.record({
  skin: fc.constantFrom(...SKIN_TYPES),
  serums: fc.subarray([...ACTIVES]),
  masks: fc.subarray([...MASK_TYPES]),
  masksPerWeek: fc.integer({ min: 0, max: 7 }),
  pregnancySafe: fc.boolean(),
  cycle: fc.constantFrom(...CYCLES),
  start: fc.integer({ min: -20_000, max: 40_000 }).map((n) => isoPlus('1970-01-01', n)),
  weeks: fc.integer({ min: 1, max: 4 }),
  started: fc.option(fc.integer({ min: -30, max: 20 }), { nil: undefined }),
  names: fc.array(name, { minLength: 12, maxLength: 12 }),
  events: fc.array(fc.record({ offset: fc.integer({ min: -2, max: 30 }), label: fc.option(fc.string()) }), {
    maxLength: 3,
  }),
  journal: fc.uniqueArray(
    fc.record({ offset: fc.integer({ min: -10, max: 20 }), skin: fc.subarray([...SKIN_STATES], { maxLength: 2 }) }),
    { selector: (j) => j.offset, maxLength: 3 },
  ),
  explain: fc.boolean(),
});
type Case = typeof caseArb extends fc.Arbitrary<infer T> ? T : never;

function profile(c: Case): Profile {
  const p = profileOf({ skin: c.skin, serums: c.serums, masks: c.masks, masksPerWeek: c.masksPerWeek });
  const named = <T extends object>(list: T[], first: number) =>
    list.map((x, i) => (c.names[first + i] === undefined ? x : { ...x, name: c.names[first + i] }));
  const serums = named(p.serums, 0);
  if (c.started !== undefined && serums[0]) serums[0] = { ...serums[0], started: isoPlus(c.start, c.started) };
  return { ...p, pregnancySafe: c.pregnancySafe, cycle: c.cycle, serums, masks: named(p.masks, 6) };
}
const inputs = (c: Case) => ({
  events: c.events.map((e) => ({ date: isoPlus(c.start, e.offset), label: e.label })),
  journal: c.journal.map((j) => ({ date: isoPlus(c.start, j.offset), skin: j.skin })),
});

describe('compactMembers', () => {
  it('writes a week exactly as JSON.stringify writes its document', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const result = weekResult(profile(c), c.start, c.weeks, inputs(c), c.explain, data);
        expect(compactJson(result)).toBe(JSON.stringify(toJson(result)));
      }),
      { numRuns: 300, seed: 20261203 },
    );
  });

  it('writes a plan for one date exactly as JSON.stringify writes its document', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const result = planResult(profile(c), c.start, undefined, inputs(c), c.explain, data);
        expect(compactJson(result)).toBe(JSON.stringify(toJson(result)));
      }),
      { numRuns: 100, seed: 20261203 },
    );
  });

  it("lists every member of a planned day, in the planner's order", () => {
    const week = weekResult(
      profileOf({ serums: ['retinol'], masks: ['clay'] }),
      '2026-11-30',
      1,
      { events: [] },
      false,
      data,
    );
    for (const day of week.payload.days) expect(Object.keys(day)).toEqual(DAY_MEMBERS);
  });

  it('writes a list shared by several days in full at each of them', () => {
    const week = weekResult(
      profileOf({ serums: ['niacinamide'], masks: [] }),
      '2026-11-30',
      1,
      { events: [] },
      false,
      data,
    );
    const days = week.payload.days;
    expect(days[1]!.am).toBe(days[0]!.am);
    const parsed = JSON.parse(compactJson(week)) as { days: { am: unknown[] }[] };
    for (const day of parsed.days) expect(day.am).toEqual(days[0]!.am);
  });

  it('leaves out a member whose value is undefined, as JSON.stringify does', () => {
    const week = weekResult(profileOf({}), '2026-11-30', 1, { events: [] }, false, data);
    const odd = { ...week, payload: { ...week.payload, notes: undefined } };
    expect(compactJson(odd)).toBe(JSON.stringify(toJson(odd)));
    expect(JSON.parse(compactJson(odd))).not.toHaveProperty('notes');
  });

  it("lists every member of a warning, in the planner's order, and shares one frozen source object per source", () => {
    const profile = profileOf({ serums: ['retinol', 'aha'], masks: ['clay'], masksPerWeek: 6 });
    const a = weekResult(profile, '2026-11-30', 1, { events: [] }, false, data).payload.warnings;
    const b = weekResult(profile, '2026-12-07', 1, { events: [] }, false, data).payload.warnings;
    expect(a.length).toBeGreaterThan(1);
    for (const w of a) expect(Object.keys(w)).toEqual(WARNING_MEMBERS);
    expect(b[0]!.source).toBe(a[0]!.source);
    expect(Object.isFrozen(a[0]!.source)).toBe(true);
  });

  it('writes a source that is not shared as it is at each call', () => {
    const week = weekResult(profileOf({ serums: ['retinol'] }), '2026-11-30', 1, { events: [] }, false, data);
    const source = { title: 'First title', url: 'https://example.org/a' };
    const odd = { ...week, payload: { ...week.payload, warnings: [{ ...week.payload.warnings[0]!, source }] } };
    expect(compactJson(odd)).toContain('"First title"');
    source.title = 'Second title';
    expect(compactJson(odd)).toBe(JSON.stringify(toJson(odd)));
    expect(compactJson(odd)).toContain('"Second title"');
  });
});
