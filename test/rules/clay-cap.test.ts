// The weekly clay cap's note, table by table: one note from the rule that set the cap, which says the cap and, when
// clay is the only mask on the face and the cap keeps the mask nights under those asked, what that does to them and
// what brings more (a mask waiting for its patch test or its start, else a gentle mask to add).
import { describe, expect, it } from 'vitest';
import type { MaskType, SkinType } from '../../src/domain/vocabulary.js';
import { RULES, type ClayCap } from '../../src/rules/safety/index.js';
import type { ProductDates, Profile } from '../../src/rules/types.js';
import { data, plan, profileOf, withDates } from './helpers.js';

const rule = (id: string) => RULES.find((r) => r.id === id)!;
const CLAY_RULES = ['clay-frequency', 'clay-dry-skin'];
/** The clay rules' notes of a plan, as "rule: message". */
const clayNotes = (profile: Profile, from = '2026-11-30', days = 14) =>
  plan(profile, from, days)
    .warnings.filter((w) => CLAY_RULES.includes(w.rule))
    .map((w) => `${w.rule}: ${w.message}`);

const ADD = 'add a gentle mask (sheet, cream, gel or sleeping) for more mask nights';
const SENSITIVE = 'clay-frequency: Sensitive skin: your clay mask is planned at most once a week.';
const DRY =
  'clay-dry-skin: Dry skin: your clay mask is planned at most once a week; a cream or sleeping mask suits dry skin better.';
const sensitiveShort = (asked: number, more = ADD, only = 'is your only mask') =>
  `clay-frequency: Sensitive skin: your clay mask is planned at most once a week and clay ${only}, so at most 1 mask night a week is planned, not the ${asked} asked: ${more}.`;
const dryShort = (asked: number, more = ADD, only = 'is your only mask') =>
  `clay-dry-skin: Dry skin: your clay mask is planned at most once a week and clay ${only}, so at most 1 mask night a week is planned, not the ${asked} asked: ${more}; a cream or sleeping mask suits dry skin better.`;
const twiceShort = (asked: number, more = ADD, only = 'is your only mask') =>
  `clay-frequency: Clay ${only} and is kept to 2 evenings a week, so at most 2 mask nights a week are planned, not the ${asked} asked: ${more}.`;

describe('the clay notes by skin, mask nights asked and shelf (two weeks from Monday 2026-11-30)', () => {
  it.each([
    ['sensitive', 3, ['clay'], [sensitiveShort(3)]],
    ['sensitive', 2, ['clay'], [sensitiveShort(2)]],
    ['sensitive', 1, ['clay'], [SENSITIVE]],
    ['sensitive', 3, ['clay', 'sheet'], [SENSITIVE]],
    ['sensitive', 3, ['sheet'], []],
    ['dry', 3, ['clay'], [dryShort(3)]],
    ['dry', 1, ['clay'], [DRY]],
    ['dry', 2, ['clay', 'sheet'], [DRY]],
    ['dry', 3, ['sheet'], []],
    ['oily', 4, ['clay'], [twiceShort(4)]],
    ['normal', 3, ['clay'], [twiceShort(3)]],
    ['combination', 2, ['clay'], []],
    ['oily', 4, ['clay', 'sheet'], []],
    ['oily', 4, [], []],
  ] as [SkinType, number, MaskType[], string[]][])(
    '%s skin, %i asked, shelf %j',
    (skin, masksPerWeek, masks, notes) => {
      expect(clayNotes(profileOf({ skin, masks, masksPerWeek }))).toEqual(notes);
    },
  );

  it('the exact case: oily skin, clay only, 4 asked: 2 a week planned, the note, and no Sunday tip', () => {
    const p = plan(profileOf({ skin: 'oily', masks: ['clay'], masksPerWeek: 4 }), '2026-11-30', 14);
    expect(p.days.filter((d) => d.mask).map((d) => d.date)).toEqual([
      '2026-12-02',
      '2026-12-06',
      '2026-12-09',
      '2026-12-13',
    ]);
    expect(p.warnings.filter((w) => w.rule === 'mask-spacing')).toEqual([]);
    expect(p.warnings.filter((w) => w.rule === 'clay-frequency')).toHaveLength(1);
  });

  it('under skin cycling the cycle says the count is a cap: the cap alone is said', () => {
    const cycling = (skin: SkinType) =>
      clayNotes({ ...profileOf({ skin, masks: ['clay'], masksPerWeek: 4 }), cycle: 'skin-cycling' }, '2026-11-30', 7);
    expect(cycling('oily')).toEqual([]);
    expect(cycling('sensitive')).toEqual([SENSITIVE]);
  });

  it('a clay mask past its use-by date before the plan: no note of the cap being short (none planned on dry skin)', () => {
    const gone = { clay: { expires: '2026-11-30' } };
    expect(clayNotes(withDates({ skin: 'oily', masks: ['clay'], masksPerWeek: 4 }, gone), '2026-11-30', 7)).toEqual([]);
    expect(clayNotes(withDates({ skin: 'dry', masks: ['clay'], masksPerWeek: 3 }, gone), '2026-11-30', 7)).toEqual([]);
  });
});

