import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gradeAbc, type GradeOrNone } from './abc';
import { countGradeChanges, gradeChanges, gradesOf, type GradeChangeKind } from './grade-changes';

const grades = (entries: Record<string, GradeOrNone>) => new Map(Object.entries(entries));

describe('grade changes between two gradings', () => {
  it('names moves up and down, new customers and dropped ones', () => {
    const before = grades({ stays: 'A', falls: 'A', rises: 'C', leaves: 'B', gone: 'C', returns: 'none', idle: 'none' });
    const after = grades({ stays: 'A', falls: 'B', rises: 'A', leaves: 'none', returns: 'C', idle: 'none', fresh: 'B' });
    expect(gradeChanges(before, after)).toEqual([
      { customerId: 'falls', from: 'A', to: 'B', kind: 'down' },
      { customerId: 'fresh', from: null, to: 'B', kind: 'new' },
      { customerId: 'gone', from: 'C', to: null, kind: 'dropped' },
      { customerId: 'leaves', from: 'B', to: 'none', kind: 'dropped' },
      { customerId: 'returns', from: 'none', to: 'C', kind: 'new' },
      { customerId: 'rises', from: 'C', to: 'A', kind: 'up' },
    ]);
    expect(countGradeChanges(gradeChanges(before, after))).toEqual({ up: 1, down: 1, new: 2, dropped: 2 });
  });

  it('reads two real gradings', () => {
    const march = gradeAbc([
      { customerId: '郑州人民医院', amountFen: 800_00 },
      { customerId: '新郑卫生院', amountFen: 150_00 },
      { customerId: '中牟诊所', amountFen: 50_00 },
    ]);
    const april = gradeAbc([
      { customerId: '郑州人民医院', amountFen: 300_00 },
      { customerId: '新郑卫生院', amountFen: 600_00 },
      { customerId: '中牟诊所', amountFen: 0 },
      { customerId: '荥阳药店', amountFen: 100_00 },
    ]);
    expect(gradeChanges(gradesOf(march), gradesOf(april)).map((c) => [c.customerId, c.from, c.to, c.kind])).toEqual([
      ['中牟诊所', 'C', 'none', 'dropped'],
      ['新郑卫生院', 'B', 'A', 'up'],
      ['荥阳药店', null, 'C', 'new'],
      ['郑州人民医院', 'A', 'B', 'down'],
    ]);
  });

  it('mirror when the two gradings are swapped, and vanish against themselves', () => {
    const grade = fc.constantFrom<GradeOrNone>('A', 'B', 'C', 'none');
    const gradesArb = fc.dictionary(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'), grade).map((d) => grades(d));
    const mirror: Record<GradeChangeKind, GradeChangeKind> = { up: 'down', down: 'up', new: 'dropped', dropped: 'new' };
    fc.assert(
      fc.property(gradesArb, gradesArb, (x, y) => {
        expect(gradeChanges(x, x)).toEqual([]);
        const back = gradeChanges(y, x);
        expect(back).toEqual(gradeChanges(x, y).map((c) => ({ customerId: c.customerId, from: c.to, to: c.from, kind: mirror[c.kind] })));
      }),
    );
  });
});
