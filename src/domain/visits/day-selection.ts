import { haversineMetres, type LngLat } from '../customers/coordinates';
import { compareCodeUnits } from '../shared/compare';

/**
 * Which contacts go on which working day: the scheduling core of the monthly plan, on positions only (no dates,
 * no routes). Each contact ("job") has a window of working days (see windows.ts) and is either hard (must be a
 * visit) or soft (a phone call may stand in for it).
 *
 * Day by day, in order:
 * 1. The day's centre: the most urgent A customer released today (earliest deadline, then the longest since its
 *    last visit, then the farthest from the start, so the first days go to the far ends of the territory and
 *    fetch the A customers there); when no A contact is open, the most urgent located contact of any grade.
 * 2. Forced visits, for A customers' visits first and then for every hard contact: for every later deadline t,
 *    the contacts due by t that the days after today cannot hold ((t − today) × capacity) must be visited today;
 *    those nearest the centre are taken.
 * 3. Pacing, in the same order and then for all contacts: for every deadline t, at least
 *    ⌈(contacts due by t) ÷ (working days left until t)⌉ are visited today, again the nearest to the centre first
 *    (ties: earlier deadline, longer since the last visit, id). With t the month's last day this balances the
 *    days; with the first week's end it spreads the A customers over the week, each day taking those near its
 *    centre. The centre itself is taken right after A customers' forced visits. When the month is too short for
 *    everything, A customers come first, then the other contacts that may not be calls; soft contacts get only
 *    the room the others leave.
 * 4. Contacts due today that found no room: hard ones are unplaced; soft ones become phone calls, each on the day
 *    of its window with the fewest calls so far (the earliest of those), so that a month's calls do not all fall on
 *    its last day. Calls take no visit capacity, so placing one on a day already past changes nothing else.
 * Capacity bounds steps 2–4. Contacts without coordinates are farthest from every centre: they are taken only
 * when their deadline or the pacing needs them, and they never centre a day.
 */
export interface Job {
  customerId: string;
  /** GCJ-02; null: no coordinates. */
  point: LngLat | null;
  /** Grade A: days centre on these. */
  anchor: boolean;
  /** A phone call may stand in for the visit. */
  soft: boolean;
  from: number;
  to: number;
  /** Smaller is more overdue: day number of the last visit, −∞ when never visited, +∞ when unknown. */
  lastVisit: number;
}

export interface Schedule {
  /** Per working day, the jobs (indices into `jobs`) visited, in the order chosen. */
  visits: number[][];
  /** Per working day, the soft jobs that became calls. */
  phones: number[][];
  /** Hard jobs for which no day had room, in the order they fell due. */
  unplaced: number[];
}

/**
 * Who gets the room first when the days are short: A customers' visits (which may not be calls), then every
 * visit that may not be a call, then the rest (calls may stand in for them).
 */
type Tier = 'hard-a' | 'hard' | 'all';
const TIERS: Record<Tier, (job: Job) => boolean> = {
  'hard-a': (job) => job.anchor && !job.soft,
  hard: (job) => !job.soft,
  all: () => true,
};

/** Numbers in order, infinities included (their difference would be NaN). */
const compare = (x: number, y: number) => (x < y ? -1 : x > y ? 1 : 0);
const byId = (a: Job, b: Job) => compareCodeUnits(a.customerId, b.customerId);

