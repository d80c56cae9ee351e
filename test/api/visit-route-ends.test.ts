import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { haversineMetres } from '../../src/domain/customers/coordinates';
import { visitPlans } from '../../src/server/db/schema';
import { startTestApp, type TestApp } from '../helpers/app';
import { demoOrgId, userByName } from '../helpers/lookup';

/*
 * Where the rep's day ends and when it starts (出行设置, issue 5): 李娜 starts at the 郑州 office at 07:15 and ends her
 * days at home in the east of the city. Each day of her plan is routed to her home and timed from 07:15; after an
 * edit the day is routed again to her home; without an end point the day is a round trip from 08:30 as before.
 */

type Point = { lng: number; lat: number };
type Itinerary = {
  start: Point;
  end: Point;
  stops: { customerId: string; point: Point; metres: number; travelSeconds: number; arriveAt: string }[];
  back: { metres: number; travelSeconds: number; arriveAt: string } | null;
  totals: { metres: number; startAt: string; finishAt: string };
};
type Plan = { id: string; version: number; days: { date: string; itinerary: Itinerary }[] };
type Travel = { dayStart: string; end: Point | null; version: number };

const OFFICE = { lng: 113.66, lat: 34.75 };
const HOME = { lng: 113.76, lat: 34.8 };
const travel = { startKind: 'office', start: OFFICE, end: HOME, mode: 'motorbike', dailyCapacity: 6 };

let t: TestApp;
let orgId: string;
let linaId: string;
let cookie: string;
const send = (method: string, url: string, body?: unknown) => t.request(method, url, { cookie, body });
async function ok<T>(method: string, url: string, body?: unknown): Promise<T> {
  const res = await send(method, url, body);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as T;
}
const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3));
const storedMetres = async (planId: string) => {
  const [row] = await t.database.db.select({ days: visitPlans.days }).from(visitPlans).where(and(eq(visitPlans.orgId, orgId), eq(visitPlans.id, planId)));
  return new Map((row!.days as { date: string; route: { totalMetres: number } }[]).map((d) => [d.date, d.route.totalMetres]));
};

beforeAll(async () => {
  t = await startTestApp();
  t.clock.now = new Date('2026-11-23T02:00:00Z');
  orgId = await demoOrgId(t.database.db);
  linaId = (await userByName(t.database.db, orgId, 'lina')).id;
  cookie = await t.login('lina');
});
afterAll(() => t.close());

describe('the time the day starts', () => {
  it('is 08:30 until set, and is refused outside 05:00–12:00 with the field named, nothing saved', async () => {
    expect((await ok<Travel>('GET', `/api/visit-travel/${linaId}`)).dayStart).toBe('08:30');
    for (const dayStart of ['04:30', '12:30', '7:15', 'morning']) {
      const res = await send('PUT', `/api/visit-travel/${linaId}`, { ...travel, dayStart, version: 0 });
      expect(res.statusCode, dayStart).toBe(400);
      const field = (res.json().fields as { field: string; message: string; message_en: string }[]).find((f) => f.field === 'dayStart');
      expect(field?.message, res.body).toBe('出发时间：应在 05:00–12:00 之间，格式如 08:30');
      expect(field?.message_en.length).toBeGreaterThan(0);
    }
    expect((await ok<Travel>('GET', `/api/visit-travel/${linaId}`)).version).toBe(0);
    const saved = await ok<Travel>('PUT', `/api/visit-travel/${linaId}`, { ...travel, dayStart: '07:15', version: 0 });
    expect(saved).toMatchObject({ dayStart: '07:15', end: HOME, version: 1 });
  });
});

describe('a day that ends at the rep’s end point', () => {
  let plan: Plan;

  it('is routed to the end point: the last leg goes there, and the first arrival follows the start time', async () => {
    plan = await ok<Plan>('POST', '/api/visit-plans/generate', { month: '2026-12' });
    const stored = await storedMetres(plan.id);
    const busy = plan.days.filter((d) => d.itinerary.stops.length > 0);
    expect(busy.length).toBeGreaterThan(0);
    for (const { date, itinerary: it } of plan.days) {
      expect(it.start).toEqual(OFFICE);
      expect(it.end).toEqual(HOME);
      expect(it.totals.startAt).toBe('07:15');
      if (it.stops.length === 0) continue;
      const first = it.stops[0]!;
      expect(Math.abs(minutes(first.arriveAt) - (minutes('07:15') + first.travelSeconds / 60)), date).toBeLessThanOrEqual(1);
      const last = it.stops[it.stops.length - 1]!;
      expect(Math.abs(it.back!.metres - haversineMetres(last.point, HOME)), date).toBeLessThanOrEqual(1);
      expect(it.back!.arriveAt).toBe(it.totals.finishAt);
      // Generated with the end point: the stored route is the one the itinerary walks.
      expect(Math.abs(stored.get(date)! - it.totals.metres), date).toBeLessThanOrEqual(1);
    }
  });

  it('is routed to the end point again after an edit', async () => {
    const day = plan.days.find((d) => d.itinerary.stops.length > 2)!;
    const removed = day.itinerary.stops[1]!;
    const edited = await ok<Plan>('PATCH', `/api/visit-plans/${plan.id}/items`, { version: plan.version, changes: [{ action: 'remove', date: day.date, customerId: removed.customerId }] });
    const it = edited.days.find((d) => d.date === day.date)!.itinerary;
    expect(it.stops.map((s) => s.customerId)).not.toContain(removed.customerId);
    expect(it.end).toEqual(HOME);
    expect(Math.abs((await storedMetres(plan.id)).get(day.date)! - it.totals.metres)).toBeLessThanOrEqual(1);
  });

  it('comes back to the start from 08:30 when the end point and start time are cleared', async () => {
    await ok<Travel>('PUT', `/api/visit-travel/${linaId}`, { ...travel, end: null, dayStart: '08:30', version: 1 });
    const again = await ok<Plan>('POST', '/api/visit-plans/generate', { month: '2026-12' });
    const stored = await storedMetres(again.id);
    for (const { date, itinerary: it } of again.days) {
      expect(it.end).toEqual(OFFICE);
      expect(it.totals.startAt).toBe('08:30');
      if (it.stops.length === 0) continue;
      expect(Math.abs(it.back!.metres - haversineMetres(it.stops[it.stops.length - 1]!.point, OFFICE))).toBeLessThanOrEqual(1);
      expect(Math.abs(stored.get(date)! - it.totals.metres), date).toBeLessThanOrEqual(1);
    }
  });
});
