import { GRADES, type AbcGrading, type GradeOrNone } from './abc';
import { compareCodeUnits } from '../shared/compare';

/**
 * How customers moved between two gradings (last period against this one):
 * - up / down: graded both times, in a better (C→B, C→A, B→A) or worse class;
 * - new: graded now, but not before (no sales then, or not in that grading at all);
 * - dropped: graded before, but not now (no sales now, or gone from this grading) — a buyer who stopped
 *   is the lost customer DOMAIN.md §9 wants noticed early.
 * Customers in the same class both times, or ungraded both times, are not listed.
 */
export type GradeChangeKind = 'up' | 'down' | 'new' | 'dropped';

export interface GradeChange {
  customerId: string;
  /** The grade in the earlier grading; null when the customer was not in it. */
  from: GradeOrNone | null;
  /** The grade in the later grading; null when the customer is not in it. */
  to: GradeOrNone | null;
  kind: GradeChangeKind;
}

export type Grades = ReadonlyMap<string, GradeOrNone>;

/** Every customer of a grading with its grade, ungraded ones included. */
export function gradesOf(grading: AbcGrading): Map<string, GradeOrNone> {
  return new Map<string, GradeOrNone>([...grading.ranked, ...grading.none].map((r) => [r.customerId, r.grade]));
}

const rank = (g: GradeOrNone | null): number | null => {
  const i = GRADES.indexOf(g as (typeof GRADES)[number]);
  return i < 0 ? null : i;
};

function kindOf(from: GradeOrNone | null, to: GradeOrNone | null): GradeChangeKind | null {
  const before = rank(from);
  const after = rank(to);
  if (before === null) return after === null ? null : 'new';
  if (after === null) return 'dropped';
  return after < before ? 'up' : after > before ? 'down' : null;
}

/** The customers whose grade changed, ordered by customer id. */
export function gradeChanges(previous: Grades, current: Grades): GradeChange[] {
  const ids = [...new Set([...previous.keys(), ...current.keys()])].sort(compareCodeUnits);
  const changes: GradeChange[] = [];
  for (const customerId of ids) {
    const from = previous.get(customerId) ?? null;
    const to = current.get(customerId) ?? null;
    const kind = kindOf(from, to);
    if (kind) changes.push({ customerId, from, to, kind });
  }
  return changes;
}

export function countGradeChanges(changes: readonly GradeChange[]): Record<GradeChangeKind, number> {
  const counts: Record<GradeChangeKind, number> = { up: 0, down: 0, new: 0, dropped: 0 };
  for (const c of changes) counts[c.kind] += 1;
  return counts;
}
