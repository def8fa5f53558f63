// Scenario matching: a name typed by a person to one of the six scenarios.
import type { Data, ScenarioInfo } from '../domain/data.js';
import { closest } from '../lib/closest.js';

export type ScenarioMatch =
  | { kind: 'found'; scenario: ScenarioInfo }
  | { kind: 'unknown'; suggestion?: string }
  | { kind: 'ambiguous'; candidates: string[] };

const normalise = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** Matches an id, a display name (any case), or a unique fragment of either. */
export function matchScenario(input: string, scenarios: readonly ScenarioInfo[]): ScenarioMatch {
  const q = normalise(input);
  if (!q) return { kind: 'unknown' };
  const exact = scenarios.find((s) => normalise(s.id) === q || normalise(s.name) === q);
  if (exact) return { kind: 'found', scenario: exact };
  const partial = scenarios.filter((s) => normalise(s.id).includes(q) || normalise(s.name).includes(q));
  if (partial.length)
    return partial.length === 1
      ? { kind: 'found', scenario: partial[0]! }
      : { kind: 'ambiguous', candidates: partial.map((s) => s.id) };
  const suggestion = closest(
    input,
    scenarios.map((s) => s.id),
  );
  return suggestion ? { kind: 'unknown', suggestion } : { kind: 'unknown' };
}

/** A scenario as commands show it. */
export function describeScenario(s: ScenarioInfo, data: Data) {
  return {
    id: s.id,
    name: s.name,
    choice: s.choice,
    why: s.why,
    use: s.use,
    actives: [...s.actives],
    masks: [...s.masks],
    source: data.source(s.source).citation,
  };
}
