// The journal may come in any order: the plan reads it by date.
import { describe, expect, it } from 'vitest';
import type { LoggedDay } from '../../src/rules/types.js';
import { plan, profileOf } from './helpers.js';

const oily = profileOf({ skin: 'oily', serums: ['retinol'], masks: ['clay'], masksPerWeek: 2 });
const breakoutTip = (journal: LoggedDay[]) =>
  plan(oily, '2026-11-30', 7, { journal }).warnings.find((w) => w.rule === 'breakout-log')?.message;

describe('a journal given out of order', () => {
  it.each([
    ['in order', ['2026-11-29', '2026-12-01']],
    ['newest first', ['2026-12-01', '2026-11-29']],
    ['shuffled', ['2026-12-01', '2026-11-29', '2026-12-02', '2026-11-30']],
  ])('breakouts logged %s: the tip names the earliest', (_, dates) => {
    expect(breakoutTip(dates.map((date) => ({ date, skin: ['breakout'] })))).toMatch(
      /^You logged a breakout on 2026-11-29:/,
    );
  });

  it('two entries for one day keep their order', () => {
    const messages = (skins: ('red' | 'stinging')[]) =>
      plan(oily, '2026-11-30', 7, { journal: skins.map((s) => ({ date: '2026-12-02', skin: [s] })) })
        .warnings.filter((w) => w.rule === 'irritation-rest')
        .map((w) => w.message.split(' skin ')[0]);
    expect(messages(['red', 'stinging'])).toEqual(['You logged red', 'You logged stinging']);
    expect(messages(['stinging', 'red'])).toEqual(['You logged stinging', 'You logged red']);
  });
});
