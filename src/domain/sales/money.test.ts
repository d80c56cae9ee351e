import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatYuan, lineAmount, parseYuan } from './money';

describe('parseYuan', () => {
  it('reads amounts as people type them, into integer fen', () => {
    expect(parseYuan('12')).toBe(1200);
    expect(parseYuan('12.5')).toBe(1250);
    expect(parseYuan('0.07')).toBe(7);
    expect(parseYuan('¥1,234.56')).toBe(123456);
    expect(parseYuan('￥ 3000')).toBe(300000);
    expect(parseYuan('99元')).toBe(9900);
    expect(parseYuan('１２．３')).toBe(1230);
    expect(parseYuan('-3.20')).toBe(-320);
  });

  it('refuses what is not money', () => {
    for (const bad of ['', 'abc', '1.234', '1,23', '12.', '.5', '1e3', '¥', '--1', '1 000']) expect(parseYuan(bad), bad).toBeNull();
  });

  it('never goes through a float: 0.1 + 0.2 yuan is exactly 30 fen', () => {
    expect(parseYuan('0.1')! + parseYuan('0.2')!).toBe(30);
  });
});

describe('formatYuan', () => {
  it('shows ¥, thousands separators and two decimals', () => {
    expect(formatYuan(0)).toBe('¥0.00');
    expect(formatYuan(5)).toBe('¥0.05');
    expect(formatYuan(123456789)).toBe('¥1,234,567.89');
    expect(formatYuan(-320)).toBe('-¥3.20');
  });

  it('round-trips with parseYuan for every safe amount', () => {
    fc.assert(fc.property(fc.integer({ min: -1e15, max: 1e15 }), (fen) => parseYuan(formatYuan(fen)) === fen));
  });
});

describe('lineAmount', () => {
  it('multiplies exactly', () => {
    expect(lineAmount(3, 1999)).toBe(5997);
    expect(lineAmount(-2, 1999)).toBe(-3998);
    expect(lineAmount(1.5, 100)).toBeNull();
    expect(lineAmount(2 ** 40, 2 ** 20)).toBeNull();
  });
});
