import chineseDays from 'chinese-days';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createWorkingCalendar, type CalendarAnswer, type CalendarOverride } from './calendar';
import { addDays, dateOfDayNumber, dayNumber, partsOf, weekday } from './dates';
import { OFFICIAL_CALENDAR, workingCalendar } from './official';

const official = workingCalendar();

function value<T>(answer: CalendarAnswer<T>): T {
  if (!answer.ok) throw new Error(answer.error.zh);
  return answer.value;
}

const working = (date: string, cal = official) => value(cal.isWorkingDay(date));
const span = (from: string, to: string) => Array.from({ length: dayNumber(to) - dayNumber(from) + 1 }, (_, i) => addDays(from, i));

describe('the official arrangement from chinese-days', () => {
  it('knows 2004 to 2026 and nothing else', () => {
    expect(official.knownYears()).toEqual(Array.from({ length: 23 }, (_, i) => 2004 + i));
    expect(official.knowsYear(2003)).toBe(false);
    expect(official.knowsYear(2027)).toBe(false);
  });

  it('has the 2025 notice (国办发明电〔2024〕12号)', () => {
    expect(working('2025-01-01')).toBe(false); // 元旦, a Wednesday
    // 春节: 1月28日至2月4日放假调休，共8天；1月26日（周日）、2月8日（周六）上班
    for (const d of span('2025-01-28', '2025-02-04')) expect(working(d), d).toBe(false);
    expect(weekday('2025-01-26')).toBe(0);
    expect(weekday('2025-02-08')).toBe(6);
    expect(working('2025-01-26')).toBe(true);
    expect(working('2025-02-08')).toBe(true);
    expect(value(official.dayInfo('2025-01-26'))).toMatchObject({ reason: 'official-workday', label: { zh: '春节', en: 'Spring Festival' } });
    // 劳动节: 5月1日至5日，4月27日（周日）上班; 端午: 5月31日至6月2日
    for (const d of [...span('2025-05-01', '2025-05-05'), ...span('2025-05-31', '2025-06-02')]) expect(working(d), d).toBe(false);
    expect(working('2025-04-27')).toBe(true);
    // 国庆节、中秋节: 10月1日至8日放假调休，共8天；9月28日（周日）、10月11日（周六）上班
    for (const d of span('2025-10-01', '2025-10-08')) expect(working(d), d).toBe(false);
    expect(working('2025-09-28')).toBe(true);
    expect(working('2025-10-11')).toBe(true);
    expect(working('2025-10-12')).toBe(false); // the Sunday after stays a weekend
    expect(value(official.dayInfo('2025-10-01'))).toMatchObject({ working: false, reason: 'official-holiday', label: { zh: '国庆节' } });
  });

  it('has the 2026 notice (gov.cn 202511/content_7047091)', () => {
    // 元旦: 1月1日至3日，1月4日（周日）上班
    for (const d of span('2026-01-01', '2026-01-03')) expect(working(d), d).toBe(false);
    expect(working('2026-01-04')).toBe(true);
    // 春节: 2月15日（周日）至23日（周一）放假调休，共9天；2月14日（周六）、2月28日（周六）上班
    for (const d of span('2026-02-15', '2026-02-23')) expect(working(d), d).toBe(false);
    expect(working('2026-02-14')).toBe(true);
    expect(working('2026-02-28')).toBe(true);
    expect(working('2026-02-24')).toBe(true);
    // 清明 4月4日至6日; 劳动节 5月1日至5日, 5月9日（周六）上班; 端午 6月19日至21日; 中秋 9月25日至27日
    for (const d of [...span('2026-04-04', '2026-04-06'), ...span('2026-05-01', '2026-05-05'), ...span('2026-06-19', '2026-06-21'), ...span('2026-09-25', '2026-09-27')]) {
      expect(working(d), d).toBe(false);
    }
    expect(working('2026-05-09')).toBe(true);
    // 国庆节: 10月1日（周四）至7日（周三）放假调休，共7天；9月20日（周日）、10月10日（周六）上班
    for (const d of span('2026-10-01', '2026-10-07')) expect(working(d), d).toBe(false);
    expect(working('2026-09-20')).toBe(true);
    expect(working('2026-10-10')).toBe(true);
    expect(working('2026-10-08')).toBe(true);
  });

  // The package builds its own lookup tables with local-time dates, so west of Greenwich its API is off by a day
  // (which is why this calendar reads its JSON instead); compare with the API only where the API is right.
  it.runIf(new Date(2025, 0, 1).getTimezoneOffset() <= 0)('reads the data as the package API answers (east of Greenwich)', () => {
    const localMidnight = (d: string) => {
      const { year, month, day } = partsOf(d);
      return new Date(year, month - 1, day);
    };
    const mismatches = span('2004-01-01', '2026-12-31').filter((d) => working(d) !== chineseDays.isWorkday(localMidnight(d)));
    expect(mismatches).toEqual([]);
  });
});

