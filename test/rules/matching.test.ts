// Matching what a person types: edit distance, "did you mean", and scenario names (exact, fragment, typo).
import { describe, expect, it } from 'vitest';
import { closest, distance } from '../../src/lib/closest.js';
import { describeScenario, matchScenario } from '../../src/rules/scenario.js';
import type { ScenarioInfo } from '../../src/domain/data.js';
import { data } from '../helpers.js';

describe('edit distance', () => {
  it.each([
    ['kitten', 'sitting', 3],
    ['abc', 'abd', 1],
    ['abc', 'abc', 0],
    ['', 'abc', 3],
    ['abc', '', 3],
    ['ab', 'ba', 2],
    ['flaw', 'lawn', 2],
    ['a', 'b', 1],
  ] as const)('%j to %j is %i', (a, b, d) => {
    expect(distance(a, b)).toBe(d);
    expect(distance(b, a)).toBe(d);
  });
});

describe('did you mean', () => {
  it.each([
    // Up to 2 edits, or a third of the word's length when that is more.
    ['ab', ['xy'], 'xy'],
    ['abc', ['xyz'], undefined],
    ['abcdefghi', ['abcdefxyz'], 'abcdefxyz'],
    ['abcdefghi', ['abcdewxyz'], undefined],
    ['abcdefghijkl', ['abcdefghwxyz'], 'abcdefghwxyz'],
    ['abcdefghijkl', ['abcdefgvwxyz'], undefined],
    // The nearest wins; on a tie, one with the same first letter, then the first listed.
    ['cat', ['hat', 'bat'], 'hat'],
    ['cat', ['bat', 'hat'], 'bat'],
    ['cart', ['bat', 'cat'], 'cat'],
    ['fsh', ['bash', 'zsh', 'fish'], 'fish'],
    ['Cat', ['hat', 'cut', 'cot'], 'cut'],
    ['cart', ['cat', 'car'], 'cat'],
    // Case does not count; the option comes back as written.
    ['WEEK', ['week', 'plan'], 'week'],
    ['plna', ['Plan'], 'Plan'],
    ['anything', [], undefined],
  ] as const)('%j among %j: %j', (input, options, expected) => {
    expect(closest(input, options)).toBe(expected);
  });
});

describe('a scenario as commands show it', () => {
  it('carries every field, its actives and masks, and its source in words', () => {
    const s = data.scenarios.find((x) => x.id === 'dry-weather')!;
    const view = describeScenario(s, data);
    expect(view).toEqual({
      id: 'dry-weather',
      name: s.name,
      choice: s.choice,
      why: s.why,
      use: s.use,
      actives: s.actives,
      masks: s.masks,
      source: data.source(s.source).citation,
    });
    expect(view.actives.length).toBeGreaterThan(0);
    expect(view.masks.length).toBeGreaterThan(0);
    // Copies: changing the view leaves the data alone.
    view.actives.pop();
    expect(s.actives.length).toBe(view.actives.length + 1);
  });
});

describe('scenario names', () => {
  // Made-up scenarios, to show how names that overlap resolve (the real six never do).
  const like = (id: string, name: string) => ({ ...data.scenarios[0]!, id: id as ScenarioInfo['id'], name });
  const shelf = [
    like('event', 'An event'),
    like('big-event', 'Before a big event'),
    like('sun', 'After sun'),
    like('sun-care', 'After sun care'),
  ];

  it.each([
    ['event', 'event'],
    ['An event', 'event'],
    ['AN   EVENT', 'event'],
    ['big event', 'big-event'],
    ['before a big', 'big-event'],
    ['after-sun', 'sun'],
    ['after   sun', 'sun'],
    ['  After sun  ', 'sun'],
  ])('%j is %s (an exact id or name wins over a fragment of another)', (input, id) => {
    const m = matchScenario(input, shelf);
    expect(m.kind === 'found' && m.scenario.id).toBe(id);
  });

  it('a fragment of two is ambiguous, naming both; punctuation and spacing count as one space', () => {
    expect(matchScenario('ev', shelf)).toEqual({ kind: 'ambiguous', candidates: ['event', 'big-event'] });
    expect(matchScenario('after s', shelf)).toEqual({ kind: 'ambiguous', candidates: ['sun', 'sun-care'] });
    // Words run together are not the same words.
    expect(matchScenario('bigevent', data.scenarios)).toEqual({ kind: 'unknown', suggestion: 'big-event' });
    expect(matchScenario('st tr', data.scenarios)).toMatchObject({ kind: 'found', scenario: { id: 'post-travel' } });
    expect(matchScenario('post -- travel', data.scenarios)).toMatchObject({
      kind: 'found',
      scenario: { id: 'post-travel' },
    });
  });

  it('nothing typed, or only punctuation, is unknown with no suggestion', () => {
    expect(matchScenario('', shelf)).toEqual({ kind: 'unknown' });
    expect(matchScenario(' -- ', shelf)).toEqual({ kind: 'unknown' });
  });

  it('a typo suggests the closest id; a word far from every id suggests nothing', () => {
    expect(matchScenario('evnt', shelf)).toEqual({ kind: 'unknown', suggestion: 'event' });
    expect(matchScenario('zzzzzz', shelf)).toEqual({ kind: 'unknown' });
  });
});
