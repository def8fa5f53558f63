// A serum the whole plan never uses is named, with the rule that kept it out and what would make room for it; and
// recovery nights no longer take the one evening an acid may have.
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/rules/safety/index.js';
import type { Unused } from '../../src/rules/safety/index.js';
import { has, nightsWith, plan, profileOf } from './helpers.js';
import { data } from '../helpers.js';
import { SUGGESTED_SERUM } from '../../src/rules/routine.js';

const rule = RULES.find((r) => r.id === 'unused-serum')!;
const ctx = { profile: profileOf({}), data };
const say = (serum: Partial<Unused>) =>
  rule.unused!({ name: 'AHA serum', evenings: 7, because: undefined, takenBy: undefined, ...serum }, ctx);
const CLAY = { rule: 'acid-not-on-clay-night', message: 'No acid near clay: too much.', nights: 4 };

describe('the unused-serum rule', () => {
  it.each([
    ['6 evenings: shorter than a week, nothing said', { evenings: 6 }, undefined],
    [
      '7 evenings, no rule says why',
      { evenings: 7 },
      'AHA serum is not used on any of the 7 evenings it could go on: fewer strong actives on the shelf (retinoids, acids, benzoyl peroxide) would give it evenings of its own.',
    ],
    [
      'a mask night in the way',
      { evenings: 28, because: { ...CLAY, cause: 'mask' as const } },
      'AHA serum is not used on any of the 28 evenings it could go on: on 4 of them, no acid near clay: too much (acid-not-on-clay-night); fewer mask nights a week (--masks-per-week) or fewer clay masks would give it evenings.',
    ],
    [
      'a rest',
      { because: { rule: 'irritation-rest', message: 'Rest.', nights: 3, cause: 'rest' as const } },
      'AHA serum is not used on any of the 7 evenings it could go on: on 3 of them, rest (irritation-rest); it comes back once the rest is over.',
    ],
    [
      'a message with a period inside: only the closing one goes',
      {
        because: {
          rule: 'retinoid-cap',
          message: 'Retinol 0.3% at most, 3 nights.',
          nights: 2,
          cause: 'other' as const,
        },
      },
      'AHA serum is not used on any of the 7 evenings it could go on: on 2 of them, retinol 0.3% at most, 3 nights (retinoid-cap); fewer strong actives on the shelf (retinoids, acids, benzoyl peroxide) would give it evenings of its own.',
    ],
    [
      'a retinoid whose nights another retinoid takes: that said, whatever else kept it out',
      { name: 'Night Renew', takenBy: 'Retinol serum', because: { ...CLAY, cause: 'mask' as const } },
      'Night Renew is not used on any of the 7 evenings it could go on: Retinol serum, also a retinoid, takes the retinoid nights (one retinoid an evening); one retinoid on the shelf at a time is enough.',
    ],
    [
      'other actives',
      { because: { rule: 'one-acid-a-night', message: 'One acid a night', nights: 1, cause: 'other' as const } },
      'AHA serum is not used on any of the 7 evenings it could go on: on 1 of them, one acid a night (one-acid-a-night); fewer strong actives on the shelf (retinoids, acids, benzoyl peroxide) would give it evenings of its own.',
    ],
  ])('%s', (_, serum, message) => {
    const found = say(serum);
    if (message === undefined) expect(found).toBeUndefined();
    else
      expect(found).toEqual({
        rule: 'unused-serum',
        message,
        item: (serum as Partial<Unused>).name ?? 'AHA serum',
        action: 'left-out',
      });
  });
});

