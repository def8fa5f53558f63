// Each rule's own hooks, table by table: what it forbids, the caps it sets, the slots it decides, its source.
import { describe, expect, it } from 'vitest';
import type { ActiveId, MaskType, SkinType } from '../../src/domain/vocabulary.js';
import { RULES } from '../../src/rules/safety/index.js';
import { limitsFor, serumSlot } from '../../src/rules/planner.js';
import type { RuleContext } from '../../src/rules/types.js';
import { data, profileOf } from './helpers.js';

const rule = (id: string) => RULES.find((r) => r.id === id)!;
const ctxOf = (fields: Parameters<typeof profileOf>[0] = {}): RuleContext => ({ profile: profileOf(fields), data });

describe('forbids: one evening’s combination', () => {
  const cases: [string, MaskType | null, ActiveId[], (MaskType | null)[], boolean][] = [
    ['retinoid-not-with-acid', null, ['retinol', 'aha'], [], true],
    ['retinoid-not-with-acid', null, ['retinol', 'bha'], [], true],
    ['retinoid-not-with-acid', null, ['retinol'], [], false],
    ['retinoid-not-with-acid', null, ['aha', 'bha'], [], false],
    ['one-acid-a-night', null, ['aha', 'bha'], [], true],
    ['one-acid-a-night', null, ['aha'], [], false],
    ['one-acid-a-night', null, ['bha', 'niacinamide'], [], false],
    ['retinoid-not-on-clay-night', 'clay', ['retinol'], [], true],
    ['retinoid-not-on-clay-night', 'sheet', ['retinol'], [], false],
    ['retinoid-not-on-clay-night', 'clay', ['hyaluronic-acid'], [], false],
    ['acid-not-on-clay-night', 'clay', ['aha'], [], true],
    ['acid-not-on-clay-night', null, ['bha'], ['clay', null], true],
    ['acid-not-on-clay-night', null, ['aha'], [null, 'clay'], true],
    ['acid-not-on-clay-night', 'gel', ['aha'], ['sheet', null], false],
    ['acid-not-on-clay-night', 'clay', ['retinol'], ['clay', 'clay'], false],
    ['benzoyl-peroxide-apart-from-retinoid', null, ['benzoyl-peroxide', 'retinol'], [], true],
    ['benzoyl-peroxide-apart-from-retinoid', null, ['benzoyl-peroxide'], [], false],
  ];
  it.each(cases)('%s: mask %s, %j, beside %j → %s', (id, mask, actives, beside, forbidden) => {
    expect(rule(id).forbids!({ mask, actives, beside }, ctxOf())).toBe(forbidden);
  });
  it('niacinamide with vitamin C is never forbidden', () => {
    for (const r of RULES)
      expect(r.forbids?.({ mask: null, actives: ['niacinamide', 'vitamin-c'] }, ctxOf()) ?? false).toBe(false);
  });
});

describe('weekly caps, the lowest any rule sets', () => {
  const cases: [
    SkinType,
    string[],
    { clayPerWeek: number; retinoidNightsPerWeek: number; acidNightsPerWeek: number },
  ][] = [
    ['sensitive', [], { clayPerWeek: 1, retinoidNightsPerWeek: 2, acidNightsPerWeek: 1 }],
    ['dry', [], { clayPerWeek: 1, retinoidNightsPerWeek: 7, acidNightsPerWeek: 1 }],
    ['oily', [], { clayPerWeek: 2, retinoidNightsPerWeek: 7, acidNightsPerWeek: 2 }],
    ['normal', [], { clayPerWeek: 2, retinoidNightsPerWeek: 7, acidNightsPerWeek: 2 }],
    ['normal', ['redness'], { clayPerWeek: 2, retinoidNightsPerWeek: 7, acidNightsPerWeek: 1 }],
  ];
  it.each(cases)('%s skin, concerns %j → %j', (skin, concerns, expected) => {
    const { by: _by, ...limits } = limitsFor(ctxOf({ skin, concerns: concerns as never }));
    expect(limits).toEqual(expected);
  });
  it('names the rule behind each cap', () => {
    expect(limitsFor(ctxOf({ skin: 'dry' })).by).toEqual({
      clayPerWeek: 'clay-dry-skin',
      acidNightsPerWeek: 'exfoliation-frequency',
    });
  });
});

describe('slots', () => {
  const cases: [ActiveId[], ActiveId[], 'am' | 'pm' | 'any', string | undefined][] = [
    [['retinol'], ['retinol'], 'pm', 'retinoid-night-only'],
    [['vitamin-c'], ['vitamin-c'], 'am', 'vitamin-c-morning'],
    [['benzoyl-peroxide'], ['benzoyl-peroxide', 'retinol'], 'am', 'benzoyl-peroxide-apart-from-retinoid'],
    [['benzoyl-peroxide'], ['benzoyl-peroxide', 'vitamin-c'], 'pm', 'vitamin-c-apart-from-benzoyl-peroxide'],
    [['benzoyl-peroxide'], ['benzoyl-peroxide'], 'am', undefined],
    [['niacinamide'], ['niacinamide'], 'any', undefined],
  ];
  it.each(cases)('%j with %j on the shelf → %s (%s)', (serum, shelf, slot, by) => {
    const ctx = ctxOf({ serums: shelf });
    expect(serumSlot({ name: null, actives: serum }, ctx)).toEqual(by ? { slot, rule: by } : { slot });
  });
});

