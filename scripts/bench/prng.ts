/**
 * A small seeded PRNG so the synthetic corpus is byte-for-byte reproducible
 * (Math.random would make benchmark runs incomparable and tests flaky).
 */

/** Random helpers bound to one deterministic stream. */
export interface Rng {
  /** Uniform float in [0, 1). */
  next(): number;
  /** Uniform integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  /** One element of a non-empty array. */
  pick<T>(items: readonly T[]): T;
  /** A shuffled copy (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[];
  /** k distinct elements in random order (k is clamped to the array length). */
  sample<T>(items: readonly T[], k: number): T[];
}

/**
 * mulberry32: 32-bit state, fast, and good enough for picking sentences; not for cryptography.
 * Different (seed, stream) pairs give independent-looking streams, so one letter's choices do not
 * shift when another letter's layout changes.
 */
export function createRng(seed: number, stream = 0): Rng {
  // Mix seed and stream through an integer hash so nearby seeds do not start correlated.
  let state = hash32(hash32(seed >>> 0) ^ Math.imul(stream >>> 0, 0x9e3779b1));
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  const shuffle = <T>(items: readonly T[]): T[] => {
    const out = items.slice();
    for (let i = out.length - 1; i > 0; i--) {
      const j = int(0, i);
      [out[i], out[j]] = [out[j] as T, out[i] as T];
    }
    return out;
  };
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick: <T>(items: readonly T[]): T => {
      if (items.length === 0) throw new Error('pick from an empty array');
      return items[int(0, items.length - 1)] as T;
    },
    shuffle,
    sample: (items, k) => shuffle(items).slice(0, Math.max(0, Math.min(k, items.length))),
  };
}

/** A 32-bit integer hash (lowbias32); also used to derive per-letter streams. */
export function hash32(x: number): number {
  let h = x >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  h = Math.imul(h, 0x846ca68b);
  h ^= h >>> 16;
  return h >>> 0;
}