describe('acids on a crowded shelf', () => {
  // The shelf of `glowplan week --serum aha,bha,retinol,benzoyl-peroxide,vitamin-c --skin oily --mask clay,sheet
  // --masks-per-week 4`: clay on Monday and Friday takes every evening but Wednesday from the acids.
  const crowded = profileOf({
    skin: 'oily',
    serums: ['aha', 'bha', 'retinol', 'benzoyl-peroxide', 'vitamin-c'],
    masks: ['clay', 'sheet'],
    masksPerWeek: 4,
  });

  it('4 weeks: an exfoliation night every week, AHA and BHA in turn, and still 2 recovery nights a week', () => {
    const r = plan(crowded, '2026-11-30', 28);
    expect(nightsWith(r.days, 'aha')).toEqual(['2026-12-09', '2026-12-23']);
    expect(nightsWith(r.days, 'bha')).toEqual(['2026-12-02', '2026-12-16']);
    for (let w = 0; w < 4; w++) {
      const week = r.days.slice(7 * w, 7 * w + 7);
      expect(week.filter((d) => d.night === 'recovery night').length, week[0]!.date).toBe(2);
      expect(week.filter((d) => d.mask).length).toBe(4);
    }
    expect(r.warnings.filter((w) => w.rule === 'unused-serum')).toEqual([]);
  });

  it("1 week: the acid whose turn is next week is not named (the acids take turns on the week's acid night)", () => {
    const r = plan(crowded, '2026-11-30', 7);
    const acids = (from: string, days: number) =>
      plan(crowded, from, days)
        .days.flatMap((d) => d.pm)
        .filter((s) => s.kind === 'serum' && /AHA|BHA/.test(s.name))
        .map((s) => (s as { name: string }).name);
    expect(acids('2026-11-30', 7)).toEqual(['BHA (salicylic acid) serum']);
    expect(acids('2026-12-07', 7)).toEqual(['AHA (glycolic, lactic acid) serum']);
    expect(r.warnings.filter((w) => w.rule === 'unused-serum')).toEqual([]);
    expect(r.explanations.filter((e) => e.rule === 'unused-serum')).toEqual([]);
  });

  it('a serum counts as used when a routine holds a serum of its name: two of one name, or the suggested one', () => {
    // (The second has another active too: a profile keeps one of two products alike in name and actives.)
    const unused = (second: string) =>
      plan(
        profileOf({
          serums: [
            { name: 'Retinol A', actives: ['retinol'] },
            { name: second, actives: ['retinol', 'peptides'] },
          ],
          masks: [],
          masksPerWeek: 0,
        }),
        '2026-11-30',
        7,
      )
        .warnings.filter((w) => w.rule === 'unused-serum')
        .map((w) => w.message.split(':')[0]);
    expect(unused('Night Renew')).toEqual(['Night Renew is not used on any of the 7 evenings it could go on']);
    expect(unused('Retinol A')).toEqual([]);
    // No serum for the morning: it holds the suggested serum, whose name this one has.
    expect(unused(SUGGESTED_SERUM.name)).toEqual([]);
  });

  it('a one-day plan says nothing of serums that are not on tonight', () => {
    expect(plan(crowded, '2026-11-30', 1).warnings.filter((w) => w.rule === 'unused-serum')).toEqual([]);
  });

  it('no acid on the shelf: recovery nights stay on the mask nights', () => {
    const r = plan(
      profileOf({ skin: 'oily', serums: ['retinol', 'vitamin-c'], masks: ['clay', 'sheet'], masksPerWeek: 4 }),
      '2026-11-30',
      7,
    );
    expect(r.days.filter((d) => d.night === 'recovery night').map((d) => d.date)).toEqual(['2026-12-02', '2026-12-06']);
  });
});

