// What an evening is called: the name a person recognises in the table, the calendar and JSON.
import { expect, it } from 'vitest';
import type { MaskType } from '../../src/domain/vocabulary.js';
import { nightName } from '../../src/rules/routine.js';
import { data } from './helpers.js';

const mask = (type: MaskType) => ({ type, name: `${type} mask` });
const cases: [
  string,
  MaskType | null,
  { acid: boolean; retinoid: boolean; other?: boolean },
  boolean,
  { week: number; level: number } | undefined,
  string,
][] = [
  ['plain shelf, no mask', null, { acid: false, retinoid: false }, false, undefined, 'serum night'],
  ['plain shelf, sheet mask', 'sheet', { acid: false, retinoid: false }, false, undefined, 'sheet mask night'],
  ['strong shelf, nothing tonight', null, { acid: false, retinoid: false }, true, undefined, 'recovery night'],
  ['strong shelf, a gel mask only', 'gel', { acid: false, retinoid: false }, true, undefined, 'recovery night'],
  [
    'strong shelf, clay: never a recovery night',
    'clay',
    { acid: false, retinoid: false },
    true,
    undefined,
    'clay mask night',
  ],
  ['retinol', null, { acid: false, retinoid: true }, true, undefined, 'retinol night'],
  [
    'retinol ramping',
    null,
    { acid: false, retinoid: true },
    true,
    { week: 1, level: 2 },
    'retinol night (ramp week 1, 2/7)',
  ],
  ['retinol with a sheet mask', 'sheet', { acid: false, retinoid: true }, true, undefined, 'retinol night, sheet mask'],
  ['acid', null, { acid: true, retinoid: false }, true, undefined, 'exfoliation night'],
  [
    'benzoyl peroxide in the evening',
    null,
    { acid: false, retinoid: false, other: true },
    true,
    undefined,
    'serum night',
  ],
];
it.each(cases)('%s → %s', (_name, type, strong, shelf, ramp, expected) => {
  expect(nightName(type ? mask(type) : null, strong, shelf, data, ramp, ['clay'])).toBe(expected);
});
