import { appliesTo, CUSTOM_FILTER_PREFIX, fieldsForType, type CustomFieldDefinition } from '../../../domain/customers/custom-fields';

/** Stored values that a customer of `typeCode` can no longer hold (fields of another type), with their fields. */
export function droppedByType<T extends CustomFieldDefinition>(fields: readonly T[], typeCode: string | null | undefined, stored: Record<string, unknown> | undefined) {
  if (!typeCode || !stored) return [];
  return Object.entries(stored).flatMap(([key, value]) => {
    const field = fields.find((f) => f.key === key);
    return field && !appliesTo(field, typeCode) ? [{ field, value }] : [];
  });
}

/**
 * The `custom` of a save: every field the form shows (empty ones as null, which clears them) and null for the
 * stored values the chosen type no longer allows. Deactivated fields are not sent, so their values stay.
 */
export function customValuesToSend(
  fields: readonly CustomFieldDefinition[],
  typeCode: string | null | undefined,
  values: Record<string, unknown> | undefined,
  stored: Record<string, unknown> | undefined,
): Record<string, unknown> {
  const shown = fieldsForType(fields, typeCode).map((f) => [f.key, values?.[f.key] ?? null]);
  const dropped = droppedByType(fields, typeCode, stored).map(({ field }) => [field.key, null]);
  return Object.fromEntries([...dropped, ...shown]);
}

/** cf.<key> → chosen option value, as the list query and the URL carry custom-field filters. */
export type CustomFilterValues = Record<string, string | undefined>;

/** The filters on custom fields in `filters` (cf.<key> entries). */
export function customFiltersOf(filters: object): CustomFilterValues {
  return Object.fromEntries(Object.entries(filters).filter(([k]) => k.startsWith(CUSTOM_FILTER_PREFIX))) as CustomFilterValues;
}

/** Every cf.<key> filter cleared, e.g. when the customer type changes and other fields apply. */
export function clearedCustomFilters(filters: object): CustomFilterValues {
  return Object.fromEntries(Object.keys(customFiltersOf(filters)).map((k) => [k, undefined]));
}
