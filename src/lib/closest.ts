// "Did you mean": the nearest of the accepted words to a mistyped one. Pure; used by every layer.

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

/**
 * The closest of `options` to `input`, when close enough to be a likely typo. Between options as close as each
 * other, one that starts with the same letter as `input` wins (a typo is seldom in the first letter: "fsh" is
 * "fish" rather than "zsh"); between those still tied, the first listed.
 */
export function closest(input: string, options: readonly string[]): string | undefined {
  const needle = input.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  let bestOffStart = true;
  for (const option of options) {
    const lower = option.toLowerCase();
    const d = distance(needle, lower);
    const offStart = lower[0] !== needle[0];
    if (d < bestDistance || (d === bestDistance && bestOffStart && !offStart)) {
      best = option;
      bestDistance = d;
      bestOffStart = offStart;
    }
  }
  // No options: the distance stays Infinity, and nothing is suggested.
  return bestDistance <= Math.max(2, Math.floor(needle.length / 3)) ? best : undefined;
}
