import { accepted, checkedString, refused, type Checked } from './checked';
import { toHalfWidth } from './half-width';

/**
 * 统一社会信用代码, GB 32100-2015: 18 characters from a 31-character alphabet (no I, O, Z, S, V).
 * 1: registration authority; 2: organisation type; 3–8: administrative division (digits);
 * 9–17: organisation code; 18: check character, C18 = (31 − Σ value(Ci)·Wi mod 31) mod 31
 * with Wi = 3^(i−1) mod 31.
 */
export const CREDIT_CODE_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
export const CREDIT_CODE_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;
export const CREDIT_CODE_LENGTH = 18;

function valueOf(c: string): number {
  return CREDIT_CODE_ALPHABET.indexOf(c);
}

/** The check character for the first 17 characters, or null if they are not 17 characters of the alphabet. */
export function checkCharacter(first17: string): string | null {
  if (first17.length !== CREDIT_CODE_LENGTH - 1) return null;
  let sum = 0;
  for (let i = 0; i < first17.length; i++) {
    const v = valueOf(first17.charAt(i));
    if (v < 0) return null;
    sum += v * CREDIT_CODE_WEIGHTS[i]!;
  }
  return CREDIT_CODE_ALPHABET.charAt((31 - (sum % 31)) % 31);
}

/** Trims, drops inner spaces, turns full-width characters into ASCII and upper-cases. */
export function normaliseCreditCode(s: string): string {
  return toHalfWidth(s).replace(/\s+/g, '').toUpperCase();
}

/** Checks a normalised code and says what is wrong with it, in both languages. */
export function checkCreditCode(raw: string): Checked<string> {
  const code = normaliseCreditCode(raw);
  const chars = Array.from(code);
  if (chars.length !== CREDIT_CODE_LENGTH) {
    return refused(`统一社会信用代码应为 18 位，现为 ${chars.length} 位`, `must have 18 characters, not ${chars.length}`);
  }
  const bad = chars.findIndex((c) => valueOf(c) < 0);
  if (bad >= 0) {
    return refused(
      `第 ${bad + 1} 位“${chars[bad]}”不是有效字符（只用数字和除 I、O、Z、S、V 以外的大写字母）`,
      `character ${bad + 1} ("${chars[bad]}") is not allowed (digits and capital letters except I, O, Z, S, V only)`,
    );
  }
  if (!/^\d{6}$/.test(code.slice(2, 8))) {
    return refused('第 3–8 位应为行政区划代码（6 位数字）', 'characters 3–8 must be the 6-digit administrative division code');
  }
  if (checkCharacter(code.slice(0, 17)) !== code.charAt(17)) {
    return refused('校验位不符，请核对是否有输错的字符', 'the check character does not match; look for a mistyped character');
  }
  return accepted(code);
}

export function isValidCreditCode(s: string): boolean {
  return checkCreditCode(s).ok;
}

/** Accepts what a person types (spaces, lower case, full-width) and stores the 18-character code. */
export const creditCodeSchema = checkedString(checkCreditCode);
