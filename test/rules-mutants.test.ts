// Sharper tests for the planning rules, written against the mutants Stryker found surviving (`npm run mutate`):
// each pins something a person sees — which nights carry what, which warnings appear and what they say, what
// --explain says — so that flipping a condition or a number in src/rules/ makes one of them fail.
// 2026-11-30 is a Monday; every week below runs Monday to Sunday.
import { describe, expect, it } from 'vitest';
import type { ActiveId, MaskType } from '../src/domain.js';
import { planRange } from '../src/rules/planner.js';
import { closest, distance } from '../src/lib/closest.js';
import { describeScenario, matchScenario } from '../src/rules/scenario.js';
import { chooseSpread } from '../src/rules/spacing.js';
import type { MaskProduct, PlanEvent, RangePlan, Step } from '../src/rules/types.js';
import { data, profileOf } from './helpers.js';

type Fields = NonNullable<Parameters<typeof profileOf>[0]>;
const MONDAY = '2026-11-30';
const plan = (
  fields: Fields,
  start = MONDAY,
  days = 7,
  events: PlanEvent[] = [],
  maskOverride?: { date: string; mask: MaskProduct | null },
): RangePlan => planRange(profileOf(fields), start, days, maskOverride ? { events, maskOverride } : { events }, data);
/** Each serum step as its actives joined by "+", in layering order. */
const serums = (steps: readonly Step[]) => steps.flatMap((s) => (s.kind === 'serum' ? [s.actives.join('+')] : []));
const short = (weekday: string) => weekday.slice(0, 3);
/** The weekdays (Mon, Tue, …) whose evening uses `active`. */
const nightsWith = (p: RangePlan, active: ActiveId) =>
  p.days.filter((d) => serums(d.pm).some((s) => s.split('+').includes(active))).map((d) => short(d.weekday));
const maskNights = (p: RangePlan) => p.days.filter((d) => d.mask).map((d) => d.date);
const messages = (p: RangePlan, rule: string) => p.warnings.filter((w) => w.rule === rule).map((w) => w.message);
const PATCH = 'Strong actives in your plan: patch-test any new one for 7 to 10 days first.';
const event = (date: string, label: string | null = 'Party'): PlanEvent => ({ date, label });

describe('what each evening is called', () => {
  const cases: [string, Fields, string[]][] = [
    [
      'no strong actives (the default shelf): plain evenings are serum nights',
      {},
      [
        'serum night',
        'sheet mask night',
        'serum night',
        'clay mask night',
        'serum night',
        'serum night',
        'sleeping mask night',
      ],
    ],
    [
      'retinol on normal skin: every evening without a mask is a retinol night',
      { skin: 'normal', serums: ['retinol'], masks: ['sheet'], masksPerWeek: 3 },
      [
        'retinol night',
        'sheet mask night',
        'retinol night',
        'sheet mask night',
        'retinol night',
        'retinol night',
        'sheet mask night',
      ],
    ],
    [
      'retinol on sensitive skin: two retinol nights, the rest recovery nights',
      { skin: 'sensitive', serums: ['retinol'], masks: ['sheet'], masksPerWeek: 3 },
      [
        'retinol night',
        'sheet mask night',
        'recovery night',
        'sheet mask night',
        'retinol night',
        'recovery night',
        'sheet mask night',
      ],
    ],
    [
      'an AHA only: two exfoliation nights off the mask nights, the rest recovery nights',
      { skin: 'normal', serums: ['aha'], masks: ['sheet'], masksPerWeek: 3 },
      [
        'exfoliation night',
        'sheet mask night',
        'recovery night',
        'sheet mask night',
        'exfoliation night',
        'recovery night',
        'sheet mask night',
      ],
    ],
    [
      'an AHA with clay masks: a clay night is a recovery night',
      { skin: 'normal', serums: ['aha'], masks: ['clay'], masksPerWeek: 2 },
      [
        'exfoliation night',
        'recovery night',
        'clay mask recovery night',
        'recovery night',
        'exfoliation night',
        'recovery night',
        'clay mask recovery night',
      ],
    ],
  ];
  it.each(cases)('%s', (_label, fields, nights) => {
    expect(plan(fields).days.map((d) => d.night)).toEqual(nights);
  });

  it('everyday serums go on every evening, whatever the night', () => {
    const p = plan({ serums: ['hyaluronic-acid', 'niacinamide', 'aha'], masks: ['sheet'], masksPerWeek: 3 });
    for (const d of p.days)
      expect(serums(d.pm), d.date).toEqual(expect.arrayContaining(['niacinamide', 'hyaluronic-acid']));
    expect(messages(p, 'daily-serum')).toEqual([]);
  });
});

