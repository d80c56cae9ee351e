import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toHalfWidth } from './half-width';

describe('full-width to half-width', () => {
  it('turns full-width letters, digits, brackets and the ideographic space into ASCII', () => {
    expect(toHalfWidth('９１４４０３００１９２２０３８２１６')).toBe('914403001922038216');
    expect(toHalfWidth('（河南）ＡＢＣ　药店－１')).toBe('(河南)ABC 药店-1');
  });

  it('leaves ASCII and Chinese punctuation alone', () => {
    expect(toHalfWidth('县医院、【乡镇】。')).toBe('县医院、【乡镇】。');
    fc.assert(fc.property(fc.string({ unit: 'grapheme-ascii' }), (s) => toHalfWidth(s) === s));
  });
});
