import type { DistanceMatrix } from './distance-matrix';
import type { Tour } from './tour';

/** How many nearest neighbours each node considers as new partners in a move. */
export const NEIGHBOUR_COUNT = 10;
/** The longest run of consecutive stops an Or-opt move takes elsewhere. */
export const OR_OPT_MAX_SEGMENT = 3;
/** A guard against a runaway search (see `run`). */
const MAX_STEPS_PER_POINT = 1000;

/** Each node's `count` nearest other nodes, nearest first (ties by index, so the lists are deterministic). */
export function nearestNeighbourLists(m: DistanceMatrix, count: number): Int32Array[] {
  const n = m.size;
  const lists: Int32Array[] = [];
  const others: number[] = [];
  for (let i = 0; i < n; i++) {
    others.length = 0;
    for (let j = 0; j < n; j++) if (j !== i) others.push(j);
    const row = i * n;
    others.sort((a, b) => m.weights[row + a]! - m.weights[row + b]! || a - b);
    lists.push(Int32Array.from(others.slice(0, Math.min(count, n - 1))));
  }
  return lists;
}

/**
 * 2-opt and Or-opt over candidate neighbour lists, with a queue of nodes still worth looking at
 * ("don't-look bits"): a node leaves the queue when no improving move starts there and comes back
 * when one of its tour edges changes. Every accepted move shortens the tour by more than `epsilon`,
 * so the search ends, and never lengthens it.
 *
 * The hot loops create no closures or arrays: under tsx (esbuild's keepNames) every closure created
 * in a loop also costs a call that names it, which made the whole search three times slower.
 */
export class LocalSearch {
  private readonly n: number;
  private readonly w: Float64Array;
  private readonly queue: Int32Array;
  private readonly queued: Uint8Array;
  private head = 0;
  private count = 0;
  /** Where the Or-opt move found last puts the segment: between x and y (y after x in the move's direction). */
  private readonly insertion = { x: -1, y: -1, reversed: false };

  constructor(
    m: DistanceMatrix,
    private readonly neighbours: readonly Int32Array[],
    private readonly epsilon: number,
  ) {
    this.n = m.size;
    this.w = m.weights;
    this.queue = new Int32Array(this.n);
    this.queued = new Uint8Array(this.n);
  }

  private d(a: number, b: number): number {
    return this.w[a * this.n + b]!;
  }

  push(v: number): void {
    if (this.queued[v]) return;
    this.queued[v] = 1;
    this.queue[(this.head + this.count) % this.n] = v;
    this.count++;
  }

  pushAll(): void {
    for (let v = 0; v < this.n; v++) this.push(v);
  }

  /**
   * Improves `tour` until no queued node has an improving move; returns how much shorter it got.
   * The cap on steps guards a request thread against a runaway search; a search needs a few per point.
   */
  run(tour: Tour): number {
    let saved = 0;
    for (let steps = 0; this.count > 0 && steps < MAX_STEPS_PER_POINT * this.n; steps++) {
      const a = this.queue[this.head]!;
      this.head = (this.head + 1) % this.n;
      this.count--;
      this.queued[a] = 0;
      const gain = this.twoOpt(tour, a) || this.orOpt(tour, a);
      if (gain > 0) {
        saved += gain;
        this.push(a);
      }
    }
    return saved;
  }

  /** The first improving 2-opt move that replaces one of a's tour edges by an edge to a near neighbour. */
  private twoOpt(tour: Tour, a: number): number {
    for (let forward = 1; forward >= 0; forward--) {
      const b = forward ? tour.next(a) : tour.prev(a);
      const dab = this.d(a, b);
      for (const c of this.neighbours[a]!) {
        const g1 = dab - this.d(a, c);
        if (g1 <= this.epsilon) break;
        const d = forward ? tour.next(c) : tour.prev(c);
        if (c === b || d === a) continue;
        const gain = g1 + this.d(c, d) - this.d(b, d);
        if (gain > this.epsilon) {
          tour.exchange(a, b, c, d);
          this.push(b);
          this.push(c);
          this.push(d);
          return gain;
        }
      }
    }
    return 0;
  }

  /**
   * Or-opt: moves the run of 1–3 stops that begins at `a` (in either direction) between two
   * neighbouring stops elsewhere, in whichever orientation is shorter.
   */
  private orOpt(tour: Tour, a: number): number {
    for (let direction = 0; direction < 2; direction++) {
      const forward = direction === 0;
      const p = along(tour, a, !forward);
      let middle = -1;
      let last = a;
      for (let len = 1; len <= OR_OPT_MAX_SEGMENT && len + 2 <= this.n; len++) {
        if (len === 3) middle = last;
        if (len > 1) last = along(tour, last, forward);
        const nx = along(tour, last, forward);
        if (nx === p) break;
        const removeGain = this.d(p, a) + this.d(last, nx) - this.d(p, nx);
        if (removeGain <= this.epsilon) continue;
        const gain = this.findInsertion(tour, forward, a, middle, last, removeGain);
        if (gain > 0) {
          const { x, y } = this.insertion;
          this.moveSegment(tour, a, last, p, nx, x, y, this.insertion.reversed);
          this.push(p);
          this.push(nx);
          this.push(x);
          this.push(y);
          this.push(last);
          return gain;
        }
      }
    }
    return 0;
  }

  /**
   * A place for the segment first(…middle)…last elsewhere that gains more than removing it costs: an edge
   * x–y near one of its ends. Returns the gain (0: none) and leaves the place in `insertion`.
   */
  private findInsertion(tour: Tour, forward: boolean, first: number, middle: number, last: number, removeGain: number): number {
    for (let e = 0; e < (first === last ? 1 : 2); e++) {
      const end = e === 0 ? first : last;
      const other = e === 0 ? last : first;
      for (const c of this.neighbours[end]!) {
        if (this.d(end, c) >= removeGain) break;
        if (c === first || c === last || c === middle) continue;
        // c takes the segment's `end` as its new partner, on either side of c; the other end joins c's old partner.
        for (let side = 0; side < 2; side++) {
          const x = side === 0 ? c : along(tour, c, !forward);
          const y = side === 0 ? along(tour, c, forward) : c;
          if (x === first || x === last || x === middle || y === first || y === last || y === middle) continue;
          const toX = side === 0 ? end : other;
          const toY = side === 0 ? other : end;
          const gain = removeGain - (this.d(x, toX) + this.d(toY, y) - this.d(x, y));
          if (gain > this.epsilon) {
            this.insertion.x = x;
            this.insertion.y = y;
            this.insertion.reversed = toX === last;
            return gain;
          }
        }
      }
    }
    return 0;
  }

  /**
   * Moves the segment s1…s2 (p before it, nx after it, along some direction) between x and y (y after x
   * in that direction), as three 2-opt exchanges: x–s1 and s2–y when not `reversed`, else x–s2 and s1–y.
   */
  private moveSegment(tour: Tour, s1: number, s2: number, p: number, nx: number, x: number, y: number, reversed: boolean): void {
    tour.exchange(p, s1, x, y); // p–x, s1–y
    tour.exchange(p, x, nx, s2); // p–nx, x–s2
    if (!reversed) tour.exchange(x, s2, s1, y); // x–s1, s2–y
  }
}

/** The node after `v` when going `forward`, else the one before it. */
function along(tour: Tour, v: number, forward: boolean): number {
  return forward ? tour.next(v) : tour.prev(v);
}