describe('working days of a month (expense deadlines: the 3rd and the 8th working day)', () => {
  it('October 2025', () => {
    // 1–8 October are off (国庆 + 中秋). Working days: 9 Thu (1st), 10 Fri (2nd), 11 Sat — make-up day (3rd),
    // 12 Sun off, 13 Mon (4th), 14 (5th), 15 (6th), 16 (7th), 17 Fri (8th).
    expect(value(official.nthWorkingDay(2025, 10, 3))).toBe('2025-10-11');
    expect(value(official.nthWorkingDay(2025, 10, 8))).toBe('2025-10-17');
    expect(value(official.nthWorkingDay(2025, 10, 9))).toBe('2025-10-20'); // payout day; 18–19 are a weekend
    expect(value(official.firstWorkingDay(2025, 10))).toBe('2025-10-09');
    // 9, 10, 11 (Sat, make-up), then 13–17, 20–24 and 27–31: 3 + 5 + 5 + 5 = 18.
    expect(value(official.workingDaysOf(2025, 10))).toHaveLength(18);
  });

  it('February 2026', () => {
    // 1 February 2026 is a Sunday. Working days: 2 Mon (1st), 3 (2nd), 4 Wed (3rd), 5 (4th), 6 Fri (5th),
    // 7–8 weekend, 9 Mon (6th), 10 (7th), 11 Wed (8th). The Spring Festival (15–23) comes later in the month.
    expect(value(official.nthWorkingDay(2026, 2, 3))).toBe('2026-02-04');
    expect(value(official.nthWorkingDay(2026, 2, 8))).toBe('2026-02-11');
    // 2–6, 9–13, 14 (Sat, make-up), 24–27, 28 (Sat, make-up) = 5 + 5 + 1 + 4 + 1 = 16
    expect(value(official.workingDaysOf(2026, 2))).toEqual([
      ...span('2026-02-02', '2026-02-06'),
      ...span('2026-02-09', '2026-02-14'),
      ...span('2026-02-24', '2026-02-28'),
    ]);
  });

  it('February 2025, after the Spring Festival', () => {
    // 1–2 weekend, 3–4 still Spring Festival; 5 Wed (1st), 6, 7 (3rd), 8 Sat make-up (4th), 10 … 13 (8th).
    expect(value(official.nthWorkingDay(2025, 2, 3))).toBe('2025-02-07');
    expect(value(official.nthWorkingDay(2025, 2, 8))).toBe('2025-02-13');
  });

  it('explains a working day the month does not have', () => {
    const answer = official.nthWorkingDay(2026, 2, 17);
    expect(answer.ok).toBe(false);
    if (!answer.ok) {
      expect(answer.error).toMatchObject({ reason: 'no-such-working-day', count: 16 });
      expect(answer.error.zh).toBe('2026 年 2 月只有 16 个工作日，没有第 17 个工作日');
    }
    expect(() => official.nthWorkingDay(2026, 2, 0)).toThrow(RangeError);
    expect(() => official.nthWorkingDay(2026, 13, 1)).toThrow(RangeError);
  });
});

describe('weeks of the month', () => {
  it('the first week is the first five working days', () => {
    expect(value(official.firstWeek(2025, 10))).toEqual(['2025-10-09', '2025-10-10', '2025-10-11', '2025-10-13', '2025-10-14']);
    expect(value(official.firstWeek(2026, 2))).toEqual(span('2026-02-02', '2026-02-06'));
    expect(value(official.firstWeek(2025, 2))).toEqual(['2025-02-05', '2025-02-06', '2025-02-07', '2025-02-08', '2025-02-10']);
  });

  it('numbers later weeks the same way, the last one possibly short', () => {
    expect(value(official.workingWeekOf('2025-10-14'))).toBe(1);
    expect(value(official.workingWeekOf('2025-10-15'))).toBe(2);
    expect(value(official.workingWeekOf('2025-10-12'))).toBeNull();
    // Working days 9, 10, 11, 13, 14 | 15, 16, 17, 20, 21 | 22, 23, 24, 27, 28 | 29, 30, 31
    expect(value(official.workingWeek(2025, 10, 4))).toEqual(['2025-10-29', '2025-10-30', '2025-10-31']);
    expect(value(official.workingWeek(2025, 10, 5))).toEqual([]);
  });
});