describe('clay with a mask that is not on the face in the plan (one week, 2026-11-30 to 2026-12-06; 7-day patch tests)', () => {
  const joins = (name: string, from: string) =>
    `${name} joins the mask nights once its patch test is over, from ${from}`;
  const starts = (name: string, from: string) => `${name} joins the mask nights from its start, ${from}`;
  const gone = (name: string, date: string) => `${name} is left out from its use-by date (${date})`;
  const FACE = 'is the only mask on your face in these days';
  it.each([
    // [skin, the other masks' dates, the notes]
    ['sensitive', { sheet: { started: '2026-12-01' } }, [sensitiveShort(3, joins('Sheet mask', '2026-12-08'), FACE)]],
    ['sensitive', { sheet: { started: '2026-11-30' } }, [sensitiveShort(3, joins('Sheet mask', '2026-12-07'), FACE)]],
    ['sensitive', { sheet: { started: '2026-11-29' } }, [SENSITIVE]],
    [
      'sensitive',
      { sheet: { started: '2026-12-07', patchTested: true } },
      [sensitiveShort(3, starts('Sheet mask', '2026-12-07'), FACE)],
    ],
    ['sensitive', { sheet: { started: '2026-12-06', patchTested: true } }, [SENSITIVE]],
    [
      'sensitive',
      { sheet: { expires: '2026-11-30' } },
      [sensitiveShort(3, `${gone('Sheet mask', '2026-11-30')}; ${ADD}`, FACE)],
    ],
    ['sensitive', { sheet: { expires: '2026-12-01' } }, [SENSITIVE]],
    [
      'sensitive',
      { sheet: { started: '2026-11-01', expires: '2026-11-20' } },
      [sensitiveShort(3, `${gone('Sheet mask', '2026-11-20')}; ${ADD}`, FACE)],
    ],
    [
      'sensitive',
      { sheet: { started: '2026-12-01', expires: '2026-12-08' } },
      [sensitiveShort(3, `${gone('Sheet mask', '2026-12-08')}; ${ADD}`, FACE)],
    ],
    [
      'sensitive',
      { sheet: { started: '2026-12-01', expires: '2026-12-09' } },
      [sensitiveShort(3, joins('Sheet mask', '2026-12-08'), FACE)],
    ],
    [
      'sensitive',
      { sheet: { started: '2026-12-01' }, gel: { expires: '2026-11-30' } },
      [sensitiveShort(3, `${joins('Sheet mask', '2026-12-08')}; ${gone('Gel mask', '2026-11-30')}`, FACE)],
    ],
    [
      'sensitive',
      { sheet: { expires: '2026-11-30' }, gel: { started: '2026-12-01' } },
      [sensitiveShort(3, `${gone('Sheet mask', '2026-11-30')}; ${joins('Gel mask', '2026-12-08')}`, FACE)],
    ],
    ['dry', { sheet: { started: '2026-12-01' } }, [dryShort(3, joins('Sheet mask', '2026-12-08'), FACE)]],
    ['oily', { sheet: { started: '2026-12-01' } }, [twiceShort(3, joins('Sheet mask', '2026-12-08'), FACE)]],
  ] as [SkinType, Record<string, ProductDates>, string[]][])('%s skin, clay and %j, 3 asked', (skin, dates, notes) => {
    const masks = ['clay', ...Object.keys(dates)] as MaskType[];
    expect(clayNotes(withDates({ skin, masks, masksPerWeek: 3 }, dates), '2026-11-30', 7)).toEqual(notes);
  });
});

describe('clayCap: the hook on its own', () => {
  const ctx = (skin: SkinType, masks: MaskType[] = ['clay']) => ({ profile: profileOf({ skin, masks }), data });
  const cap = (fields: Partial<ClayCap>): ClayCap => ({ cap: 1, asked: 3, planned: true, short: undefined, ...fields });
  it.each([
    [
      'clay-frequency',
      'sensitive',
      ['clay'],
      cap({}),
      'Sensitive skin: your clay mask is planned at most once a week.',
    ],
    ['clay-frequency', 'sensitive', ['sheet'], cap({}), undefined],
    ['clay-frequency', 'oily', ['clay'], cap({ cap: 2 }), undefined],
    [
      'clay-frequency',
      'oily',
      ['clay'],
      cap({ short: { waiting: [] } }),
      `Clay is your only mask and is kept to 1 evening a week, so at most 1 mask night a week is planned, not the 3 asked: ${ADD}.`,
    ],
    ['clay-dry-skin', 'dry', ['clay'], cap({ planned: true }), DRY.slice('clay-dry-skin: '.length)],
    ['clay-dry-skin', 'dry', ['clay'], cap({ planned: false }), undefined],
  ] as [string, SkinType, MaskType[], ClayCap, string | undefined][])(
    '%s, %s skin, shelf %j, %j',
    (id, skin, masks, given, message) => {
      expect(rule(id).clayCap!(given, ctx(skin, masks))).toEqual(message ? { rule: id, message } : undefined);
    },
  );
  it('only the clay rules have the hook', () => {
    expect(RULES.filter((r) => r.clayCap).map((r) => r.id)).toEqual(CLAY_RULES);
  });
});
