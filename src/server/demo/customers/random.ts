import { mulberry32Advance, mulberry32Output } from '../../../domain/shared/random';

/**
 * The demo data's generator: the shared seeded mulberry32 (src/domain/shared/random.ts) with the draws the demo needs
 * (ranges, picks, weights, samples) and forks keyed by label. The same seed gives the same customers on every run and
 * every machine.
 */

/** FNV-1a, 32 bits: turns a label into a seed. */
export function hashSeed(label: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < label.length; i++) {
    h ^= label.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export class Rng {
  private state: number;

  constructor(seed: number | string) {
    this.state = (typeof seed === 'string' ? hashSeed(seed) : seed) >>> 0;
  }

  /** A number in [0, 1). */
  next(): number {
    this.state = mulberry32Advance(this.state);
    return mulberry32Output(this.state);
  }

  /** An integer from min to max, both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** One of the keys, each as likely as its weight. */
  weighted<K extends string>(weights: Readonly<Record<K, number>>): K {
    const entries = Object.entries(weights) as [K, number][];
    const total = entries.reduce((sum, [, w]) => sum + w, 0);
    let x = this.next() * total;
    for (const [key, w] of entries) {
      x -= w;
      if (x < 0) return key;
    }
    return entries[entries.length - 1]![0];
  }

  /** `count` different items in random order (all of them when there are fewer). */
  sample<T>(items: readonly T[], count: number): T[] {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [copy[i], copy[j]] = [copy[j]!, copy[i]!];
    }
    return copy.slice(0, count);
  }

  /** `length` characters drawn from `alphabet`. */
  chars(alphabet: string, length: number): string {
    let s = '';
    for (let i = 0; i < length; i++) s += alphabet.charAt(Math.floor(this.next() * alphabet.length));
    return s;
  }

  /** A generator of its own, seeded from this one's seed and a label, so that one part's draws do not shift another's. */
  fork(label: string): Rng {
    return new Rng((hashSeed(label) ^ this.state) >>> 0);
  }
}

/** Tries `make` until it gives something `isFree` accepts (names that must not repeat); fails loudly rather than loop forever. */
export function unique<T>(make: () => T, isFree: (value: T) => boolean, attempts = 200): T {
  for (let i = 0; i < attempts; i++) {
    const value = make();
    if (isFree(value)) return value;
  }
  throw new Error(`no free value after ${attempts} attempts`);
}
