import type { AbcRow, Grade } from '../../../domain/sales/abc';

export interface ParetoPoint {
  rank: number;
  salesFen: number;
  cumulativeBp: number;
  grade: Grade;
}

/** At most this many points go to the chart, however many customers are ranked. */
export const MAX_PARETO_POINTS = 500;

/**
 * The Pareto chart's points: every customer when they fit, otherwise evenly spaced ranks plus the first and last
 * customer of each class, so that the 55% and 85% crossings stay exactly where they are.
 */
export function paretoPoints(ranked: readonly AbcRow[], max = MAX_PARETO_POINTS): ParetoPoint[] {
  const keep = new Set<number>();
  if (ranked.length <= max) ranked.forEach((_, i) => keep.add(i));
  else {
    ranked.forEach((r, i) => {
      if (i === 0 || i === ranked.length - 1 || ranked[i - 1]?.grade !== r.grade || ranked[i + 1]?.grade !== r.grade) keep.add(i);
    });
    const room = max - keep.size;
    for (let k = 0; k < room; k += 1) keep.add(Math.round((k * (ranked.length - 1)) / Math.max(1, room - 1)));
  }
  return [...keep]
    .sort((a, b) => a - b)
    .slice(0, max)
    .map((i) => {
      const r = ranked[i]!;
      return { rank: r.rank, salesFen: r.amountFen, cumulativeBp: r.cumulativeBp, grade: r.grade };
    });
}