export function scheduleJobs(jobs: readonly Job[], days: number, capacity: number, start: LngLat): Schedule {
  const visits: number[][] = Array.from({ length: days }, () => []);
  const phones: number[][] = Array.from({ length: days }, () => []);
  const unplaced: number[] = [];
  const fromStart = jobs.map((j) => (j.point ? haversineMetres(start, j.point) : -1));
  const done = new Uint8Array(jobs.length);
  const order = jobs.map((_, i) => i).sort((a, b) => jobs[a]!.from - jobs[b]!.from || jobs[a]!.to - jobs[b]!.to || byId(jobs[a]!, jobs[b]!) || a - b);
  const distance = new Float64Array(jobs.length);

  /** The day's visits, centred on `centre` (the start point when null); `released` is reordered by distance. */
  function select(d: number, centre: number | null, released: number[], pending: readonly number[]): number[] {
    const centrePoint = centre === null ? start : jobs[centre]!.point!;
    for (const i of released) distance[i] = jobs[i]!.point ? haversineMetres(centrePoint, jobs[i]!.point) : Number.POSITIVE_INFINITY;
    released.sort((a, b) => compare(distance[a]!, distance[b]!) || jobs[a]!.to - jobs[b]!.to || compare(jobs[a]!.lastVisit, jobs[b]!.lastVisit) || byId(jobs[a]!, jobs[b]!) || a - b);

    const chosen: number[] = [];
    const isChosen = new Set<number>();
    const take = (i: number) => {
      chosen.push(i);
      isChosen.add(i);
    };
    /** Takes up to `count` released jobs of the tier due by `t`, nearest first. */
    const takeDueBy = (t: number, count: number, tier: Tier): number => {
      let taken = 0;
      for (const i of released) {
        if (taken >= count || chosen.length >= capacity) break;
        const job = jobs[i]!;
        if (isChosen.has(i) || job.to > t || !TIERS[tier](job)) continue;
        take(i);
        taken += 1;
      }
      return taken;
    };
    const dueByDay = (tier: Tier, chosenOnly: boolean): Int32Array => {
      const counts = new Int32Array(days);
      for (const i of chosenOnly ? chosen : pending) {
        const job = jobs[i]!;
        if (TIERS[tier](job)) counts[job.to] = counts[job.to]! + 1;
      }
      return counts;
    };

    /** Forced (hard tiers): what the later days cannot hold must go today. Pacing: today's share of each deadline. */
    const fill = (tier: Tier, rule: 'forced' | 'pacing') => {
      const due = dueByDay(tier, false);
      const taken = dueByDay(tier, true);
      let dueSoFar = 0;
      let takenSoFar = 0;
      for (let t = d; t < days && chosen.length < capacity; t++) {
        dueSoFar += due[t]!;
        takenSoFar += taken[t]!;
        const need = (rule === 'forced' ? dueSoFar - (t - d) * capacity : Math.ceil(dueSoFar / (t - d + 1))) - takenSoFar;
        if (need > 0) takenSoFar += takeDueBy(t, need, tier);
      }
    };
    fill('hard-a', 'forced');
    if (centre !== null && !isChosen.has(centre) && chosen.length < capacity) take(centre);
    fill('hard-a', 'pacing');
    fill('hard', 'forced');
    fill('hard', 'pacing');
    fill('all', 'pacing');
    return chosen;
  }

  for (let d = 0; d < days; d++) {
    const pending: number[] = [];
    const released: number[] = [];
    for (const i of order) {
      if (done[i]) continue;
      pending.push(i);
      if (jobs[i]!.from <= d) released.push(i);
    }

    const centre = pickCentre(jobs, released, fromStart);
    // A k-medoids step (centring the day again on the medoid of what it took) was tried: days got tighter but
    // routes from the start point longer (bench/visit-plans.ts: 55.0 against 54.1 km a day), so it is not done.
    const chosen = select(d, centre, released, pending);

    for (const i of chosen) done[i] = 1;
    visits[d] = chosen;
    // 5. Due today and left out.
    for (const i of released) {
      if (done[i] || jobs[i]!.to !== d) continue;
      done[i] = 1;
      if (jobs[i]!.soft) phones[quietestDay(phones, jobs[i]!)]!.push(i);
      else unplaced.push(i);
    }
  }
  return { visits, phones, unplaced };
}

function pickCentre(jobs: readonly Job[], released: readonly number[], fromStart: readonly number[]): number | null {
  let best: number | null = null;
  for (const i of released) {
    const job = jobs[i]!;
    if (!job.point) continue;
    if (best === null || before(jobs, fromStart, i, best)) best = i;
  }
  return best;
}

/** Whether job a centres a day before job b: A first, then the earlier deadline, the older last visit, the farther from the start, the id. */
function before(jobs: readonly Job[], fromStart: readonly number[], a: number, b: number): boolean {
  const x = jobs[a]!;
  const y = jobs[b]!;
  if (x.anchor !== y.anchor) return x.anchor;
  if (x.to !== y.to) return x.to < y.to;
  if (x.lastVisit !== y.lastVisit) return x.lastVisit < y.lastVisit;
  if (fromStart[a] !== fromStart[b]) return fromStart[a]! > fromStart[b]!;
  const c = byId(x, y);
  return c !== 0 ? c < 0 : a < b;
}


/** The day of the job's window with the fewest calls, the earliest of those. */
function quietestDay(phones: readonly number[][], job: Job): number {
  let best = job.from;
  for (let d = job.from + 1; d <= job.to; d++) if (phones[d]!.length < phones[best]!.length) best = d;
  return best;
}
