import { describe, expect, it } from 'vitest';
import type { PlanDay, UnplacedContact } from './api';
import { stillUnplaced } from './unplaced';

const day = (date: string, ids: string[]): PlanDay => ({
  date,
  week: 1,
  route: { totalMetres: 0, totalTravelSeconds: 0, finishSecond: 0 },
  visitCount: ids.length,
  items: ids.map((customerId, i) => ({ seq: i + 1, customerId, customerName: customerId, grade: 'B', kind: 'visit', objective: '', objectiveEn: null })),
});
const unplaced = (customerId: string, contactNumber: number, contactsRequired: number): UnplacedContact => ({
  customerId,
  customerName: customerId,
  grade: 'B',
  contactNumber,
  contactsRequired,
  reason: 'capacity',
  window: null,
  message: '',
  message_en: '',
});

describe('stillUnplaced', () => {
  it('keeps every entry while the plan holds fewer contacts than were placed at generation', () => {
    const list = [unplaced('b', 2, 2), unplaced('c', 1, 1)];
    expect(stillUnplaced({ days: [day('2026-12-01', ['b'])], unplaced: list })).toEqual(list);
  });

  it('drops the entries the rep has placed by hand, first ones first', () => {
    const list = [unplaced('a', 1, 2), unplaced('a', 2, 2), unplaced('c', 1, 1)];
    expect(stillUnplaced({ days: [day('2026-12-01', ['a', 'c'])], unplaced: list })).toEqual([list[1]]);
    expect(stillUnplaced({ days: [day('2026-12-01', ['a', 'c']), day('2026-12-02', ['a'])], unplaced: list })).toEqual([]);
  });
});
