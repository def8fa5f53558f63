/** A seeded generator (mulberry32): the same numbers in [0, 1) for the same seed. */
export function random(seed: number): () => number;
