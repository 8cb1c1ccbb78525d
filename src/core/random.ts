/**
 * A small seeded PRNG so that a seed reproduces a quiz exactly, in every
 * browser and in Node. Never use Math.random for anything a quiz shows.
 */

/** Hashes a string to 32 bits (FNV-1a, then a final avalanche). */
export function hashString(value: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) {
    hash ^= value.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
}

export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [0, max). */
  int(max: number): number;
  /** A shuffled copy (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[];
  /** `count` distinct items in random order (fewer if there are fewer). */
  sample<T>(items: readonly T[], count: number): T[];
}

/** mulberry32: tiny, fast, and good enough for shuffling quiz options. */
export function createRandom(seed: string): Random {
  let state = hashString(seed);
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (max: number) => Math.floor(next() * max);
  const shuffle = <T>(items: readonly T[]): T[] => {
    const copy = items.slice();
    for (let i = copy.length - 1; i > 0; i--) {
      const j = int(i + 1);
      [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
    }
    return copy;
  };
  return { next, int, shuffle, sample: (items, count) => shuffle(items).slice(0, Math.max(0, count)) };
}

/**
 * A stream of its own for one purpose (one question, the selection, …), so
 * that adding a question never changes the options of another.
 */
export const forkRandom = (seed: string, purpose: string): Random => createRandom(`${seed}\u0000${purpose}`);

/** A short random seed for a new quiz: easy to read aloud to a class. */
export function newSeed(entropy: () => number): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
  let seed = '';
  for (let i = 0; i < 6; i++) seed += alphabet[Math.floor(entropy() * alphabet.length)];
  return seed;
}
