// Scenario matching: a name typed by a person to one of the six scenarios.
import type { Data, ScenarioInfo } from '../data.js';

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

/** Edit distance, for "did you mean". */
export function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length]!;
}

/** The closest of `options` to `input`, when close enough to be a likely typo. */
export function closest(input: string, options: readonly string[]): string | undefined {
  const needle = input.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const option of options) {
    const d = distance(needle, option.toLowerCase());
    if (d < bestDistance) {
      best = option;
      bestDistance = d;
    }
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(needle.length / 3)) ? best : undefined;
}

/** Matches an id, a display name (any case), or a unique fragment of either. */
export function matchScenario(input: string, scenarios: readonly ScenarioInfo[]): ScenarioMatch {
  const q = normalise(input);
  if (!q) return { kind: 'unknown' };
  const exact = scenarios.find((s) => normalise(s.id) === q || normalise(s.name) === q);
  if (exact) return { kind: 'found', scenario: exact };
  const partial = scenarios.filter((s) => normalise(s.id).includes(q) || normalise(s.name).includes(q));
  if (partial.length === 1) return { kind: 'found', scenario: partial[0]! };
  if (partial.length > 1) return { kind: 'ambiguous', candidates: partial.map((s) => s.id) };
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
