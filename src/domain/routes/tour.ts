/**
 * A closed tour as an array of nodes plus each node's position in it. Moves are made of segment
 * reversals; a reversal turns the shorter side of the cycle around, which gives the same cycle
 * (only read in the other direction), so `next` and `prev` may swap meaning after a move. Callers
 * therefore name edges by their end nodes, never by direction.
 */
export class Tour {
  readonly size: number;
  readonly order: Int32Array;
  readonly pos: Int32Array;
  /** Room for the nodes a double bridge moves, so that kicks allocate nothing. */
  private readonly scratch: Int32Array;

  constructor(order: ArrayLike<number>) {
    this.size = order.length;
    this.order = Int32Array.from(order);
    this.pos = new Int32Array(this.size);
    for (let i = 0; i < this.size; i++) this.pos[this.order[i]!] = i;
    this.scratch = new Int32Array(this.size);
  }

  next(v: number): number {
    const p = this.pos[v]! + 1;
    return this.order[p === this.size ? 0 : p]!;
  }

  prev(v: number): number {
    const p = this.pos[v]!;
    return this.order[p === 0 ? this.size - 1 : p - 1]!;
  }

  /** Reverses the path that runs from `from` to `to` along `next` (or, when shorter, everything else). */
  reversePath(from: number, to: number): void {
    const n = this.size;
    let i = this.pos[from]!;
    let j = this.pos[to]!;
    let len = j - i + 1;
    if (len <= 0) len += n;
    if (2 * len > n) {
      i = j + 1 === n ? 0 : j + 1;
      j = this.pos[from]! === 0 ? n - 1 : this.pos[from]! - 1;
      len = n - len;
    }
    const { order, pos } = this;
    for (let k = 0; k < len >> 1; k++) {
      const a = order[i]!;
      const b = order[j]!;
      order[i] = b;
      pos[b] = i;
      order[j] = a;
      pos[a] = j;
      i = i + 1 === n ? 0 : i + 1;
      j = j === 0 ? n - 1 : j - 1;
    }
  }

  /**
   * The 2-opt exchange: removes edges a–b and c–d and adds a–c and b–d. b must follow a and d follow c
   * in the same direction (both along `next` or both along `prev`).
   */
  exchange(a: number, b: number, c: number, d: number): void {
    if (this.next(a) === b) this.reversePath(b, c);
    else this.reversePath(a, d);
  }

  /**
   * Swaps the adjacent segments of `first` and `second` nodes that start at position `start`
   * (wrapping around): the double bridge, which no sequence of 2-opt moves undoes at once.
   */
  swapSegments(start: number, first: number, second: number): void {
    const n = this.size;
    const moved = this.scratch;
    for (let k = 0; k < second; k++) moved[k] = this.order[(start + first + k) % n]!;
    for (let k = 0; k < first; k++) moved[second + k] = this.order[(start + k) % n]!;
    for (let k = 0; k < first + second; k++) {
      const p = (start + k) % n;
      this.order[p] = moved[k]!;
      this.pos[moved[k]!] = p;
    }
  }

  copyFrom(other: Tour): void {
    this.order.set(other.order);
    this.pos.set(other.pos);
  }

  /** The nodes in tour order, beginning at `first`, read in the direction where `second` (if given) comes next. */
  toArray(first: number, second?: number): number[] {
    const n = this.size;
    const forward = second === undefined || n < 3 || this.next(first) === second;
    const out: number[] = [];
    let p = this.pos[first]!;
    for (let k = 0; k < n; k++) {
      out.push(this.order[p]!);
      p = forward ? (p + 1 === n ? 0 : p + 1) : p === 0 ? n - 1 : p - 1;
    }
    return out;
  }
}
