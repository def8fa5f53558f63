// The planner with another list of rules: each rule can be left out (nothing is said in its name, nothing breaks),
// and a rule added to the list is heard.
import { describe, expect, it } from 'vitest';
import { planRange } from '../../src/rules/planner.js';
import { RULES } from '../../src/rules/safety/index.js';
import type { SafetyRule } from '../../src/rules/safety/rule.js';
import type { PlanOptions } from '../../src/rules/types.js';
import { data, profileOf, withDates } from './helpers.js';

// A shelf that calls on every kind of rule: a new retinol and a new acid (patch test, ramps), a mask and a serum past their
// use-by date and one not started yet, an event, a red day (rest nights) and a dry day.
const shelf = withDates(
  { serums: ['retinol', 'aha', 'hyaluronic-acid', 'niacinamide'], masks: ['clay', 'sheet', 'gel'], masksPerWeek: 3 },
  {
    retinol: { started: '2026-11-23' },
    aha: { started: '2026-12-21', patchTested: true },
    sheet: { expires: '2026-12-20' },
    niacinamide: { expires: '2026-12-27' },
    gel: { started: '2027-01-04' },
  },
);
const options: PlanOptions = {
  events: [{ date: '2026-12-19', label: 'party' }],
  journal: [
    { date: '2026-12-10', skin: ['red'] },
    { date: '2026-12-15', skin: ['dry'] },
  ],
};
const planWith = (rules: readonly SafetyRule[], profile = shelf) =>
  planRange(profile, '2026-11-30', 49, options, data, rules);

describe('each rule left out of the list', () => {
  it.each(RULES.map((r) => [r.id, r] as const))(
    'without %s: seven weeks planned, nothing said in its name',
    (id, r) => {
      const plan = planWith(RULES.filter((x) => x !== r));
      expect(plan.days).toHaveLength(49);
      expect(plan.warnings.filter((w) => w.rule === id)).toEqual([]);
      expect(plan.explanations.filter((e) => e.rule === id)).toEqual([]);
    },
  );

  it('the whole list cites the rules this shelf calls on', () => {
    const plan = planWith(RULES);
    const cited = new Set([...plan.warnings, ...plan.explanations].map((x) => x.rule));
    for (const id of [
      'recovery-nights',
      'patch-test',
      'past-use-by',
      'event-eve-mask',
      'mask-spacing',
      'irritation-rest',
    ])
      expect(cited, id).toContain(id);
  });

  it('with no strong active on the shelf, the evenings are serum nights, with or without the recovery rule', () => {
    const plain = profileOf({ serums: ['hyaluronic-acid'], masks: [], masksPerWeek: 0 });
    for (const rules of [RULES, RULES.filter((r) => r.id !== 'recovery-nights')])
      expect(new Set(planWith(rules, plain).days.map((d) => d.night))).toEqual(new Set(['serum night']));
  });
});

describe('a rule added to the list', () => {
  const rule = (fields: Partial<SafetyRule> & { id: string }): SafetyRule => ({
    severity: 'tip',
    message: 'A rule of this test.',
    source: 'article',
    ...fields,
  });

  it('one that rules out a sheet mask before an event: the eve takes another mask', () => {
    const profile = profileOf({ serums: ['hyaluronic-acid'], masks: ['sheet', 'gel'], masksPerWeek: 2 });
    const eve = (rules: readonly SafetyRule[]) =>
      planRange(profile, '2026-12-14', 7, { events: [{ date: '2026-12-16', label: null }] }, data, rules).days.find(
        (d) => d.date === '2026-12-15',
      )!.mask;
    expect(eve(RULES)).toMatchObject({ type: 'sheet', event: { date: '2026-12-16' } });
    const noSheet = rule({ id: 'no-sheet-before-events', eventMask: (type) => type !== 'sheet' });
    expect(eve([...RULES, noSheet])).toMatchObject({ type: 'gel', event: { date: '2026-12-16' } });
  });

  it('one whose findings are dated: said when a date falls in the range planned', () => {
    const dated = rule({
      id: 'dated',
      check: () => [
        { rule: 'dated', message: 'Before.', dates: ['2026-12-13'] },
        { rule: 'dated', message: 'First day.', dates: ['2026-12-14'] },
        { rule: 'dated', message: 'Last day.', dates: ['2026-12-20'] },
        { rule: 'dated', message: 'After.', dates: ['2026-12-21'] },
        { rule: 'dated', message: 'Across.', dates: ['2026-12-10', '2026-12-16', '2026-12-24'] },
        { rule: 'dated', message: 'Undated.' },
      ],
    });
    const plan = planRange(profileOf({}), '2026-12-14', 7, { events: [] }, data, [...RULES, dated]);
    expect(plan.warnings.filter((w) => w.rule === 'dated').map((w) => w.message)).toEqual([
      'First day.',
      'Last day.',
      'Across.',
      'Undated.',
    ]);
  });

  it('findings become one warning per rule and message: a repeat is said once, the same words from two rules twice', () => {
    const say = (id: string, message: string) => ({ rule: id, message });
    const first = rule({
      id: 'first',
      check: () => [say('first', 'Same.'), say('first', 'Same.'), say('first', 'Other.')],
    });
    const second = rule({ id: 'second', check: () => [say('second', 'Same.')] });
    const plan = planRange(profileOf({}), '2026-12-14', 7, { events: [] }, data, [...RULES, first, second]);
    expect(
      plan.warnings.filter((w) => w.rule === 'first' || w.rule === 'second').map((w) => [w.rule, w.message]),
    ).toEqual([
      ['first', 'Same.'],
      ['first', 'Other.'],
      ['second', 'Same.'],
    ]);
  });

  it('one whose finding names a rule not in the list is a mistake, caught', () => {
    const stray = rule({ id: 'stray', check: () => [{ rule: 'no-such-rule', message: 'Something.' }] });
    expect(() => planRange(profileOf({}), '2026-12-14', 7, { events: [] }, data, [...RULES, stray])).toThrow(
      'unknown rule no-such-rule',
    );
  });
});
