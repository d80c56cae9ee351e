import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, dateOfDayNumber, dayNumber } from '../calendar/dates';
import { customerValue, grossMargin, valueTrend, valueWindows, type DatedSale } from './value';

describe('customer value windows', () => {
  it('are the 12 months ending on the day, and the 12 before', () => {
    expect(valueWindows('2026-03-15')).toEqual({
      current: { from: '2025-03-16', to: '2026-03-15' },
      previous: { from: '2024-03-16', to: '2025-03-15' },
    });
    expect(valueWindows('2024-02-29')).toEqual({
      current: { from: '2023-03-01', to: '2024-02-29' },
      previous: { from: '2022-03-01', to: '2023-02-28' },
    });
  });
});

describe('customer value', () => {
  const sales: DatedSale[] = [
    { date: '2023-06-01', amountFen: 500_00 }, // older than both windows: historical only
    { date: '2024-03-16', amountFen: 1_000_00 }, // first day of the previous window
    { date: '2025-03-15', amountFen: 1_000_00 }, // last day of the previous window
    { date: '2025-03-16', amountFen: 2_000_00 }, // first day of the current window
    { date: '2025-12-01', amountFen: -100_00 }, // a return
    { date: '2026-03-15', amountFen: 300_00 }, // the day itself
    { date: '2026-03-16', amountFen: 9_999_00 }, // after the day: not counted at all
  ];

  it('adds historical, current and previous sales in integer fen', () => {
    expect(customerValue(sales, '2026-03-15')).toEqual({
      historicalFen: 4_700_00,
      currentFen: 2_200_00,
      previousFen: 2_000_00,
      changeBp: 1000,
      trend: 'rising',
    });
  });

  it('classifies the trend with an exact 10% band', () => {
    expect(valueTrend(110_000, 100_000)).toBe('rising');
    expect(valueTrend(109_999, 100_000)).toBe('steady');
    expect(valueTrend(90_001, 100_000)).toBe('steady');
    expect(valueTrend(90_000, 100_000)).toBe('falling');
    expect(valueTrend(100, 0)).toBe('new');
    expect(valueTrend(0, 100)).toBe('stopped');
    expect(valueTrend(-5, 100)).toBe('stopped');
    expect(valueTrend(0, 0)).toBe('inactive');
    expect(valueTrend(104_000, 100_000, 500)).toBe('steady');
    expect(valueTrend(105_000, 100_000, 500)).toBe('rising');
  });

  it('notices a steady buyer who stopped', () => {
    const v = customerValue([{ date: '2024-09-01', amountFen: 12_000_00 }], '2025-12-31');
    expect(v).toMatchObject({ currentFen: 0, previousFen: 12_000_00, changeBp: -10_000, trend: 'stopped' });
  });

  it('splits the history without losing or counting a fen twice', () => {
    const from = dayNumber('2020-01-01');
    const saleArb = fc.record({
      date: fc.integer({ min: from, max: from + 2500 }).map(dateOfDayNumber),
      amountFen: fc.integer({ min: -1e8, max: 1e10 }),
    });
    fc.assert(
      fc.property(fc.array(saleArb, { maxLength: 40 }), fc.integer({ min: from, max: from + 2500 }).map(dateOfDayNumber), (list, asOf) => {
        const v = customerValue(list, asOf);
        const older = list.filter((s) => dayNumber(s.date) < dayNumber(valueWindows(asOf).previous.from)).reduce((a, s) => a + s.amountFen, 0);
        expect(v.currentFen + v.previousFen + older).toBe(v.historicalFen);
        expect(addDays(valueWindows(asOf).previous.to, 1)).toBe(valueWindows(asOf).current.from);
      }),
    );
  });
});

describe('gross margin', () => {
  it('is revenue minus cost, and its share of revenue', () => {
    expect(grossMargin(10_000_00, 7_250_00)).toEqual({ marginFen: 2_750_00, marginBp: 2750 });
    expect(grossMargin(10_000_00, 12_000_00)).toEqual({ marginFen: -2_000_00, marginBp: -2000 });
    expect(grossMargin(0, 500)).toEqual({ marginFen: -500, marginBp: null });
    expect(() => grossMargin(10.5, 1)).toThrow(RangeError);
  });
});
