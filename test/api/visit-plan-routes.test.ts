import { and, asc, eq, isNull, ne } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { customers } from '../../src/server/db/schema';
import { startTestApp, type TestApp } from '../helpers/app';
import { demoOrgId, userByName } from '../helpers/lookup';

/*
 * A plan's day routes and what it still misses (issue 5): each day of 李娜's December 2026 plan comes with its route
 * as she drives it (legs, arrival and departure, the way back, totals), and the unplaced list follows her edits.
 * The test app has no sales history, so her customers are never graded (未分级: grade null) except one marked 'none'
 * (graded, no sales); one has no coordinates.
 */

type Stop = { customerId: string; customerName: string; grade: string | null; point: { lng: number; lat: number }; metres: number; travelSeconds: number; arriveAt: string; leaveAt: string; visitMinutes: number };
type Itinerary = {
  start: { lng: number; lat: number };
  stops: Stop[];
  unlocated: { customerId: string; customerName: string }[];
  back: { metres: number; travelSeconds: number; arriveAt: string } | null;
  totals: { metres: number; travelSeconds: number; visitMinutes: number; startAt: string; finishAt: string };
};
type Plan = {
  id: string;
  version: number;
  days: { date: string; route: { totalMetres: number; totalTravelSeconds: number }; itinerary: Itinerary; items: { customerId: string; customerName: string; grade: string | null; kind: string }[] }[];
  unplaced: { customerId: string; customerName: string; grade: string | null; reason: string; window: { from: string; to: string } | null; message: string }[];
  totals: { unplaced: number; metres: number };
};

let t: TestApp;
let plan: Plan;
let noSales: string;
let unlocated: string;
const cookie: Record<string, string> = {};

const send = (method: string, url: string, body?: unknown) => t.request(method, url, { cookie: cookie.lina, body });
async function ok<T>(method: string, url: string, body?: unknown): Promise<T> {
  const res = await send(method, url, body);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as T;
}
const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3));

beforeAll(async () => {
  t = await startTestApp();
  t.clock.now = new Date('2026-11-23T02:00:00Z');
  const db = t.database.db;
  const orgId = await demoOrgId(db);
  cookie.lina = await t.login('lina');
  const lina = await userByName(db, orgId, 'lina');
  const own = await db.select({ id: customers.id }).from(customers).where(and(eq(customers.orgId, orgId), eq(customers.ownerId, lina.id), isNull(customers.deletedAt), ne(customers.status, 'lost'))).orderBy(asc(customers.id));
  noSales = own[0]!.id;
  unlocated = own[1]!.id;
  await db.update(customers).set({ grade: 'none' }).where(and(eq(customers.orgId, orgId), eq(customers.id, noSales)));
  await db.update(customers).set({ lng: null, lat: null }).where(and(eq(customers.orgId, orgId), eq(customers.id, unlocated)));
  plan = await ok<Plan>('POST', '/api/visit-plans/generate', { month: '2026-12' });
});
afterAll(() => t.close());

