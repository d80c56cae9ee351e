import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { areaCodeAt } from './area-codes';
import { landlineSchema, mobilePhoneSchema, normalisePhone, phoneSchema, phoneWithoutExtension } from './phones';

function value(raw: string): string | null {
  const r = normalisePhone(raw);
  return r.ok ? `${r.value.kind}:${r.value.value}` : null;
}

function reason(raw: string): string | null {
  const r = normalisePhone(raw);
  return r.ok ? null : r.error.zh;
}

describe('mobile numbers', () => {
  it('accepts 11 digits with +86 / 86 / 0086 and spaces or hyphens', () => {
    for (const raw of ['13800138000', '138 0013 8000', '138-0013-8000', '+86 138 0013 8000', '+8613800138000', '8613800138000', '0086-13800138000', '１３８００１３８０００']) {
      expect(value(raw)).toBe('mobile:13800138000');
    }
  });

  it('refuses numbers that are not mainland mobiles', () => {
    for (const raw of ['12800138000', '1380013800', '138001380001']) expect(reason(raw), raw).toBe('手机号应为 11 位，以 13–19 开头');
    expect(reason('13800138000转1')).toBe('手机号不能带分机号');
    expect(reason('+1 415 555 0100')).toBe('只支持中国大陆号码（+86）');
  });

  it('normalises every valid mobile whatever the spacing', () => {
    const mobile = fc.tuple(fc.integer({ min: 3, max: 9 }), fc.stringMatching(/^\d{9}$/)).map(([b, rest]) => `1${b}${rest}`);
    fc.assert(
      fc.property(mobile, fc.constantFrom('', '+86 ', '86', '0086-'), fc.constantFrom('', ' ', '-'), (m, prefix, sep) => {
        const written = `${prefix}${m.slice(0, 3)}${sep}${m.slice(3, 7)}${sep}${m.slice(7)}`;
        return value(written) === `mobile:${m}`;
      }),
    );
  });
});

describe('landlines', () => {
  it('splits the area code by its leading digits', () => {
    expect(areaCodeAt('037165123456')).toBe('0371');
    expect(areaCodeAt('01065123456')).toBe('010');
    expect(areaCodeAt('02165123456')).toBe('021');
    expect(areaCodeAt('02665123456')).toBeNull();
    expect(areaCodeAt('01165123456')).toBeNull();
  });

  it('accepts the ways people write them, extensions after -, 转, 分机 or ext included', () => {
    const written: [raw: string, stored: string][] = [
      ['0371-65123456', '0371-65123456'],
      ['(0377)6312345', '0377-6312345'],
      ['（0377）6312345', '0377-6312345'],
      ['037765123456', '0377-65123456'],
      ['0371 6512 3456', '0371-65123456'],
      ['010-65123456', '010-65123456'],
      ['01065123456', '010-65123456'],
      ['+86 10 6512 3456', '010-65123456'],
      ['+86 (0)371 65123456', '0371-65123456'],
      ['86-371-65123456', '0371-65123456'],
      ['0371-65123456-123', '0371-65123456-123'],
      ['0371-65123456转123', '0371-65123456-123'],
      ['0371 65123456 分机 8001', '0371-65123456-8001'],
      ['(021)65123456 ext.12', '021-65123456-12'],
    ];
    for (const [raw, stored] of written) expect(value(raw), raw).toBe(`landline:${stored}`);
    expect(phoneWithoutExtension('0371-65123456-123')).toBe('0371-65123456');
    expect(phoneWithoutExtension('13800138000')).toBe('13800138000');
  });

  it('refuses bad ones with a reason', () => {
    const tooShortOrLong = '区号后应为 7–8 位号码，且不以 0 或 1 开头';
    const refusedWith: [raw: string, reason: string][] = [
      ['65123456', '固定电话请带区号，例如 0371-65123456'],
      ['026-65123456', '区号“026”不存在'],
      ['0371-123456', tooShortOrLong],
      ['0371-05123456', tooShortOrLong],
      ['0371-651234567', tooShortOrLong],
      ['0371-6512abcd', '“0371-6512abcd”含有电话号码中不该有的字符'],
      ['  ', '请填写电话号码'],
    ];
    for (const [raw, why] of refusedWith) expect(reason(raw), raw).toBe(why);
  });
});

describe('phone schemas', () => {
  it('store the normalised form and keep the kinds apart', () => {
    expect(phoneSchema.parse('(0377)6312345')).toBe('0377-6312345');
    expect(phoneSchema.parse('+86 138 0013 8000')).toBe('13800138000');
    expect(mobilePhoneSchema.safeParse('0371-65123456').success).toBe(false);
    expect(landlineSchema.safeParse('13800138000').success).toBe(false);
    expect(landlineSchema.parse('0371 65123456')).toBe('0371-65123456');
  });
});
