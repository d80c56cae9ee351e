export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** The fields whose value differs between two versions of a record, in the order given. */
export function changedFields(before: Record<string, unknown> | null, after: Record<string, unknown> | null, fields: readonly string[]): FieldChange[] {
  return fields
    .filter((f) => !same(before?.[f], after?.[f]))
    .map((f) => ({ field: f, before: before?.[f] ?? null, after: after?.[f] ?? null }));
}
