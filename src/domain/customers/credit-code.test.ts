import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitBoth } from '../shared/bilingual-issue';
import { CREDIT_CODE_ALPHABET, checkCharacter, checkCreditCode, creditCodeSchema, isValidCreditCode, normaliseCreditCode } from './credit-code';

const alphabetChar = fc.constantFrom(...CREDIT_CODE_ALPHABET.split(''));
const digit = fc.constantFrom(...'0123456789'.split(''));
/** A well-formed first 17 characters: two alphabet characters, six digits, nine alphabet characters. */
const first17 = fc
  .tuple(fc.array(alphabetChar, { minLength: 2, maxLength: 2 }), fc.array(digit, { minLength: 6, maxLength: 6 }), fc.array(alphabetChar, { minLength: 9, maxLength: 9 }))
  .map(([a, b, c]) => [...a, ...b, ...c].join(''));

function withCheck(prefix: string): string {
  return prefix + (checkCharacter(prefix) ?? '');
}

describe('unified social credit code (GB 32100-2015)', () => {
  it('accepts published codes of well-known companies', () => {
    // 华为技术有限公司 (as shown on its Wikipedia article)
    expect(isValidCreditCode('914403001922038216')).toBe(true);
    // 阿里巴巴（中国）网络技术有限公司 (company registry data)
    expect(isValidCreditCode('91330100716105852F')).toBe(true);
  });

  it('reproduces the worked example of the standard', () => {
    // The standard computes check character 3 for 91350100M000100Y4 and rejects the final Z.
    expect(checkCharacter('91350100M000100Y4')).toBe('3');
    expect(isValidCreditCode('91350100M000100Y4Z')).toBe(false);
    expect(isValidCreditCode('91350100M000100Y43')).toBe(true);
  });

  it('normalises what people type', () => {
    expect(normaliseCreditCode(' ９１４４０３００１９２２０３８２１６ ')).toBe('914403001922038216');
    expect(normaliseCreditCode('91330100 716105852f')).toBe('91330100716105852F');
    expect(creditCodeSchema.parse('91330100716105852f')).toBe('91330100716105852F');
  });

  it('says why a code is refused', () => {
    const reason = (s: string) => {
      const r = checkCreditCode(s);
      return r.ok ? null : r.error.zh;
    };
    expect(reason('91440300192203821')).toBe('统一社会信用代码应为 18 位，现为 17 位');
    expect(reason('9144030019220382166')).toBe('统一社会信用代码应为 18 位，现为 19 位');
    expect(reason('91440300192203821I')).toMatch(/^第 18 位“I”不是有效字符/);
    expect(reason('9S4403001922038216')).toMatch(/^第 2 位“S”/);
    expect(reason('9144A3001922038216')).toBe('第 3–8 位应为行政区划代码（6 位数字）');
    expect(reason('914403001922038217')).toBe('校验位不符，请核对是否有输错的字符');
    expect(reason('')).toBe('统一社会信用代码应为 18 位，现为 0 位');
    const parsed = creditCodeSchema.safeParse('914403001922038217');
    expect(parsed.success).toBe(false);
    expect(splitBoth(parsed.error?.issues[0]?.message ?? '')?.en).toBe('the check character does not match; look for a mistyped character');
  });

  it('only computes a check character for 17 characters of the alphabet', () => {
    expect(checkCharacter('9144030019220382')).toBeNull();
    expect(checkCharacter('91440300192203821O')).toBeNull();
    expect(checkCharacter('9144030019220382O')).toBeNull();
  });

  it('accepts any well-formed prefix followed by its check character', () => {
    fc.assert(fc.property(first17, (prefix) => isValidCreditCode(withCheck(prefix))));
  });

  it('refuses a code with one character changed, unless the check happens to agree', () => {
    fc.assert(
      fc.property(first17, fc.integer({ min: 0, max: 17 }), alphabetChar, (prefix, at, replacement) => {
        const code = withCheck(prefix);
        const changed = code.slice(0, at) + replacement + code.slice(at + 1);
        fc.pre(changed !== code && (at < 2 || at > 7 || /\d/.test(replacement)));
        const sameCheck = checkCharacter(changed.slice(0, 17)) === changed.charAt(17);
        expect(isValidCreditCode(changed)).toBe(sameCheck);
        // A single substitution always moves the weighted sum: 31 is prime and no weight is 0 mod 31.
        expect(sameCheck).toBe(false);
      }),
    );
  });
});
