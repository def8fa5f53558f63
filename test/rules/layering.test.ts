// Layering order for every mask type, and the morning routine (table-driven).
import { describe, expect, it } from 'vitest';
import { planRange } from '../../src/rules/planner.js';
import { buildEvening, buildMorning } from '../../src/rules/routine.js';
import type { MaskType } from '../../src/domain/vocabulary.js';
import { data, profileOf } from '../helpers.js';

const kinds = (steps: { kind: string }[]) => steps.map((s) => s.kind).join(' > ');
const serum = {
  serum: { name: null, actives: ['hyaluronic-acid' as const] },
  name: 'HA serum',
  slot: 'any' as const,
  layer: 3,
};

describe('evening layering per mask type (article routine options)', () => {
  const cases: [MaskType | null, string][] = [
    ['sheet', 'cleanser > mask > serum > moisturizer'],
    ['gel', 'cleanser > mask > serum > moisturizer'],
    ['clay', 'cleanser > mask > serum > moisturizer'],
    ['cream', 'cleanser > mask > serum > moisturizer'],
    ['sleeping', 'cleanser > serum > mask'],
    [null, 'cleanser > serum > moisturizer'],
  ];
  it.each(cases)('%s mask: %s', (type, order) => {
    const pm = buildEvening([serum], type ? { type, name: `${type} mask` } : null, data);
    expect(kinds(pm)).toBe(order);
  });

  it('a timed mask carries its minutes; a sleeping mask is overnight and replaces the moisturizer', () => {
    const sheet = buildEvening([serum], { type: 'sheet', name: 'Sheet mask' }, data).find((s) => s.kind === 'mask');
    expect(sheet).toMatchObject({ type: 'sheet', minutes: 15 });
    expect(sheet).not.toHaveProperty('overnight');
    const sleeping = buildEvening([serum], { type: 'sleeping', name: 'Sleeping mask' }, data);
    expect(sleeping.at(-1)).toMatchObject({ kind: 'mask', overnight: true });
    expect(sleeping.some((s) => s.kind === 'moisturizer')).toBe(false);
  });
});

describe('morning routine', () => {
  it('ends with sunscreen, after the moisturizer', () => {
    expect(kinds(buildMorning([serum], data))).toBe('cleanser > serum > moisturizer > sunscreen');
  });

  it('layers serums thinnest first (vitamin C before niacinamide before hyaluronic acid)', () => {
    const plan = planRange(
      profileOf({ serums: ['hyaluronic-acid', 'niacinamide', 'vitamin-c'] }),
      '2026-11-30',
      1,
      { events: [] },
      data,
    );
    const names = plan.days[0]!.am.filter((s) => s.kind === 'serum').map((s) =>
      s.kind === 'serum' ? s.actives[0] : '',
    );
    expect(names).toEqual(['vitamin-c', 'niacinamide', 'hyaluronic-acid']);
  });

  it('suggests a hydrating serum when the shelf has none for a routine', () => {
    const plan = planRange(profileOf({ serums: ['retinol'] }), '2026-11-30', 1, { events: [] }, data);
    const am = plan.days[0]!.am.find((s) => s.kind === 'serum');
    expect(am).toMatchObject({ suggested: true, actives: ['hyaluronic-acid'] });
    expect(plan.warnings.map((w) => w.rule)).toContain('daily-serum');
  });
});
