// The checks shared by flags, prompts, batch lines and the profile file: what each accepts, at the edges.
import { describe, expect, it } from 'vitest';
import {
  dateProblem,
  LABEL_MAX,
  labelProblem,
  PAO_MONTHS,
  PATCH_TEST_DAYS,
  weeksProblem,
  wholeProblem,
  WEEKS,
} from '../src/domain/validators.js';

const ok = undefined;

describe('labelProblem', () => {
  it.each([
    ['', ok],
    ['Wedding', ok],
    ['x'.repeat(LABEL_MAX), ok],
    [`  ${'x'.repeat(LABEL_MAX)}  `, ok], // counted once trimmed
    ['x'.repeat(LABEL_MAX + 1), 'must be at most 200 characters'],
  ])('%j → %s', (text, problem) => expect(labelProblem(text)).toBe(problem));
  it('the limit is 200 characters', () => expect(LABEL_MAX).toBe(200));
});

describe('weeksProblem', () => {
  it.each([
    [1, ok],
    [520, ok],
    [52, ok],
    [0, 'must be a whole number from 1 to 520'],
    [521, 'must be a whole number from 1 to 520'],
    [1.5, 'must be a whole number from 1 to 520'],
    ['4', 'must be a whole number from 1 to 520'],
    [null, 'must be a whole number from 1 to 520'],
  ])('%j → %s', (value, problem) => expect(weeksProblem(value)).toBe(problem));
  it('ten years at most', () => expect(WEEKS).toEqual({ min: 1, max: 520 }));
});

describe('wholeProblem', () => {
  it.each([
    [7, 7, 14, ok],
    [14, 7, 14, ok],
    [6, 7, 14, 'must be a whole number from 7 to 14'],
    [15, 7, 14, 'must be a whole number from 7 to 14'],
    [Number.NaN, 1, 60, 'must be a whole number from 1 to 60'],
    [Infinity, 1, 60, 'must be a whole number from 1 to 60'],
  ])('%j in %i..%i → %s', (value, min, max, problem) => expect(wholeProblem(value, min, max)).toBe(problem));
  it('patch tests last 7 to 14 days (7 by default); an open jar keeps 1 to 60 months', () => {
    expect(PATCH_TEST_DAYS).toEqual({ min: 7, max: 14, default: 7 });
    expect(PAO_MONTHS).toEqual({ min: 1, max: 60 });
  });
});

describe('dateProblem', () => {
  const problem = 'must be a calendar date YYYY-MM-DD from 1900 to 2999';
  it.each([
    ['2026-12-01', ok],
    ['2028-02-29', ok],
    ['1900-01-01', ok],
    ['2999-12-31', ok],
    ['2026-02-29', problem],
    ['2026-13-01', problem],
    ['1899-12-31', problem],
    ['3000-01-01', problem],
    ['2026-12-1', problem],
    [' 2026-12-01', problem],
    ['next monday', problem],
    [20261201, problem],
    [undefined, problem],
  ])('%j → %s', (value, expected) => expect(dateProblem(value)).toBe(expected));
});