describe('the day routes of a plan', () => {
  it('give each day’s visits in order with the way from the stop before, arrival and departure, the way back and totals', async () => {
    const busy = plan.days.filter((d) => d.itinerary.stops.length > 1);
    expect(busy.length).toBeGreaterThan(0);
    for (const day of plan.days) {
      const it = day.itinerary;
      const visits = day.items.filter((i) => i.kind === 'visit' && i.customerId !== unlocated).map((i) => i.customerId);
      expect(it.stops.map((s) => s.customerId), day.date).toEqual(visits);
      expect(it.totals.startAt).toBe('08:30');
      expect(day.route.totalMetres).toBe(it.totals.metres);
      if (it.stops.length === 0) continue;
      // Arrive after the travel from the stop before, stay the grade's minutes (30 for a customer without a grade), go on.
      let clock = minutes('08:30');
      for (const s of it.stops) {
        expect(s.visitMinutes).toBe(30);
        expect(Math.abs(minutes(s.arriveAt) - (clock + s.travelSeconds / 60))).toBeLessThanOrEqual(1);
        expect(minutes(s.leaveAt) - minutes(s.arriveAt)).toBe(30);
        clock = minutes(s.leaveAt);
      }
      expect(it.back!.arriveAt).toBe(it.totals.finishAt);
      const legs = [...it.stops.map((s) => s.metres), it.back!.metres];
      expect(Math.abs(legs.reduce((a, b) => a + b, 0) - it.totals.metres)).toBeLessThanOrEqual(legs.length);
      expect(it.totals.travelSeconds).toBe([...it.stops.map((s) => s.travelSeconds), it.back!.travelSeconds].reduce((a, b) => a + b, 0));
      expect(it.totals.visitMinutes).toBe(30 * it.stops.length);
    }
    expect(plan.totals.metres).toBe(plan.days.reduce((n, d) => n + d.itinerary.totals.metres, 0));
  });

  it('lists a visit without coordinates apart, and tells a customer never graded (null) from one without sales (none)', async () => {
    const day = plan.days.find((d) => d.items.some((i) => i.customerId === unlocated))!;
    expect(day.itinerary.unlocated.map((u) => u.customerId)).toEqual([unlocated]);
    expect(day.itinerary.stops.some((s) => s.customerId === unlocated)).toBe(false);
    const items = plan.days.flatMap((d) => d.items);
    expect(items.find((i) => i.customerId === noSales)!.grade).toBe('none');
    expect(items.filter((i) => i.customerId !== noSales).every((i) => i.grade === null)).toBe(true);
  });
});

describe('the unplaced list', () => {
  it('names a contact the rep removed, with the days where it belongs, and drops it when placed again', async () => {
    const day = plan.days.find((d) => d.itinerary.stops.length > 1)!;
    const stop = day.itinerary.stops[1]!;
    const before = plan.unplaced.length;
    const removed = await ok<Plan>('PATCH', `/api/visit-plans/${plan.id}/items`, { version: plan.version, changes: [{ action: 'remove', date: day.date, customerId: stop.customerId }] });
    const entry = removed.unplaced.find((u) => u.customerId === stop.customerId)!;
    expect(entry).toMatchObject({ customerName: stop.customerName, grade: null, reason: 'not-in-plan', message: '每月须拜访 1 次，计划中只有 0 次', window: { from: plan.days[0]!.date, to: plan.days[plan.days.length - 1]!.date } });
    expect(removed.totals.unplaced).toBe(before + 1);
    expect(removed.days.find((d) => d.date === day.date)!.itinerary.stops.map((s) => s.customerId)).not.toContain(stop.customerId);

    const placed = await ok<Plan>('PATCH', `/api/visit-plans/${plan.id}/items`, { version: removed.version, changes: [{ action: 'add', date: day.date, customerId: stop.customerId, kind: 'visit' }] });
    expect(placed.unplaced.some((u) => u.customerId === stop.customerId)).toBe(false);
    expect(placed.totals.unplaced).toBe(before);
    expect(placed.days.find((d) => d.date === day.date)!.itinerary.stops.map((s) => s.customerId)).toContain(stop.customerId);
    plan = placed;
  });

  it('is what a refused submission names: each breach with its customer’s name, also one no longer in the plan', async () => {
    const day = plan.days.find((d) => d.itinerary.stops.length > 0)!;
    const stop = day.itinerary.stops[0]!;
    const removed = await ok<Plan>('PATCH', `/api/visit-plans/${plan.id}/items`, { version: plan.version, changes: [{ action: 'remove', date: day.date, customerId: stop.customerId }] });
    const res = await send('POST', `/api/visit-plans/${plan.id}/submit`, { version: removed.version });
    expect(res.statusCode).toBe(409);
    const breaches = res.json().breaches as { code: string; customerId: string; customerName: string | null }[];
    expect(breaches.find((b) => b.customerId === stop.customerId)).toMatchObject({ code: 'missing-contacts', customerName: stop.customerName });
    expect(breaches.every((b) => b.customerId === null || (b.customerName ?? '').length > 0)).toBe(true);
  });
});
