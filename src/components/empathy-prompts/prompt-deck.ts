/**
 * Shuffling for "Another": each prompt comes once, in a random order, before any repeats.
 * Pure (no DOM); a seed makes the order the same on every load, for tests and screenshots.
 */

/** A small seeded generator: Park–Miller (Lehmer) over an FNV-1a hash of the seed text. */
export function seeded(seed: string): () => number {
  let h = 2166136261;
  for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 16777619);
  let x = ((h >>> 0) % 2147483646) + 1;
  return () => (x = (x * 48271) % 2147483647) / 2147483647;
}

/**
 * Deals the indices 0 … size-1 in a shuffled order; when all have come, deals again, never
 * starting the new round with the one just shown.
 */
export class Deck {
  // Underscored: the CDN build shortens such names.
  private _order!: number[];
  private _at!: number;

  constructor(
    private readonly _size: number,
    private readonly _random: () => number = Math.random,
  ) {
    this._deal();
  }

  /** The index shown now. */
  get current(): number {
    return this._order[this._at] ?? 0;
  }

  /** Moves on and returns the next index. */
  next(): number {
    const last = this.current;
    if (++this._at >= this._size) {
      this._deal();
      const o = this._order;
      if (o[0] === last && this._size > 1) [o[0], o[1]] = [o[1]!, o[0]];
    }
    return this.current;
  }

  private _deal(): void {
    const o = [...Array(this._size).keys()];
    for (let i = o.length - 1; i > 0; i--) {
      const j = Math.floor(this._random() * (i + 1));
      [o[i], o[j]] = [o[j]!, o[i]!];
    }
    this._order = o;
    this._at = 0;
  }
}
