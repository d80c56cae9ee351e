import { compareCodeUnits } from '../shared/compare';

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

/** JSON with object keys sorted, so that a value read back from jsonb compares equal to the one written. */
function canonical(value: unknown): string {
  return JSON.stringify(value ?? null, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => compareCodeUnits(a, b))) : v,
  );
}

const same = (a: unknown, b: unknown) => canonical(a) === canonical(b);

/** The fields whose value differs between two versions of a record, in the order given. */
export function changedFields(before: Record<string, unknown> | null, after: Record<string, unknown> | null, fields: readonly string[]): FieldChange[] {
  return fields
    .filter((f) => !same(before?.[f], after?.[f]))
    .map((f) => ({ field: f, before: before?.[f] ?? null, after: after?.[f] ?? null }));
}
