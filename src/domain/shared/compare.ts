/**
 * Strings in code-unit order, the same on every machine and in every locale (ids, ISO dates, keys): for results that
 * must come out in one fixed order. Names shown to people are sorted with localeCompare('zh') instead.
 */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
