// Choosing which days of a Monday-to-Sunday week get something, spread out and never two in a row.

/** The evenly spread weekday indices (0 = Monday) for n nights a week, counted back from Sunday. */
export function defaultPattern(n: number): number[] {
  let days = patterns[n];
  // Stryker disable next-line ConditionalExpression: a memo; computing again gives the same days.
  if (!days) {
    days = [];
    for (let i = 0; i < Math.min(n, 7); i++) days.push(6 - Math.ceil((i * 7) / n));
    days.sort((a, b) => a - b);
    // Stryker disable next-line all: which counts are remembered changes no answer.
    if (n >= 0 && n <= 7) patterns[n] = days;
  }
  return [...days];
}

const patterns: number[][] = [];

/** Every subset of `pool` with `size` members, in lexicographic order. */
export function subsets(pool: readonly number[], size: number): number[][] {
  const out: number[][] = [];
  const pick = (from: number, chosen: number[]): void => {
    if (chosen.length === size) {
      out.push([...chosen]);
      return;
    }
    for (let i = from; i <= pool.length - (size - chosen.length); i++) pick(i + 1, [...chosen, pool[i]!]);
  };
  // Stryker disable next-line all: outside that range there is no subset, and pick finds none either.
  if (size >= 0 && size <= pool.length) pick(0, []);
  return out;
}

/** Adjacent pairs among sorted day indices, plus touching the neighbouring weeks' nights. */
export function adjacentPairs(days: readonly number[], prevSunday = false, nextMonday = false): number {
  let pairs = 0;
  // Stryker disable next-line EqualityOperator: one step past the end compares with undefined, never 1.
  for (let i = 1; i < days.length; i++) if (days[i]! - days[i - 1]! === 1) pairs++;
  if (prevSunday && days.includes(0)) pairs++;
  if (nextMonday && days.includes(6)) pairs++;
  return pairs;
}

/** The smallest gap between consecutive chosen days, wrapping round the week (7 when fewer than two). */
export function minGap(days: readonly number[]): number {
  if (days.length < 2) return 7;
  let gap = 7;
  for (let i = 1; i < days.length; i++) gap = Math.min(gap, days[i]! - days[i - 1]!);
  return Math.min(gap, days[0]! + 7 - days[days.length - 1]!);
}

export interface SpreadRequest {
  /** How many days to choose in all (fixed ones included). */
  count: number;
  /** Days that must be chosen. */
  fixed?: readonly number[];
  /** Days that may be chosen (default: all seven). */
  allowed?: readonly number[];
  /** Days to keep to when it costs nothing else (the usual pattern). */
  preferred?: readonly number[];
  /** Days to avoid when it costs nothing else. */
  disfavoured?: readonly number[];
  /** The previous week's Sunday / the next week's Monday already has one. */
  prevSunday?: boolean;
  nextMonday?: boolean;
}

/**
 * Picks `count` days: fewest adjacent pairs first, then the widest spacing, then fewest disfavoured days,
 * then closest to the preferred pattern, then the earliest in the week (so the choice is deterministic).
 */
export function chooseSpread(req: SpreadRequest): number[] {
  // Pure and called for every week of every plan: remember answers (the inputs are a handful of small numbers).
  const key = spreadKey(req);
  let days = spreadMemo.get(key);
  // Stryker disable next-line ConditionalExpression: a memo; computing again gives the same days.
  if (!days) {
    days = computeSpread(req);
    // Stryker disable next-line all: when the memo is emptied changes no answer.
    if (spreadMemo.size > 10_000) spreadMemo.clear();
    spreadMemo.set(key, days);
  }
  return [...days];
}

const spreadMemo = new Map<number | string, number[]>();

/**
 * A list of weekdays as bits (bit i: weekday i), 1 << 7 for a list left out; -1 when it is not strictly ascending
 * within 0..6, where order and repeats could matter.
 */
function dayBits(days: readonly number[] | undefined): number {
  if (days === undefined) return 1 << 7;
  let bits = 0;
  let last = -1;
  for (const d of days) {
    if (!Number.isInteger(d) || d <= last || d > 6) return -1;
    bits |= 1 << d;
    last = d;
  }
  return bits;
}

/** The memo key of a request: one number for the usual small inputs, else a text naming every field. */
export function spreadKey(req: SpreadRequest): number | string {
  const fixed = dayBits(req.fixed);
  const allowed = dayBits(req.allowed);
  const preferred = dayBits(req.preferred);
  const disfavoured = dayBits(req.disfavoured);
  if (
    Number.isInteger(req.count) &&
    req.count >= 0 &&
    req.count <= 7 &&
    fixed >= 0 &&
    allowed >= 0 &&
    preferred >= 0 &&
    disfavoured >= 0
  )
    // 4 x 8 bits for the lists, 3 for the count, 2 for the neighbours: 37 bits, exact in a double.
    return (
      ((((fixed * 256 + allowed) * 256 + preferred) * 256 + disfavoured) * 8 + req.count) * 4 +
      (req.prevSunday ? 2 : 0) +
      (req.nextMonday ? 1 : 0)
    );
  return JSON.stringify([
    req.count,
    req.fixed ?? null,
    req.allowed ?? null,
    req.preferred ?? null,
    req.disfavoured ?? null,
    Boolean(req.prevSunday),
    Boolean(req.nextMonday),
  ]);
}

function computeSpread(req: SpreadRequest): number[] {
  const fixed = [...new Set(req.fixed ?? [])];
  const allowed = (req.allowed ?? [0, 1, 2, 3, 4, 5, 6]).filter((d) => !fixed.includes(d));
  const need = Math.max(0, Math.min(req.count, fixed.length + allowed.length) - fixed.length);
  // Stryker disable next-line ArrayDeclaration: no preferred days, or one that is not a day index, prefer nothing.
  const preferred = new Set(req.preferred ?? []);
  const disfavoured = new Set(req.disfavoured ?? []);
  let best: number[] = [];
  let bestKey: number[] | undefined;
  for (const extra of subsets(allowed, need)) {
    const days = [...fixed, ...extra].sort((a, b) => a - b);
    const key = [
      adjacentPairs(days, req.prevSunday, req.nextMonday),
      -minGap(days),
      days.filter((d) => disfavoured.has(d)).length,
      days.filter((d) => !preferred.has(d)).length,
    ];
    if (!bestKey || compareKeys(key, bestKey) < 0) {
      best = days;
      bestKey = key;
    }
  }
  return best;
}

function compareKeys(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}
