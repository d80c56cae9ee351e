import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseName } from './names';

const same = (a: string, b: string) => expect(normaliseName(a)).toBe(normaliseName(b));
const different = (a: string, b: string) => expect(normaliseName(a)).not.toBe(normaliseName(b));

describe('customer names for duplicate detection', () => {
  it('ignores spaces, full-width forms and the shape of brackets', () => {
    same('新乡市  第一人民医院', '新乡市第一人民医院');
    same('（河南）某某医药有限公司', '(河南)某某医药');
    same('【河南】某某医药', '[河南]某某医药');
    same('ＡＢＣ大药房', 'abc 大药房');
    same('长垣市·康宁诊所', '长垣市康宁诊所');
    expect(normaliseName(' 新乡市  第一人民医院 ')).toBe('新乡市第一人民医院');
  });

  it('drops a trailing legal form', () => {
    expect(normaliseName('河南某某医药股份有限公司')).toBe('河南某某医药');
    expect(normaliseName('河南某某医药有限责任公司')).toBe('河南某某医药');
    same('河南某某医药有限公司', '河南某某医药股份有限公司');
  });

  it('keeps what tells customers apart', () => {
    different('长垣市人民医院', '长垣市人民医院诊所');
    different('赵堤镇卫生院', '赵堤镇卫生室');
    different('康宁药店', '康宁诊所');
    different('河南某某医药有限公司', '河南某某医药有限公司郑州分公司');
    expect(normaliseName('有限公司')).toBe('有限公司');
    expect(normaliseName('A有限公司')).toBe('a有限公司');
    expect(normaliseName('某某有限公司有限公司')).toBe('某某');
  });

  it('is idempotent and blind to inserted spaces', () => {
    const name = fc.array(fc.constantFrom('河', '南', '县', '医', '院', '有', '限', '公', '司', 'A', '1', '（', '）', ' '), { maxLength: 16 }).map((a) => a.join(''));
    fc.assert(
      fc.property(name, fc.nat(), (n, at) => {
        const i = n.length === 0 ? 0 : at % n.length;
        expect(normaliseName(normaliseName(n))).toBe(normaliseName(n));
        expect(normaliseName(`${n.slice(0, i)} ${n.slice(i)}`)).toBe(normaliseName(n));
      }),
    );
  });
});
