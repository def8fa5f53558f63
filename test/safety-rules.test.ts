// Every safety rule: its metadata, and table-driven cases that must and must not trigger.
import { describe, expect, it } from 'vitest';
import { SEVERITIES, type ActiveId, type MaskType } from '../src/domain.js';
import { RULES } from '../src/rules/safety/index.js';
import type { SafetyRule } from '../src/rules/safety/rule.js';
import { limitsFor, planRange } from '../src/rules/planner.js';
import type { DayPlan, Profile } from '../src/rules/types.js';
import { data, profileOf } from './helpers.js';

const rule = (id: string): SafetyRule => {
  const found = RULES.find((r) => r.id === id);
  if (!found) throw new Error(`no rule ${id}`);
  return found;
};
const ctx = (fields: Parameters<typeof profileOf>[0] = {}) => ({ profile: profileOf(fields), data });
const week = (fields: Parameters<typeof profileOf>[0], start = '2026-11-30', weeks = 1) =>
  planRange(profileOf(fields), start, weeks * 7, { events: [] }, data);
const serumActives = (steps: DayPlan['am']) => steps.flatMap((s) => (s.kind === 'serum' ? s.actives : []));

describe('every rule has an id, a severity, a message and a source', () => {
  it.each(RULES.map((r) => [r.id, r] as const))('%s', (_id, r) => {
    expect(r.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(SEVERITIES).toContain(r.severity);
    expect(r.message.length).toBeGreaterThan(20);
    expect(data.sources.map((s) => s.id)).toContain(r.source);
  });
  it('ids are unique', () => {
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
  });
});

describe('forbidden evening combinations', () => {
  const cases: [string, MaskType | null, ActiveId[], boolean][] = [
    ['retinoid-not-with-acid', null, ['retinol', 'aha'], true],
    ['retinoid-not-with-acid', null, ['retinol', 'bha'], true],
    ['retinoid-not-with-acid', null, ['retinol'], false],
    ['retinoid-not-with-acid', null, ['aha', 'bha'], false],
    ['retinoid-not-with-acid', 'sheet', ['retinol', 'niacinamide'], false],
    ['retinoid-not-on-clay-night', 'clay', ['retinol'], true],
    ['retinoid-not-on-clay-night', 'sheet', ['retinol'], false],
    ['retinoid-not-on-clay-night', 'sleeping', ['retinol'], false],
    ['retinoid-not-on-clay-night', 'clay', ['hyaluronic-acid'], false],
    ['acid-not-on-clay-night', 'clay', ['bha'], true],
    ['acid-not-on-clay-night', 'clay', ['aha'], true],
    ['acid-not-on-clay-night', 'gel', ['aha'], false],
    ['acid-not-on-clay-night', 'clay', ['retinol'], false],
    ['benzoyl-peroxide-apart-from-retinoid', null, ['benzoyl-peroxide', 'retinol'], true],
    ['benzoyl-peroxide-apart-from-retinoid', null, ['benzoyl-peroxide'], false],
  ];
  it.each(cases)('%s: mask %s with %j → %s', (id, mask, actives, forbidden) => {
    expect(rule(id).forbids!({ mask, actives })).toBe(forbidden);
  });

  it('niacinamide with vitamin C is never forbidden and never warned about', () => {
    for (const r of RULES)
      expect(r.forbids?.({ mask: null, actives: ['niacinamide', 'vitamin-c'] }) ?? false).toBe(false);
    const plan = week({ serums: ['niacinamide', 'vitamin-c'], skin: 'sensitive' });
    expect(plan.warnings.filter((w) => /niacinamide/i.test(w.message))).toEqual([]);
    const am = serumActives(plan.days[0]!.am);
    expect(am).toContain('niacinamide');
    expect(am).toContain('vitamin-c');
  });
});

describe('time of day', () => {
  const cases: [string, ActiveId, Parameters<typeof profileOf>[0], 'am' | 'pm' | undefined][] = [
    ['retinoid-night-only', 'retinol', {}, 'pm'],
    ['retinoid-night-only', 'niacinamide', {}, undefined],
    ['vitamin-c-morning', 'vitamin-c', {}, 'am'],
    ['vitamin-c-morning', 'retinol', {}, undefined],
    ['benzoyl-peroxide-apart-from-retinoid', 'benzoyl-peroxide', { serums: ['retinol', 'benzoyl-peroxide'] }, 'am'],
    ['benzoyl-peroxide-apart-from-retinoid', 'benzoyl-peroxide', { serums: ['benzoyl-peroxide'] }, undefined],
  ];
  it.each(cases)('%s puts %s in %s', (id, active, fields, slot) => {
    expect(rule(id).slot!(active, ctx(fields))).toBe(slot);
  });

  it('retinol never in a morning, vitamin C never in an evening, benzoyl peroxide and retinol never together', () => {
    const plan = week(
      { serums: ['retinol', 'vitamin-c', 'benzoyl-peroxide', 'niacinamide'], skin: 'oily' },
      '2026-11-30',
      2,
    );
    for (const day of plan.days) {
      expect(serumActives(day.am)).not.toContain('retinol');
      expect(serumActives(day.pm)).not.toContain('vitamin-c');
      for (const steps of [day.am, day.pm]) {
        const a = serumActives(steps);
        expect(a.includes('retinol') && a.includes('benzoyl-peroxide')).toBe(false);
      }
    }
    expect(plan.days.some((d) => serumActives(d.pm).includes('retinol'))).toBe(true);
  });
});

describe('weekly limits', () => {
  const cases: [
    Parameters<typeof profileOf>[0],
    { clayPerWeek: number; retinoidNightsPerWeek: number; acidNightsPerWeek: number },
  ][] = [
    [{ skin: 'sensitive' }, { clayPerWeek: 1, retinoidNightsPerWeek: 2, acidNightsPerWeek: 1 }],
    [{ skin: 'dry' }, { clayPerWeek: 2, retinoidNightsPerWeek: 7, acidNightsPerWeek: 1 }],
    [{ skin: 'oily' }, { clayPerWeek: 2, retinoidNightsPerWeek: 7, acidNightsPerWeek: 2 }],
    [{ skin: 'normal' }, { clayPerWeek: 2, retinoidNightsPerWeek: 7, acidNightsPerWeek: 2 }],
  ];
  it.each(cases)('%j → %j', (fields, limits) => {
    expect(limitsFor(ctx(fields))).toEqual(limits);
  });

  it('sensitive skin: clay at most once a week even when clay is the first mask, hydrating masks first', () => {
    const plan = week({ skin: 'sensitive', masks: ['clay', 'sheet'], masksPerWeek: 3 }, '2026-11-30', 4);
    for (let w = 0; w < 4; w++) {
      const days = plan.days.slice(w * 7, w * 7 + 7);
      expect(days.filter((d) => d.mask?.type === 'clay').length).toBeLessThanOrEqual(1);
      expect(days.filter((d) => d.mask).length).toBe(3);
    }
  });

  it('sensitive skin: retinol on exactly 2 nights a week, with a caution', () => {
    const plan = week({ skin: 'sensitive', serums: ['retinol', 'hyaluronic-acid'], masks: ['sheet'] }, '2026-11-30', 3);
    for (let w = 0; w < 3; w++) {
      const nights = plan.days.slice(w * 7, w * 7 + 7).filter((d) => serumActives(d.pm).includes('retinol'));
      expect(nights.length).toBe(2);
      expect(nights.every((d) => d.night === 'retinol night' || d.mask)).toBe(true);
    }
    expect(plan.warnings.find((w) => w.rule === 'retinoid-start-slow')?.severity).toBe('caution');
  });

  it('acids: 2 nights a week on normal skin, never on a retinol night, never on a clay night', () => {
    const plan = week(
      { skin: 'normal', serums: ['retinol', { name: 'Glow Tonic', actives: ['aha'] }], masks: ['clay', 'sheet'] },
      '2026-11-30',
      2,
    );
    for (let w = 0; w < 2; w++) {
      const days = plan.days.slice(w * 7, w * 7 + 7);
      expect(days.filter((d) => serumActives(d.pm).includes('aha')).length).toBe(2);
    }
    for (const d of plan.days) {
      const pm = serumActives(d.pm);
      expect(pm.includes('aha') && pm.includes('retinol')).toBe(false);
      if (d.mask?.type === 'clay') {
        expect(pm.some((a) => a === 'aha' || a === 'retinol')).toBe(false);
        expect(d.night).toBe('clay mask recovery night');
      }
    }
    expect(plan.days.some((d) => d.night === 'exfoliation night')).toBe(true);
    expect(plan.days.flatMap((d) => d.pm).some((s) => s.kind === 'serum' && s.name === 'Glow Tonic')).toBe(true);
  });
});

describe('pregnancy-safe', () => {
  it('leaves retinoids out everywhere, naming them', () => {
    const plan = week({
      pregnancySafe: true,
      serums: [{ name: 'Night Renew', actives: ['retinol', 'peptides'] }, 'azelaic-acid'],
    });
    expect(plan.days.every((d) => !serumActives([...d.am, ...d.pm]).includes('retinol'))).toBe(true);
    const w = plan.warnings.find((x) => x.rule === 'pregnancy-no-retinoids');
    expect(w?.severity).toBe('avoid');
    expect(w?.message).toContain('Night Renew');
    expect(plan.explanations.some((e) => e.action === 'left-out' && e.rule === 'pregnancy-no-retinoids')).toBe(true);
  });
  it('does nothing when not asked', () => {
    const plan = week({ pregnancySafe: false, serums: ['retinol'] });
    expect(plan.warnings.some((x) => x.rule === 'pregnancy-no-retinoids')).toBe(false);
    expect(plan.days.some((d) => serumActives(d.pm).includes('retinol'))).toBe(true);
  });
});

describe('plan-level checks', () => {
  const triggers = (id: string, fields: Parameters<typeof profileOf>[0]) =>
    week(fields).warnings.some((w) => w.rule === id);
  const cases: [string, Parameters<typeof profileOf>[0], boolean][] = [
    ['over-masking', { masksPerWeek: 5 }, true],
    ['over-masking', { masksPerWeek: 4 }, false],
    ['over-masking', { masksPerWeek: 3, skin: 'sensitive' }, true],
    ['over-masking', { masksPerWeek: 2, skin: 'sensitive' }, false],
    ['sunscreen-every-morning', { serums: ['retinol'] }, true],
    ['sunscreen-every-morning', { serums: ['bha'] }, true],
    ['sunscreen-every-morning', { serums: ['vitamin-c', 'niacinamide'] }, false],
    ['aha-sun-sensitivity', { serums: ['aha'] }, true],
    ['aha-sun-sensitivity', { serums: ['bha'] }, false],
    ['patch-test', { serums: ['benzoyl-peroxide'] }, true],
    ['patch-test', { serums: ['hyaluronic-acid'] }, false],
    ['sensitive-gentle-masks', { skin: 'sensitive', masks: ['clay'], masksPerWeek: 1 }, true],
    ['sensitive-gentle-masks', { skin: 'sensitive', masks: ['clay', 'gel'], masksPerWeek: 1 }, false],
    ['sensitive-gentle-masks', { skin: 'oily', masks: ['clay'] }, false],
    ['clay-frequency', { skin: 'sensitive', masks: ['clay', 'sheet'] }, true],
    ['clay-frequency', { skin: 'oily', masks: ['clay', 'sheet'] }, false],
    ['vitamin-c-apart-from-acid', { serums: [{ name: 'C+AHA', actives: ['vitamin-c', 'aha'] }] }, true],
    ['vitamin-c-apart-from-acid', { serums: ['vitamin-c', 'aha'] }, false],
    [
      'benzoyl-peroxide-apart-from-retinoid',
      { serums: [{ name: 'Combo', actives: ['benzoyl-peroxide', 'retinol'] }] },
      true,
    ],
    ['benzoyl-peroxide-apart-from-retinoid', { serums: ['benzoyl-peroxide', 'retinol'] }, false],
    ['mask-spacing', { masksPerWeek: 4 }, true],
    ['mask-spacing', { masksPerWeek: 3 }, false],
  ];
  it.each(cases)('%s with %j → %s', (id, fields, expected) => {
    expect(triggers(id, fields)).toBe(expected);
  });

  it('warnings carry rule, severity, message and a readable source, most serious first', () => {
    const plan = week({ skin: 'sensitive', serums: ['retinol', 'aha', 'vitamin-c'], masks: ['clay', 'sheet'] });
    const order = { avoid: 0, caution: 1, tip: 2 };
    for (const w of plan.warnings) {
      expect(Object.keys(w).sort()).toEqual(['message', 'rule', 'severity', 'source']);
      expect(w.source).not.toMatch(/^[a-z-]+$/); // a citation, not an id
    }
    const ranks = plan.warnings.map((w) => order[w.severity]);
    expect(ranks).toEqual([...ranks].sort());
  });
});

describe('a real shelf: retinol, vitamin C, an AHA toner, clay and sheet masks, sensitive skin', () => {
  const profile: Profile = profileOf({
    skin: 'sensitive',
    serums: ['retinol', 'vitamin-c', { name: 'AHA toner', actives: ['aha'] }, 'hyaluronic-acid'],
    masks: ['clay', 'sheet'],
    masksPerWeek: 2,
  });
  const plan = planRange(profile, '2026-11-30', 28, { events: [] }, data);

  it('never stacks what the rules forbid', () => {
    for (const d of plan.days) {
      const pm = serumActives(d.pm);
      for (const r of RULES) expect(r.forbids?.({ mask: d.mask?.type ?? null, actives: pm }) ?? false).toBe(false);
      expect(serumActives(d.am)).not.toContain('retinol');
      expect(serumActives(d.am)).not.toContain('aha');
    }
  });
  it('names every evening and explains what was left out', () => {
    const names = new Set(plan.days.map((d) => d.night));
    expect([...names].every((n) => /night$/.test(n))).toBe(true);
    expect(names.has('retinol night')).toBe(true);
    expect(plan.explanations.some((e) => e.action === 'left-out' && e.item === 'Retinol serum')).toBe(true);
    expect(plan.explanations.some((e) => e.action === 'placed' && e.rule === 'vitamin-c-morning')).toBe(true);
  });
});