describe('which evenings carry the strong actives', () => {
  const cases: [string, Fields, PlanEvent[], ActiveId, string[]][] = [
    [
      'AHA keeps off sheet-mask nights (Tue, Thu, Sun)',
      { skin: 'normal', serums: ['aha'], masks: ['sheet'], masksPerWeek: 3 },
      [],
      'aha',
      ['Mon', 'Fri'],
    ],
    [
      'AHA keeps off and away from clay on Wednesday and Sunday',
      { skin: 'normal', serums: ['aha'], masks: ['clay'], masksPerWeek: 2 },
      [],
      'aha',
      ['Mon', 'Fri'],
    ],
    [
      'AHA keeps away from a clay mask on Friday (the eve of a Saturday event): not Thursday, not Saturday',
      { skin: 'normal', serums: ['aha'], masks: ['clay'], masksPerWeek: 1 },
      [event('2026-12-05')],
      'aha',
      ['Wed', 'Sun'],
    ],
    [
      'BHA on oily skin: two nights, spread out, no masks',
      { skin: 'oily', serums: ['bha'], masks: [] },
      [],
      'bha',
      ['Mon', 'Thu'],
    ],
    ['AHA on dry skin: one night a week', { skin: 'dry', serums: ['aha'], masks: [] }, [], 'aha', ['Mon']],
    [
      'retinol on sensitive skin: two nights, off the sheet-mask nights',
      { skin: 'sensitive', serums: ['retinol'], masks: ['sheet'], masksPerWeek: 3 },
      [],
      'retinol',
      ['Mon', 'Fri'],
    ],
    [
      'retinol on normal skin: every night, mask nights too (a sheet mask does not forbid it)',
      { skin: 'normal', serums: ['retinol'], masks: ['sheet'], masksPerWeek: 3 },
      [],
      'retinol',
      ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
    ],
    [
      'retinol and AHA take turns; neither on a clay night',
      { skin: 'normal', serums: ['retinol', 'aha'], masks: ['clay'], masksPerWeek: 2 },
      [],
      'retinol',
      ['Tue', 'Thu', 'Sat'],
    ],
  ];
  it.each(cases)('%s', (_label, fields, events, active, nights) => {
    expect(nightsWith(plan(fields, MONDAY, 7, events), active)).toEqual(nights);
  });
});