describe('serums the plan never uses', () => {
  it('benzoyl peroxide in the evening beside a retinol every other night: named, with the rule that kept it out', () => {
    const r = plan(
      profileOf({ serums: ['retinol', 'vitamin-c', 'benzoyl-peroxide'], masks: [], masksPerWeek: 0 }),
      '2026-11-30',
      7,
    );
    expect(r.days.some((d) => has(d.pm, 'benzoyl-peroxide'))).toBe(false);
    expect(r.warnings.find((w) => w.rule === 'unused-serum')?.message).toBe(
      'Benzoyl peroxide serum is not used on any of the 7 evenings it could go on: on 5 of them, benzoyl peroxide and retinol never in the same routine: benzoyl peroxide breaks retinol down (usually benzoyl peroxide in the morning, retinol at night) (benzoyl-peroxide-apart-from-retinoid); fewer strong actives on the shelf (retinoids, acids, benzoyl peroxide) would give it evenings of its own.',
    );
  });

  it('an acid kept out by a rest after red skin: it comes back once the rest is over', () => {
    const dry = profileOf({ skin: 'dry', serums: ['aha'], masks: [], masksPerWeek: 0 });
    const night = nightsWith(plan(dry, '2026-11-30', 7).days, 'aha')[0]!;
    const before = new Date(Date.parse(`${night}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    const r = plan(dry, '2026-11-30', 7, { journal: [{ date: before, skin: ['red'] }] });
    expect(nightsWith(r.days, 'aha')).toEqual([]);
    expect(r.warnings.find((w) => w.rule === 'unused-serum')?.message).toMatch(
      /^AHA \(glycolic, lactic acid\) serum is not used on any of the \d evenings it could go on: on 3 of them, .*\(irritation-rest\); it comes back once the rest is over\.$/,
    );
  });

  it("a range that cuts a calendar week: an acid whose week's acid night falls on a day not shown is not named", () => {
    const shelf = profileOf({
      skin: 'dry',
      serums: ['vitamin-c', 'retinol', 'aha', 'ceramides'],
      masks: ['sheet', 'clay', 'gel', 'sleeping'],
      masksPerWeek: 1,
    });
    // The week from Monday 1995-01-02 has its acid night on the Monday; from Tuesday on, 7 days show none.
    expect(nightsWith(plan(shelf, '1995-01-02', 7).days, 'aha')).toEqual(['1995-01-02']);
    const cut = plan(shelf, '1995-01-03', 7);
    expect(nightsWith(cut.days, 'aha')).toEqual([]);
    expect(cut.warnings.filter((w) => w.rule === 'unused-serum')).toEqual([]);
  });

  it('two retinoids: the second on the shelf is named, the first taking every retinoid night', () => {
    const shelf = profileOf({
      skin: 'normal',
      serums: ['retinol', { name: 'Night Renew', actives: ['retinol'] }, 'niacinamide'],
      masks: [],
      masksPerWeek: 0,
    });
    const r = plan(shelf, '2026-11-30', 7);
    expect(r.days.some((d) => d.pm.some((s) => s.kind === 'serum' && s.name === 'Night Renew'))).toBe(false);
    expect(r.warnings.filter((w) => w.rule === 'unused-serum').map((w) => w.message)).toEqual([
      'Night Renew is not used on any of the 7 evenings it could go on: Retinol serum, also a retinoid, takes the retinoid nights (one retinoid an evening); one retinoid on the shelf at a time is enough.',
    ]);
  });

  it("two retinoids that rest all week: each named with the rest, neither said to take the other's nights", () => {
    const shelf = profileOf({
      skin: 'normal',
      serums: ['retinol', { name: 'Night Renew', actives: ['retinol'] }],
      masks: [],
      masksPerWeek: 0,
    });
    // Red skin logged every third day: each evening of the week is a rest evening.
    const journal = ['2026-11-29', '2026-12-02', '2026-12-05'].map((date) => ({ date, skin: ['red' as const] }));
    const r = plan(shelf, '2026-11-30', 7, { journal });
    const messages = r.warnings.filter((w) => w.rule === 'unused-serum').map((w) => w.message);
    expect(messages.map((m) => m.slice(0, m.indexOf(' is not used')))).toEqual(['Retinol serum', 'Night Renew']);
    for (const m of messages) {
      expect(m).toMatch(/\(irritation-rest\); it comes back once the rest is over\.$/);
      expect(m).not.toContain('takes the retinoid nights');
    }
  });

  it('a serum used on some evening is not named', () => {
    const r = plan(profileOf({ serums: ['retinol', 'aha'], masks: [], masksPerWeek: 0 }), '2026-11-30', 7);
    expect(nightsWith(r.days, 'aha').length).toBeGreaterThan(0);
    expect(r.warnings.filter((w) => w.rule === 'unused-serum')).toEqual([]);
  });

  it('a serum still in its patch test all plan long is not named', () => {
    const r = plan(
      profileOf({ serums: ['niacinamide', { actives: ['aha'], started: '2026-11-30' }], masks: [] }),
      '2026-11-30',
      7,
    );
    expect(r.warnings.filter((w) => w.rule === 'unused-serum')).toEqual([]);
  });
});