describe('years the calendar does not know', () => {
  it('says so instead of guessing from weekends', () => {
    const answer = official.isWorkingDay('2027-10-04');
    expect(answer).toEqual({
      ok: false,
      error: { reason: 'year-not-configured', year: 2027, zh: '2027 年的节假日尚未配置', en: 'The holidays of 2027 have not been configured yet' },
    });
    for (const a of [official.nthWorkingDay(2027, 1, 3), official.workingDaysOf(2027, 5), official.firstWeek(2027, 1), official.workingWeekOf('2027-01-04')]) {
      expect(a.ok ? null : a.error.reason).toBe('year-not-configured');
    }
  });

  it('stops counting at the edge of the known years', () => {
    expect(value(official.addWorkingDays('2026-12-30', 1))).toBe('2026-12-31');
    const over = official.addWorkingDays('2026-12-30', 2);
    expect(over.ok ? null : over.error.zh).toBe('2027 年的节假日尚未配置');
    const back = official.addWorkingDays('2004-01-05', -3);
    expect(back.ok ? null : back.error.zh).toBe('2003 年的节假日尚未配置');
    const between = official.workingDaysBetween('2026-12-01', '2027-01-10');
    expect(between.ok ? null : between.error.year).toBe(2027);
  });

  it('learns a year from the administrator before the package does', () => {
    // A notice for 2027 typed in by hand (dates for the example): 元旦 1–3 January off, 2 January is a Saturday anyway.
    const overrides: CalendarOverride[] = [
      { date: '2027-01-01', kind: 'holiday', note: '元旦' },
      { date: '2027-02-06', kind: 'workday', note: '春节调休' },
    ];
    const cal = workingCalendar(overrides);
    expect(cal.knowsYear(2027)).toBe(true);
    expect(working('2027-01-01', cal)).toBe(false);
    expect(value(cal.dayInfo('2027-02-06'))).toMatchObject({ working: true, reason: 'override-workday', label: { zh: '春节调休' } });
    expect(value(cal.firstWorkingDay(2027, 1))).toBe('2027-01-04');
    expect(value(cal.addWorkingDays('2026-12-30', 2))).toBe('2027-01-04');
  });
});

describe('adding and counting working days', () => {
  it('skips holidays and takes make-up days', () => {
    expect(value(official.addWorkingDays('2025-09-30', 1))).toBe('2025-10-09');
    expect(value(official.addWorkingDays('2025-10-10', 1))).toBe('2025-10-11');
    expect(value(official.addWorkingDays('2025-10-09', -1))).toBe('2025-09-30');
    expect(value(official.addWorkingDays('2025-10-05', 0))).toBe('2025-10-05');
    expect(value(official.workingDaysBetween('2025-09-30', '2025-10-11'))).toBe(3);
    expect(value(official.workingDaysBetween('2025-10-11', '2025-09-30'))).toBe(-3);
    expect(value(official.workingDaysBetween('2025-10-03', '2025-10-03'))).toBe(0);
  });
});