describe('retinol rest nights: said once, only for the dates planned', () => {
  const sensitive: Fields = { skin: 'sensitive', serums: ['retinol'], masks: ['sheet'], masksPerWeek: 3 };
  const REASON =
    'new to retinol? Start with 2 nights a week, add a night each week, and skip a night if skin gets irritated.';

  it('a week: five rest nights, four named and one more, each explained', () => {
    const p = plan(sensitive);
    expect(messages(p, 'retinoid-start-slow')).toEqual([
      `Retinol rests on 5 nights (Tue 2026-12-01, Wed 2026-12-02, Thu 2026-12-03, Sat 2026-12-05 and 1 more): ${REASON}`,
      'Sensitive skin: retinol is planned 2 nights a week; add a night only once your skin is used to it.',
    ]);
    const left = p.explanations.filter((e) => e.action === 'left-out' && e.rule === 'retinoid-start-slow');
    expect(left.map((e) => [e.date, e.slot, e.item])).toEqual(
      ['2026-12-01', '2026-12-02', '2026-12-03', '2026-12-05', '2026-12-06'].map((d) => [d, 'pm', 'Retinol serum']),
    );
  });

  const ranges: [string, number, string][] = [
    ['2026-12-01', 3, '3 nights (Tue 2026-12-01, Wed 2026-12-02, Thu 2026-12-03)'],
    ['2026-12-01', 5, '4 nights (Tue 2026-12-01, Wed 2026-12-02, Thu 2026-12-03, Sat 2026-12-05)'],
  ];
  it.each(ranges)('from %s for %i days: %s', (start, count, nights) => {
    expect(messages(plan(sensitive, start, count), 'retinoid-start-slow')[0]).toBe(
      `Retinol rests on ${nights}: ${REASON}`,
    );
  });

  const days: [string, boolean][] = [
    ['2026-11-30', false],
    ['2026-12-01', true],
    ['2026-12-02', true],
    ['2026-12-03', true],
    ['2026-12-04', false],
    ['2026-12-05', true],
    ['2026-12-06', true],
  ];
  it.each(days)('plan for %s alone: a rest night is %s, and nothing is said of other dates', (date, rests) => {
    const p = plan(sensitive, date, 1);
    const rest = p.warnings.filter((w) => w.message.startsWith('Retinol rests'));
    const day = `${short(p.days[0]!.weekday)} ${date}`;
    expect(rest.map((w) => w.message)).toEqual(rests ? [`Retinol rests on one night (${day}): ${REASON}`] : []);
    expect(p.explanations.filter((e) => e.date !== null && e.date !== date)).toEqual([]);
    expect(p.days[0]!.night).toBe(rests ? (p.days[0]!.mask ? 'sheet mask night' : 'recovery night') : 'retinol night');
  });

  it('two retinol products: the explanation names both', () => {
    const p = plan({
      ...sensitive,
      serums: [
        { name: 'Night A', actives: ['retinol'] },
        { name: 'Night B', actives: ['retinol', 'peptides'] },
      ],
    });
    const left = p.explanations.find((e) => e.action === 'left-out' && e.rule === 'retinoid-start-slow');
    expect(left?.item).toBe('Night A, Night B');
  });

  it('no rest-night warning when every planned night may have retinol', () => {
    const p = plan({ skin: 'normal', serums: ['retinol'], masks: ['sheet'], masksPerWeek: 3 });
    expect(p.warnings.filter((w) => w.message.startsWith('Retinol rests'))).toEqual([]);
    expect(p.explanations.filter((e) => e.action === 'left-out')).toEqual([]);
  });
});

describe('morning and evening serums', () => {
  const cases: [string, Fields['serums'], string[], string[]][] = [
    ['benzoyl peroxide alone: morning only', ['benzoyl-peroxide'], ['benzoyl-peroxide'], ['hyaluronic-acid']],
    ['niacinamide: morning and evening', ['niacinamide'], ['niacinamide'], ['niacinamide']],
    ['vitamin C: morning only', ['vitamin-c'], ['vitamin-c'], ['hyaluronic-acid']],
    [
      'benzoyl peroxide with retinol: one in the morning, the other at night',
      ['benzoyl-peroxide', 'retinol'],
      ['benzoyl-peroxide'],
      ['retinol'],
    ],
    [
      'a product layers by its thinnest active (vitamin C before niacinamide, though it also has ceramides)',
      [{ name: 'C Cream', actives: ['ceramides', 'vitamin-c'] }, 'niacinamide', 'hyaluronic-acid'],
      ['ceramides+vitamin-c', 'niacinamide', 'hyaluronic-acid'],
      ['niacinamide', 'hyaluronic-acid'],
    ],
  ];
  it.each(cases)('%s', (_label, shelf, am, pm) => {
    const day = plan({ serums: shelf, masks: [] }, MONDAY, 1).days[0]!;
    expect(serums(day.am)).toEqual(am);
    expect(serums(day.pm)).toEqual(pm);
  });
});

describe('the daily-serum tip names the routine the shelf leaves empty', () => {
  const tip = (slots: string) =>
    `Your shelf has no serum for the ${slots} on some days: a simple hydrating serum (hyaluronic acid) is suggested there.`;
  const cases: [Fields['serums'], string[]][] = [
    [['retinol'], [tip('morning')]],
    [['vitamin-c'], [tip('evening')]],
    [['aha'], [tip('morning or evening')]],
    [['hyaluronic-acid'], []],
    [['vitamin-c', 'retinol'], []],
  ];
  it.each(cases)('%j → %j', (shelf, expected) => {
    expect(messages(plan({ serums: shelf, masks: [] }), 'daily-serum')).toEqual(expected);
  });
});

