// A seeded generator (mulberry32): the same numbers in [0, 1) for the same seed, on every machine and Node. Used
// where generated inputs must repeat exactly: the bench's profiles and the pinned plans' lines.

/** @param {number} seed @returns {() => number} */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
