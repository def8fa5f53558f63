// A product's name in plans and warnings: its own name, else its actives joined (a serum) or its type's (a mask); and a
// rule's message as it reads after a colon.
import { describe, expect, it } from 'vitest';
import type { ActiveId, MaskType } from '../../src/domain/vocabulary.js';
import { lowerFirst, productName } from '../../src/rules/safety/rule.js';
import { data } from '../helpers.js';

describe('productName', () => {
  const serum = (actives: ActiveId[], name: string | null = null) => ({ name, actives });
  const mask = (type: MaskType, name: string | null = null) => ({ name, type });
  it.each([
    ['a named serum', serum(['retinol'], 'Night Oil'), 'Night Oil'],
    ['a serum of one active', serum(['retinol']), 'Retinol serum'],
    [
      'a serum of two actives, in their order',
      serum(['retinol', 'hyaluronic-acid']),
      'Retinol + Hyaluronic acid serum',
    ],
    [
      'a serum of three actives',
      serum(['peptides', 'niacinamide', 'aha']),
      `Peptides + Niacinamide + ${data.active('aha').name} serum`,
    ],
    ['a named mask', mask('clay', 'Green Clay'), 'Green Clay'],
    ['a mask by its type', mask('sheet'), 'Sheet mask'],
  ])('%s', (_what, product, expected) => {
    expect(productName(product, data)).toBe(expected);
  });
});

describe('a rule message after a colon (lowerFirst)', () => {
  it.each([
    ['No AHA/BHA on a clay-mask night.', 'no AHA/BHA on a clay-mask night.'],
    ['AHA/BHA at most 2 nights a week.', 'AHA/BHA at most 2 nights a week.'],
    ['SPF 30 every morning.', 'SPF 30 every morning.'],
    ['A serum the plan never uses.', 'a serum the plan never uses.'],
    ['Vitamin C in the morning.', 'vitamin C in the morning.'],
    ['already lower case', 'already lower case'],
    ['', ''],
  ])('%j -> %j', (text, expected) => {
    expect(lowerFirst(text)).toBe(expected);
  });
});