describe('mask nights', () => {
  const cases: [number, string[]][] = [
    [1, ['Sun']],
    [2, ['Wed', 'Sun']],
    [3, ['Tue', 'Thu', 'Sun']],
    [4, ['Mon', 'Wed', 'Fri', 'Sun']],
    [5, ['Mon', 'Tue', 'Thu', 'Fri', 'Sun']],
    [6, ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sun']],
    [7, ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']],
  ];
  it.each(cases)('%i a week: the same weekdays every week', (n, weekdays) => {
    const p = plan({ masksPerWeek: n, masks: ['sheet'] }, MONDAY, 21);
    for (let w = 0; w < 3; w++)
      expect(
        p.days
          .slice(w * 7, w * 7 + 7)
          .filter((d) => d.mask)
          .map((d) => short(d.weekday)),
      ).toEqual(weekdays);
  });

  const withEvents: [string, number, string, string[] | 'all'][] = [
    [
      'an eve on next Monday moves this Sunday’s mask so the two do not touch',
      3,
      '2026-12-08',
      ['12-01', '12-03', '12-05', '12-07', '12-10', '12-12', '12-15', '12-17', '12-20'],
    ],
    ['2 a week, an eve on next Monday', 2, '2026-12-08', ['12-02', '12-05', '12-07', '12-10', '12-16', '12-20']],
    [
      'an eve on a Sunday keeps the next Monday free',
      3,
      '2026-12-14',
      ['12-01', '12-03', '12-06', '12-08', '12-10', '12-13', '12-15', '12-17', '12-20'],
    ],
    ['7 a week with an event: still every night', 7, '2026-12-03', 'all'],
  ];
  it.each(withEvents)('%s', (_label, n, date, nights) => {
    const p = plan({ masksPerWeek: n, masks: ['sheet'] }, MONDAY, 21, [event(date)]);
    expect(maskNights(p).map((d) => d.slice(5))).toEqual(
      nights === 'all' ? p.days.map((d) => d.date.slice(5)) : nights,
    );
  });

  it('a plan --mask choice replaces that evening’s mask, --no-mask removes it', () => {
    const fields: Fields = { masks: ['sheet', 'clay'], masksPerWeek: 2 };
    const names = (p: RangePlan) => p.days.map((d) => d.mask?.name ?? '-');
    expect(names(plan(fields))).toEqual(['-', '-', 'Sheet mask', '-', '-', '-', 'Clay mask']);
    expect(names(plan(fields, MONDAY, 7, [], { date: '2026-12-01', mask: { name: null, type: 'clay' } }))).toEqual([
      '-',
      'Clay mask',
      'Sheet mask',
      '-',
      '-',
      '-',
      'Clay mask',
    ]);
    expect(names(plan(fields, MONDAY, 7, [], { date: '2026-12-02', mask: null }))).toEqual([
      '-',
      '-',
      '-',
      '-',
      '-',
      '-',
      'Clay mask',
    ]);
  });
});

describe('mask rotation', () => {
  it('carries on from week to week in shelf order', () => {
    const shelf: MaskType[] = ['sheet', 'gel', 'cream'];
    const p = plan({ masksPerWeek: 2, masks: shelf }, MONDAY, 21);
    const types = p.days.filter((d) => d.mask).map((d) => d.mask!.type);
    expect(types).toHaveLength(6);
    for (let i = 1; i < types.length; i++)
      expect(types[i], `night ${i}`).toBe(shelf[(shelf.indexOf(types[i - 1]!) + 1) % shelf.length]);
  });

  const order: [string, Fields, string[]][] = [
    [
      'sensitive skin starts each week with the gentle mask, though clay is listed first',
      { skin: 'sensitive', masksPerWeek: 2, masks: ['clay', 'sheet'] },
      ['Wed sheet', 'Sun clay', 'Wed sheet', 'Sun clay'],
    ],
    [
      'other skin follows the shelf order',
      { skin: 'normal', masksPerWeek: 2, masks: ['clay', 'sheet'] },
      ['Wed clay', 'Sun sheet', 'Wed clay', 'Sun sheet'],
    ],
    [
      'when the week’s two clay nights are used, that night gets the mask after clay',
      { skin: 'normal', masksPerWeek: 7, masks: ['clay', 'sheet', 'gel'] },
      [
        ...['Mon gel', 'Tue clay', 'Wed sheet', 'Thu gel', 'Fri clay', 'Sat sheet', 'Sun gel'],
        ...['Mon clay', 'Tue sheet', 'Wed gel', 'Thu clay', 'Fri sheet', 'Sat gel', 'Sun sheet'],
      ],
    ],
  ];
  it.each(order)('%s', (_label, fields, nights) => {
    const p = plan(fields, MONDAY, 14);
    expect(p.days.filter((d) => d.mask).map((d) => `${short(d.weekday)} ${d.mask!.type}`)).toEqual(nights);
  });

  it('two products of one type: each evening’s routine uses the product named for that night', () => {
    const p = plan({
      masksPerWeek: 2,
      masks: [
        { name: 'Rose Sheet', type: 'sheet' },
        { name: 'Honey Sheet', type: 'sheet' },
      ],
    });
    const nights = p.days.filter((d) => d.mask);
    expect(nights.map((d) => d.mask!.name)).toEqual(['Rose Sheet', 'Honey Sheet']);
    for (const d of nights) expect(d.pm.find((s) => s.kind === 'mask')).toMatchObject({ name: d.mask!.name });
  });
});

describe('clay allowance', () => {
  it('an event’s sheet mask does not use up the week’s one clay night (sensitive skin)', () => {
    const p = plan({ skin: 'sensitive', masksPerWeek: 3, masks: ['sheet', 'clay'] }, MONDAY, 7, [
      event('2026-12-04', 'Gala'),
    ]);
    expect(p.days.filter((d) => d.mask).map((d) => `${short(d.weekday)} ${d.mask!.type}`)).toEqual([
      'Tue clay',
      'Thu sheet',
      'Sun sheet',
    ]);
  });

  it('clay only, normal skin, 2 a week and an event: both nights get clay, nothing is left out', () => {
    const p = plan({ skin: 'normal', masksPerWeek: 2, masks: ['clay'], serums: [] }, MONDAY, 7, [
      event('2026-12-04', 'Gala'),
    ]);
    expect(p.days.filter((d) => d.mask).map((d) => `${short(d.weekday)} ${d.mask!.type}`)).toEqual([
      'Thu clay',
      'Sun clay',
    ]);
    expect(messages(p, 'clay-frequency')).toEqual([]);
    expect(p.explanations.filter((e) => e.action === 'left-out')).toEqual([]);
  });

  it('clay only, sensitive skin, two event eves: the second is left without a mask, and --explain says so', () => {
    const p = plan({ skin: 'sensitive', serums: [], masks: ['clay'], masksPerWeek: 0 }, '2026-05-04', 7, [
      event('2026-05-06', 'A'),
      event('2026-05-07', 'B'),
    ]);
    expect(messages(p, 'clay-frequency')).toContain(
      'Clay is your only mask and is limited to 1 a week for your skin, so some mask nights are left without a mask.',
    );
    expect(p.explanations.filter((e) => e.action === 'left-out')).toEqual([
      expect.objectContaining({ slot: 'pm', item: 'clay mask', rule: 'clay-frequency' }),
    ]);
  });

  it('a one-day plan on a night clay had to skip still says so', () => {
    const fields: Fields = { skin: 'sensitive', serums: [], masks: ['clay'], masksPerWeek: 3 };
    expect(plan(fields).days.map((d) => d.mask?.type ?? '-')).toEqual(['-', 'clay', '-', '-', '-', '-', '-']);
    expect(messages(plan(fields, '2026-12-03', 1), 'clay-frequency')).toEqual(
      expect.arrayContaining([expect.stringMatching(/^Clay is your only mask .* left without a mask\.$/)]),
    );
  });

  const none: [string, Fields][] = [
    ['no masks on the shelf', { masks: [], masksPerWeek: 3 }],
    ['clay within its allowance', { masks: ['clay', 'sheet'], masksPerWeek: 3 }],
  ];
  it.each(none)('%s: no clay warning, nothing left out', (_label, fields) => {
    const p = plan(fields, MONDAY, 7, [event('2026-12-03')]);
    expect(p.warnings.filter((w) => w.rule === 'clay-frequency')).toEqual([]);
    expect(p.explanations.filter((e) => e.action === 'left-out')).toEqual([]);
  });
});

describe('event eves', () => {
  const NO_MASK = 'No mask on your shelf for the evening before Party; add one to plan it.';
  const cases: [string, string, boolean][] = [
    ['2026-12-04', '2026-12-05', true],
    ['2026-12-02', '2026-12-05', false],
    ['2026-12-05', '2026-12-05', false],
    ['2026-11-30', '2026-12-01', true], // the eve is the Monday the week starts on
    ['2026-12-06', '2026-12-07', true], // the eve is the Sunday the week ends on
  ];
  it.each(cases)('no masks, one-day plan for %s, event on %s: warned %s', (day, date, warned) => {
    expect(messages(plan({ masks: [] }, day, 1, [event(date)]), 'event-eve-mask')).toEqual(warned ? [NO_MASK] : []);
  });

  it('two events with the same label and no masks: one warning', () => {
    const p = plan({ masks: [] }, MONDAY, 7, [event('2026-12-01'), event('2026-12-05')]);
    expect(messages(p, 'event-eve-mask')).toEqual([NO_MASK]);
  });

  it('with a mask on the shelf there is nothing to warn about', () => {
    const p = plan({ masks: ['clay'], masksPerWeek: 1 }, MONDAY, 7, [event('2026-12-03')]);
    expect(messages(p, 'event-eve-mask')).toEqual([]);
    expect(p.days.find((d) => d.date === '2026-12-02')!.mask?.event?.date).toBe('2026-12-03');
  });

  it('two events on one day: the eve’s mask is for the first one listed', () => {
    const p = plan({ masks: ['sheet'], masksPerWeek: 1 }, MONDAY, 7, [
      event('2026-12-05', 'A'),
      event('2026-12-05', 'B'),
    ]);
    expect(p.days.find((d) => d.date === '2026-12-04')!.mask?.event).toEqual({ date: '2026-12-05', label: 'A' });
  });

  it('--explain says why each mask is where it is', () => {
    const p = plan({ masksPerWeek: 3, masks: ['sleeping', 'gel'] }, MONDAY, 7, [event('2026-12-05', null)]);
    expect(p.explanations.filter((e) => e.date !== null)).toEqual([
      {
        date: '2026-12-01',
        slot: 'pm',
        item: 'Gel mask',
        action: 'placed',
        rule: 'mask-spacing',
        reason: 'A mask night, spaced from the others; serum and moisturizer follow the mask.',
      },
      {
        date: '2026-12-04',
        slot: 'pm',
        item: 'Sleeping mask',
        action: 'placed',
        rule: 'event-eve-mask',
        reason: 'The evening before your event (2026-12-05).',
      },
      {
        date: '2026-12-06',
        slot: 'pm',
        item: 'Sleeping mask',
        action: 'placed',
        rule: 'mask-spacing',
        reason: 'A mask night, spaced from the others; the sleeping mask goes on last and replaces the moisturizer.',
      },
    ]);
  });
});

describe('what each rule says', () => {
  const cases: [string, string, Fields, string[]][] = [
    [
      'sunscreen-every-morning',
      'names AHA and retinol',
      { serums: ['retinol', 'aha'], masks: [] },
      [
        'Your plan uses AHA and retinol, which make skin more sensitive to the sun: never skip the morning SPF 30+, and reapply outdoors.',
      ],
    ],
    [
      'sunscreen-every-morning',
      'names BHA in capitals',
      { serums: ['bha'], masks: [] },
      [
        'Your plan uses BHA, which makes skin more sensitive to the sun: never skip the morning SPF 30+, and reapply outdoors.',
      ],
    ],
    [
      'pregnancy-no-retinoids',
      'names a generic retinol',
      { pregnancySafe: true, serums: ['retinol', 'azelaic-acid'], masks: [] },
      ['Pregnancy-safe: left out retinol serum (retinoids); ask your doctor about azelaic acid instead.'],
    ],
    [
      'pregnancy-no-retinoids',
      'names every retinoid product',
      {
        pregnancySafe: true,
        serums: [
          { name: 'Night A', actives: ['retinol'] },
          { name: 'Night B', actives: ['retinol', 'peptides'] },
          'bha',
        ],
        masks: [],
      },
      ['Pregnancy-safe: left out Night A, Night B (retinoids); ask your doctor about azelaic acid instead.'],
    ],
    ['pregnancy-no-retinoids', 'is quiet with no retinoid', { pregnancySafe: true, serums: ['azelaic-acid'] }, []],
    [
      'retinoid-start-slow',
      'on normal skin',
      { skin: 'normal', serums: ['retinol'], masks: [] },
      ['New to retinol? Use it 2 nights a week at first (not every night as planned), adding a night each week.'],
    ],
    ['retinoid-start-slow', 'is quiet without retinol', { skin: 'normal', serums: ['aha'], masks: [] }, []],
    ['clay-frequency', 'is quiet for sensitive skin without clay', { skin: 'sensitive', masks: ['sheet'] }, []],
    [
      'sensitive-gentle-masks',
      'suggests a gentler mask',
      { skin: 'sensitive', masks: ['clay'], masksPerWeek: 1 },
      ['Sensitive skin: none of your masks is a hydrating one; a sheet, gel or sleeping mask would be gentler.'],
    ],
    ['patch-test', 'for an AHA', { serums: ['aha'], masks: [] }, [PATCH]],
    ['patch-test', 'for a BHA', { serums: ['bha'], masks: [] }, [PATCH]],
    ['patch-test', 'for retinol', { serums: ['retinol'], masks: [] }, [PATCH]],
    [
      'vitamin-c-apart-from-acid',
      'names the product',
      { serums: [{ name: 'C+AHA', actives: ['vitamin-c', 'aha'] }], masks: [] },
      ['C+AHA combines vitamin C with an exfoliating acid in one product; expect more irritation.'],
    ],
    [
      'benzoyl-peroxide-apart-from-retinoid',
      'names the product',
      { serums: [{ name: 'Combo', actives: ['benzoyl-peroxide', 'retinol'] }], masks: [] },
      [
        'Retinol rests on 7 nights (Mon 2026-11-30, Tue 2026-12-01, Wed 2026-12-02, Thu 2026-12-03 and 3 more): benzoyl peroxide and retinol at different times of day: benzoyl peroxide in the morning, retinol at night.',
        'Combo combines benzoyl peroxide and retinol in one product; benzoyl peroxide can break retinoids down.',
      ],
    ],
    [
      'benzoyl-peroxide-apart-from-retinoid',
      'is quiet for separate products',
      { serums: ['benzoyl-peroxide', 'retinol'] },
      [],
    ],
    ['mask-spacing', 'leaves 5 a week to over-masking', { masksPerWeek: 5 }, []],
  ];
  it.each(cases)('%s %s', (rule, _label, fields, expected) => {
    expect(messages(plan(fields), rule)).toEqual(expected);
  });

  it('pregnancy-safe keeps the other serums, and --explain names what it left out', () => {
    const p = plan({ pregnancySafe: true, serums: ['retinol', 'azelaic-acid'], masks: [] }, MONDAY, 1);
    expect(serums(p.days[0]!.pm)).toEqual(['azelaic-acid']);
    const two = plan({
      pregnancySafe: true,
      serums: [
        { name: 'Night A', actives: ['retinol'] },
        { name: 'Night B', actives: ['retinol'] },
      ],
    });
    expect(two.explanations.filter((e) => e.rule === 'pregnancy-no-retinoids').map((e) => [e.action, e.item])).toEqual([
      ['left-out', 'Night A, Night B'],
    ]);
  });

  it('mask-spacing names back-to-back mask nights', () => {
    const p = plan({ masksPerWeek: 2, masks: ['sheet'] }, MONDAY, 7, [
      event('2026-12-03', 'A'),
      event('2026-12-04', 'B'),
    ]);
    expect(maskNights(p)).toEqual(['2026-12-02', '2026-12-03']);
    expect(messages(p, 'mask-spacing')).toEqual([
      'Mask nights back to back on Thursday 2026-12-03: that is what 2 a week (or an event) needs; keep those masks gentle.',
    ]);
  });

  it('mask-spacing names every back-to-back night', () => {
    const p = plan({ masksPerWeek: 2, masks: ['sheet'] }, MONDAY, 14, [
      event('2026-12-03', 'A'),
      event('2026-12-04', 'B'),
      event('2026-12-10', 'C'),
      event('2026-12-11', 'D'),
    ]);
    expect(messages(p, 'mask-spacing')).toEqual([
      'Mask nights back to back on Thursday 2026-12-03, Thursday 2026-12-10: that is what 2 a week (or an event) needs; keep those masks gentle.',
    ]);
  });
});

describe('scenario names and typos', () => {
  const distances: [string, string, number][] = [
    ['kitten', 'sitting', 3],
    ['', 'abc', 3],
    ['abc', '', 3],
    ['flaw', 'lawn', 2],
    ['sheet', 'sheet', 0],
  ];
  it.each(distances)('distance(%s, %s) = %i', (a, b, d) => {
    expect(distance(a, b)).toBe(d);
  });

  const SKINS = ['dry', 'oily', 'combination', 'normal', 'sensitive'];
  const IDS = data.scenarios.map((s) => s.id);
  const typos: [string, string[], string | undefined][] = [
    ['dyr', SKINS, 'dry'], // two edits in a short word still count
    ['bg-evnt', IDS, 'big-event'], // two edits: the limit for up to 8 letters
    ['bgevnt', IDS, undefined], // three is too many
    ['ab', ['ax', 'ay'], 'ax'], // a tie goes to the first
  ];
  it.each(typos)('closest(%s) → %s', (input, options, expected) => {
    expect(closest(input, options)).toBe(expected);
  });

  it('an exact name wins over names that contain it', () => {
    const [a, b] = data.scenarios;
    const list = [
      { ...a!, name: 'Glow' },
      { ...b!, name: 'Glow up' },
    ];
    expect(matchScenario('glow', list)).toEqual({ kind: 'found', scenario: list[0] });
    expect(matchScenario('GLOW UP', list)).toEqual({ kind: 'found', scenario: list[1] });
    // An id typed in full wins too, even when another scenario's name contains it.
    const byId = [
      { ...a!, name: 'Everyday' },
      { ...b!, name: `${a!.id} and more` },
    ];
    expect(matchScenario(a!.id, byId)).toEqual({ kind: 'found', scenario: byId[0] });
  });

  it('punctuation and spacing are ignored, but words stay apart', () => {
    const id = (input: string) => {
      const m = matchScenario(input, data.scenarios);
      return m.kind === 'found' ? m.scenario.id : m.kind;
    };
    expect(id('post travel tired skin')).toBe('post-travel');
    expect(id('dry -- weather')).toBe('dry-weather');
    expect(id('skinfrom')).toBe('unknown');
  });

  it('a scenario as commands show it keeps its actives and masks', () => {
    const s = describeScenario(
      data.scenarios.find((x) => x.id === 'dry-weather')!,
      data,
    );
    expect(s).toMatchObject({ id: 'dry-weather', actives: ['hyaluronic-acid'], masks: ['sleeping', 'cream'] });
  });
});

describe('chooseSpread answers each request on its own terms', () => {
  const cases: [Parameters<typeof chooseSpread>[0], number[]][] = [
    [{ count: 2, preferred: [2, 6] }, [2, 6]],
    [{ count: 2, preferred: [1, 4] }, [1, 4]],
    [{ count: 2, disfavoured: [0] }, [1, 4]],
    [{ count: 2, disfavoured: [1] }, [0, 3]],
    [{ count: 2 }, [0, 3]],
    [{ count: 2, prevSunday: true }, [1, 4]],
    [{ count: 3, preferred: [1, 3, 6], prevSunday: true, nextMonday: true }, [1, 3, 5]],
    [{ count: 3, fixed: [4], preferred: [1, 3, 6], nextMonday: true }, [0, 2, 4]],
    [{ count: 7, fixed: [3] }, [0, 1, 2, 3, 4, 5, 6]],
  ];
  it.each(cases)('%j → %j', (req, days) => {
    expect(chooseSpread(req)).toEqual(days);
  });
});

describe('acids and a clay mask on the neighbouring week', () => {
  it('no AHA on the Monday after a Sunday clay mask', async () => {
    const { planRange } = await import('../src/rules/planner.js');
    const { data, profileOf } = await import('./helpers.js');
    const p = planRange(
      profileOf({ skin: 'normal', serums: ['aha'], masks: ['clay'], masksPerWeek: 1 }),
      '2026-11-30',
      14,
      { events: [] },
      data,
    );
    for (const [i, d] of p.days.entries()) {
      const acid = d.pm.some((s) => s.kind === 'serum' && s.actives.includes('aha'));
      const nearClay = p.days[i - 1]?.mask?.type === 'clay' || p.days[i + 1]?.mask?.type === 'clay';
      if (i > 0 && i < p.days.length - 1) expect(acid && nearClay, d.date).toBe(false);
    }
    expect(p.days[0]!.pm.some((s) => s.kind === 'serum' && s.actives.includes('aha'))).toBe(false); // 29 Nov was clay
  });
});