describe('overrides', () => {
  it('win over the official arrangement and over weekends', () => {
    // A company day off on 9 October moves the 3rd working day from the 11th to Monday the 13th.
    const dayOff = workingCalendar([{ date: '2025-10-09', kind: 'holiday', note: '公司年会' }]);
    expect(working('2025-10-09', dayOff)).toBe(false);
    expect(value(dayOff.nthWorkingDay(2025, 10, 3))).toBe('2025-10-13');
    expect(value(dayOff.dayInfo('2025-10-09'))).toMatchObject({ reason: 'override-holiday', label: { zh: '公司年会' } });
    // Working on the Sunday 5 October, inside National Day, makes it the first working day of the month.
    const dutyDay = workingCalendar([{ date: '2025-10-05', kind: 'workday', note: '展会值班' }]);
    expect(working('2025-10-05', dutyDay)).toBe(true);
    expect(value(dutyDay.firstWorkingDay(2025, 10))).toBe('2025-10-05');
    expect(value(dutyDay.nthWorkingDay(2025, 10, 3))).toBe('2025-10-10');
    // An ordinary Saturday made a working day, and an ordinary Tuesday made a day off.
    const weekend = workingCalendar([
      { date: '2025-11-15', kind: 'workday', note: '' },
      { date: '2025-11-18', kind: 'holiday', note: '' },
    ]);
    expect(value(weekend.dayInfo('2025-11-15'))).toMatchObject({ working: true, weekday: 6, label: null });
    expect(working('2025-11-18', weekend)).toBe(false);
  });

  it('refuses two overrides for one date', () => {
    const twice: CalendarOverride[] = [
      { date: '2025-10-09', kind: 'holiday', note: '' },
      { date: '2025-10-09', kind: 'workday', note: '' },
    ];
    expect(() => workingCalendar(twice)).toThrow(RangeError);
  });
});

// Properties over the known years 2004–2026 with random administrator overrides.
const KNOWN_FROM = dayNumber('2004-01-01');
const KNOWN_TO = dayNumber('2026-12-31');
const knownDate = (from = KNOWN_FROM, to = KNOWN_TO) => fc.integer({ min: from, max: to }).map(dateOfDayNumber);
const overridesArb = fc
  .uniqueArray(fc.record({ date: knownDate(), kind: fc.constantFrom('workday' as const, 'holiday' as const), note: fc.constant('') }), {
    maxLength: 40,
    selector: (o) => o.date,
  });
const yearMonth = fc.record({ year: fc.integer({ min: 2004, max: 2026 }), month: fc.integer({ min: 1, max: 12 }) });

describe('properties', () => {
  it('the n-th working day is a working day of that month, and later for a larger n', () => {
    fc.assert(
      fc.property(overridesArb, yearMonth, (overrides, { year, month }) => {
        const cal = createWorkingCalendar(OFFICIAL_CALENDAR, overrides);
        const count = value(cal.workingDaysOf(year, month)).length;
        let previous = -Infinity;
        for (let n = 1; n <= count; n += 1) {
          const day = value(cal.nthWorkingDay(year, month, n));
          expect(working(day, cal)).toBe(true);
          expect(day.startsWith(`${year}-${String(month).padStart(2, '0')}-`)).toBe(true);
          expect(dayNumber(day)).toBeGreaterThan(previous);
          previous = dayNumber(day);
        }
        expect(cal.nthWorkingDay(year, month, count + 1).ok).toBe(false);
      }),
    );
  });

  it('counting back the working days added gives n', () => {
    // Start at least two years inside the known range so ±400 working days stay in it.
    fc.assert(
      fc.property(overridesArb, knownDate(dayNumber('2006-01-01'), dayNumber('2024-12-31')), fc.integer({ min: -400, max: 400 }), (overrides, date, n) => {
        const cal = createWorkingCalendar(OFFICIAL_CALENDAR, overrides);
        const target = value(cal.addWorkingDays(date, n));
        expect(value(cal.workingDaysBetween(date, target))).toBe(n);
        if (n !== 0) expect(working(target, cal)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('overrides win, and change nothing else', () => {
    fc.assert(
      fc.property(overridesArb, knownDate(), (overrides, probe) => {
        const cal = createWorkingCalendar(OFFICIAL_CALENDAR, overrides);
        for (const o of overrides) expect(working(o.date, cal)).toBe(o.kind === 'workday');
        if (!overrides.some((o) => o.date === probe)) expect(working(probe, cal)).toBe(working(probe));
      }),
    );
  });

  it('weeks split the working days of a month into fives', () => {
    fc.assert(
      fc.property(overridesArb, yearMonth, (overrides, { year, month }) => {
        const cal = createWorkingCalendar(OFFICIAL_CALENDAR, overrides);
        const days = value(cal.workingDaysOf(year, month));
        const weeks = [1, 2, 3, 4, 5, 6, 7].map((w) => value(cal.workingWeek(year, month, w)));
        expect(weeks.flat()).toEqual(days);
        days.forEach((d, i) => expect(value(cal.workingWeekOf(d))).toBe(Math.floor(i / 5) + 1));
      }),
      { numRuns: 50 },
    );
  });
});
