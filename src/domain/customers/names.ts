import { toHalfWidth } from './half-width';

/**
 * Legal-form endings that say nothing about which organisation it is, longest first. Endings such
 * as 医院, 卫生院, 诊所, 药店 or 分公司 stay: they tell two customers apart.
 */
export const LEGAL_FORM_SUFFIXES = ['股份有限公司', '有限责任公司', '有限公司'] as const;

/** Whitespace, punctuation and symbols of any script: spaces, ·, 、, brackets of every shape. */
const NOISE = /[\s\p{P}\p{S}]/gu;

/** What must remain after dropping a legal form, so that "有限公司" alone is not emptied. */
const MIN_CORE_LENGTH = 2;

/**
 * The form of a customer name that duplicate detection compares: full-width turned into ASCII,
 * Latin letters in lower case, spaces and punctuation dropped (brackets of every shape alike, so
 * （河南） and (河南) agree), and a trailing legal form dropped when enough is left.
 */
export function normaliseName(s: string): string {
  let name = toHalfWidth(s).toLowerCase().replace(NOISE, '');
  for (let suffix = legalForm(name); suffix; suffix = legalForm(name)) name = name.slice(0, -suffix.length);
  return name;
}

function legalForm(name: string): string | undefined {
  return LEGAL_FORM_SUFFIXES.find((suffix) => name.endsWith(suffix) && Array.from(name).length - suffix.length >= MIN_CORE_LENGTH);
}