describe('mask preferences and event eves', () => {
  const rank = (type: MaskType, fields: Parameters<typeof profileOf>[0]) =>
    RULES.reduce((s, r) => s + (r.maskRank?.(type, ctxOf(fields)) ?? 0), 0);
  it.each([
    ['redness: gel before clay', { concerns: ['redness'] }, 'gel', 'clay'],
    ['breakouts, oily skin: clay first', { skin: 'oily', concerns: ['breakouts'] }, 'clay', 'sheet'],
    ['oiliness, combination skin: clay first', { skin: 'combination', concerns: ['oiliness'] }, 'clay', 'gel'],
    ['dehydration: sleeping before clay', { concerns: ['dehydration'] }, 'sleeping', 'clay'],
    ['sensitive: sheet before clay', { skin: 'sensitive' }, 'sheet', 'clay'],
  ] as const)('%s', (_name, fields, better, worse) => {
    expect(rank(better, fields as never)).toBeGreaterThan(rank(worse, fields as never));
  });
  it('breakouts on dry skin do not push clay', () => {
    expect(rank('clay', { skin: 'dry', concerns: ['breakouts'] })).toBe(0);
  });
  it.each([
    ['sensitive', false],
    ['dry', false],
    ['oily', true],
    ['normal', true],
  ] as const)('clay on an event eve, %s skin → %s', (skin, ok) => {
    expect(rule('event-eve-mask').eventMask!('clay', ctxOf({ skin }))).toBe(ok);
    expect(rule('event-eve-mask').eventMask!('sheet', ctxOf({ skin }))).toBe(true);
  });
});

describe('journal hooks', () => {
  it.each([
    [['red'], 3],
    [['stinging'], 3],
    [['peeling', 'dry'], 3],
    [['dry'], undefined],
    [['breakout'], undefined],
    [['good'], undefined],
  ] as const)('%j → rest of %s nights', (skin, nights) => {
    expect(rule('irritation-rest').rest!({ date: '2026-12-01', skin: [...skin] })?.nights).toBe(nights);
  });
  it.each([
    [['dry'], true],
    [['red'], false],
  ] as const)('%j → prefer a hydrating mask: %s', (skin, yes) => {
    expect(rule('dry-skin-log').preferHydrating!({ date: '2026-12-01', skin: [...skin] })).toBe(yes);
  });
  it('ramps: retinoids 2, 3, 4… (sensitive every 14 days), new acids 1 for 2 windows', () => {
    const normal = rule('retinoid-start-slow').ramp!(ctxOf())!;
    const sensitive = rule('retinoid-start-slow').ramp!(ctxOf({ skin: 'sensitive' }))!;
    const acid = rule('new-acid-slow').ramp!(ctxOf())!;
    expect([0, 1, 2, 3].map((k) => normal.level(k))).toEqual([2, 3, 4, 5]);
    expect([0, 1, 2, 3].map((k) => sensitive.level(k))).toEqual([2, 2, 3, 3]);
    expect([0, 1, 2].map((k) => acid.level(k))).toEqual([1, 1, null]);
    expect([normal.group, acid.group]).toEqual(['retinoid', 'acid']);
  });
});

describe('advice rules and their messages', () => {
  const check = (id: string, fields: Parameters<typeof profileOf>[0]) =>
    rule(id).check!([], ctxOf(fields)).map((f) => f.message);
  it('BHA in pregnancy: a caution, not a removal', () => {
    expect(check('pregnancy-bha', { pregnancySafe: true, serums: ['bha'] })).toHaveLength(1);
    expect(check('pregnancy-bha', { pregnancySafe: false, serums: ['bha'] })).toEqual([]);
    expect(check('pregnancy-bha', { pregnancySafe: true, serums: ['aha'] })).toEqual([]);
  });
  it('breakouts with no niacinamide: a tip; with it: none', () => {
    expect(check('breakouts-clay', { concerns: ['breakouts'], serums: ['retinol'] })).toHaveLength(1);
    expect(check('breakouts-clay', { concerns: ['breakouts'], serums: ['niacinamide'] })).toEqual([]);
    expect(check('breakouts-clay', { concerns: [], serums: [] })).toEqual([]);
  });
});

describe('every rule cites a source', () => {
  const NEW = [
    'pregnancy-bha',
    'vitamin-c-apart-from-benzoyl-peroxide',
    'one-acid-a-night',
    'one-new-thing',
    'patch-test',
    'retinoid-start-slow',
    'new-acid-slow',
    'recovery-nights',
    'skin-cycling',
    'irritation-rest',
    'past-use-by',
    'use-by-soon',
    'clay-dry-skin',
    'acid-not-on-clay-night',
  ];
  it.each(RULES.map((r) => [r.id, r] as const))('%s names a known source', (_id, r) => {
    expect(data.sources.map((s) => s.id)).toContain(r.source);
  });
  it.each(NEW)('%s links its source', (id) => {
    expect(data.source(rule(id).source).url).toMatch(/^https:\/\//);
  });
});

describe('shelf: products a rule takes off the shelf', () => {
  it('benzoyl peroxide and retinol in one product: that product leaves, alone; with none, the profile is untouched', () => {
    const r = rule('benzoyl-peroxide-apart-from-retinoid');
    const plain = ctxOf({ serums: ['benzoyl-peroxide', 'retinol'] });
    expect(r.shelf!(plain)).toEqual({ profile: plain.profile, findings: [] });
    expect(r.shelf!(plain).profile).toBe(plain.profile);
    const base = ctxOf({ serums: ['niacinamide'] });
    const combo = {
      ...base,
      profile: {
        ...base.profile,
        serums: [...base.profile.serums, { name: null, actives: ['benzoyl-peroxide', 'retinol'] as ActiveId[] }],
      },
    };
    const out = r.shelf!(combo);
    expect(out.profile.serums.map((s) => s.actives)).toEqual([['niacinamide']]);
    expect(out.findings).toHaveLength(1);
    expect(out.findings[0]).toMatchObject({ action: 'left-out', item: 'Your benzoyl peroxide + retinol serum' });
  });
});
