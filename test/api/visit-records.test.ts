import { and, asc, desc, eq, isNull, ne } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gcj02ToWgs84 } from '../../src/domain/customers/coordinates';
import { auditLog, customerHistory, customers } from '../../src/server/db/schema';
import { startTestApp, type TestApp } from '../helpers/app';
import { uploadFile } from '../helpers/import-files';
import { demoOrgId, userByName } from '../helpers/lookup';

/*
 * Visit execution (issue 5, point 4) over the demo organisation: 张伟 (郑州) generates his November 2026 plan and,
 * on Monday 23 November (Beijing), works through the day: a check-in beside a customer, one a kilometre away, one
 * without a position, a call, an unplanned visit; fills in the questionnaire (the archive changes, with history),
 * adds a photo and checks out. 周强 (郑州's manager) reads it; 吴军 (南阳's) cannot.
 */

type Stop = {
  customerId: string;
  customerName: string;
  kind: 'visit' | 'phone';
  planned: boolean;
  location: { lng: number; lat: number; datum: string } | null;
  distanceFromPreviousMetres: number | null;
  visit: Visit | null;
};
type Day = { date: string; repId: string; toleranceMetres: number; plan: { id: string; status: string } | null; stops: Stop[] };
type Visit = {
  id: string;
  customerId: string;
  kind: string;
  date: string;
  planned: boolean;
  version: number;
  checkIn: { status: string | null; distanceMetres: number | null; flagged: boolean; toleranceMetres: number | null; message: string | null; position: { lng: number; lat: number } | null };
  checkOut: { at: string } | null;
  answers: Record<string, { before: string | null; after: string | null }>;
  notes: string | null;
  nextSteps: string | null;
  profile: Record<string, string> | null;
  photos: { id: string; contentType: string; sizeBytes: number }[];
  photoCount: number;
};

let t: TestApp;
let orgId: string;
const cookie: Record<string, string> = {};
const userId: Record<string, string> = {};
let day: Day;

const send = (who: string, method: string, url: string, body?: unknown) => t.request(method, url, { cookie: cookie[who], body });
async function ok<T>(who: string, method: string, url: string, body?: unknown, status = 200): Promise<T> {
  const res = await send(who, method, url, body);
  expect(res.statusCode, res.body).toBe(status);
  return res.json() as T;
}

/** A phone's (WGS-84) position `northMetres` north of a GCJ-02 point. */
function phoneAt(p: { lng: number; lat: number }, northMetres = 0) {
  const wgs = gcj02ToWgs84({ lng: p.lng, lat: p.lat + northMetres / 111_195 });
  return { lng: wgs.lng, lat: wgs.lat, datum: 'WGS-84', accuracy: 15 };
}

const located = () => day.stops.filter((s) => s.planned && s.kind === 'visit' && s.location);

beforeAll(async () => {
  t = await startTestApp();
  t.clock.now = new Date('2026-11-23T02:00:00Z');
  orgId = await demoOrgId(t.database.db);
  for (const name of ['zhangwei', 'lina', 'zhouqiang', 'wujun', 'zhaogang', 'sunli']) {
    cookie[name] = await t.login(name);
    userId[name] = (await userByName(t.database.db, orgId, name)).id;
  }
  await ok('zhangwei', 'POST', '/api/visit-plans/generate', { month: '2026-11' });
});
afterAll(() => t.close());

describe('a rep’s day', () => {
  it('lists today’s planned contacts in route order with the distance from the previous stop', async () => {
    day = await ok<Day>('zhangwei', 'GET', '/api/visits/day');
    expect(day.date).toBe('2026-11-23');
    expect(day.repId).toBe(userId.zhangwei);
    expect(day.toleranceMetres).toBe(200);
    expect(day.plan?.status).toBe('draft');
    expect(located().length).toBeGreaterThanOrEqual(4);
    expect(day.stops.every((s) => s.planned && s.visit === null)).toBe(true);
    // The first located visit is measured from the plan's start point, and every later one from the one before.
    for (const s of located()) expect(s.distanceFromPreviousMetres).toBeGreaterThanOrEqual(0);
    expect(day.stops.filter((s) => s.kind === 'phone').every((s) => s.distanceFromPreviousMetres === null)).toBe(true);
  });

  it('shows another rep’s day only to whoever may see the rep', async () => {
    const managed = await ok<Day>('zhouqiang', 'GET', `/api/visits/day?repId=${userId.zhangwei}&date=2026-11-23`);
    expect(managed.stops.map((s) => s.customerId)).toEqual(day.stops.map((s) => s.customerId));
    expect((await send('wujun', 'GET', `/api/visits/day?repId=${userId.zhangwei}`)).statusCode).toBe(404);
    expect((await send('lina', 'GET', `/api/visits/day?repId=${userId.zhangwei}`)).statusCode).toBe(404);
    expect((await send('sunli', 'GET', '/api/visits/day')).statusCode).toBe(403);
  });
});

describe('checking in', () => {
  let near: Visit;

  it('checks in within the tolerance beside a planned customer', async () => {
    const stop = located()[0]!;
    near = await ok<Visit>('zhangwei', 'POST', '/api/visits', { customerId: stop.customerId, position: phoneAt(stop.location!, 50) }, 201);
    expect(near).toMatchObject({ customerId: stop.customerId, kind: 'visit', date: '2026-11-23', planned: true, version: 1 });
    expect(near.checkIn.status).toBe('within');
    expect(near.checkIn.flagged).toBe(false);
    expect(Math.abs(near.checkIn.distanceMetres! - 50)).toBeLessThanOrEqual(2);
    // Stored as GCJ-02, as the archive keeps coordinates: the phone's WGS-84 point lands back beside the customer.
    expect(Math.abs(near.checkIn.position!.lng - stop.location!.lng)).toBeLessThan(0.0001);
    const [audit] = await t.database.db.select().from(auditLog).where(and(eq(auditLog.orgId, orgId), eq(auditLog.action, 'visit.check_in'), eq(auditLog.targetId, near.id)));
    expect(audit?.actorId).toBe(userId.zhangwei);
  });

  it('records and flags a check-in a kilometre away, and one without a position, with the reason', async () => {
    const [, second, third] = located();
    const far = await ok<Visit>('zhangwei', 'POST', '/api/visits', { customerId: second!.customerId, position: phoneAt(second!.location!, 1000) }, 201);
    expect(far.checkIn).toMatchObject({ status: 'outside', flagged: true, toleranceMetres: 200 });
    expect(Math.abs(far.checkIn.distanceMetres! - 1000)).toBeLessThanOrEqual(3);
    expect(far.checkIn.message).toContain('超出 200 米范围');
    const blind = await ok<Visit>('zhangwei', 'POST', '/api/visits', { customerId: third!.customerId, position: null }, 201);
    expect(blind.checkIn).toMatchObject({ status: 'no-position', flagged: true, distanceMetres: null, position: null });
    expect(blind.checkIn.message).toContain('未取得当前位置');
  });

  it('follows the organisation’s tolerance', async () => {
    const settings = await ok<{ version: number; rules: unknown; plan: { dailyCapacity: number } }>('zhaogang', 'GET', '/api/settings/visit-rules');
    await ok('zhaogang', 'PUT', '/api/settings/visit-rules', { version: settings.version, rules: settings.rules, plan: { dailyCapacity: settings.plan.dailyCapacity, checkInToleranceMetres: 1500 } });
    const fourth = located()[3]!;
    const wide = await ok<Visit>('zhangwei', 'POST', '/api/visits', { customerId: fourth.customerId, position: phoneAt(fourth.location!, 1000) }, 201);
    expect(wide.checkIn).toMatchObject({ status: 'within', flagged: false, toleranceMetres: 1500 });
  });

  it('records a phone contact without a position, and an unplanned visit marked as such', async () => {
    const onDay = new Set(day.stops.map((s) => s.customerId));
    const own = await t.database.db
      .select({ id: customers.id })
      .from(customers)
      .where(and(eq(customers.orgId, orgId), eq(customers.ownerId, userId.zhangwei!), isNull(customers.deletedAt), ne(customers.status, 'lost')))
      .orderBy(asc(customers.id));
    const [other, another] = own.filter((c) => !onDay.has(c.id));
    const call = await ok<Visit>('zhangwei', 'POST', '/api/visits', { customerId: other!.id, kind: 'phone', position: phoneAt({ lng: 113.6, lat: 34.7 }) }, 201);
    expect(call).toMatchObject({ kind: 'phone', planned: false });
    expect(call.checkIn).toMatchObject({ status: null, flagged: false, position: null, distanceMetres: null });
    const unplanned = await ok<Visit>('zhangwei', 'POST', '/api/visits', { customerId: another!.id, position: phoneAt({ lng: 113.6, lat: 34.7 }) }, 201);
    expect(unplanned.planned).toBe(false);

    const after = await ok<Day>('zhangwei', 'GET', '/api/visits/day');
    expect(after.stops.filter((s) => !s.planned).map((s) => s.customerId)).toEqual([other!.id, another!.id]);
    expect(after.stops.find((s) => s.customerId === near.customerId)?.visit?.id).toBe(near.id);
  });

  it('refuses a second check-in at the same customer the same day, naming the first', async () => {
    const again = await send('zhangwei', 'POST', '/api/visits', { customerId: near.customerId, position: phoneAt(located()[0]!.location!) });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'VISIT_ALREADY_RECORDED', visitId: near.id });
  });

  it('answers 404 for a customer outside the rep’s scope and 403 for anyone but a rep', async () => {
    const [linas] = await t.database.db.select({ id: customers.id }).from(customers).where(and(eq(customers.orgId, orgId), eq(customers.ownerId, userId.lina!))).limit(1);
    expect((await send('zhangwei', 'POST', '/api/visits', { customerId: linas!.id, position: null })).statusCode).toBe(404);
    expect((await send('zhouqiang', 'POST', '/api/visits', { customerId: linas!.id, position: null })).statusCode).toBe(403);
  });

  describe('the visit record', () => {
    it('prefills the questionnaire from the archive and writes only the changed answers to it, with history', async () => {
      const record = await ok<Visit>('zhangwei', 'GET', `/api/visits/${near.id}`);
      expect(record.profile).not.toBeNull();
      const [before] = await t.database.db.select({ profile: customers.profile, version: customers.version }).from(customers).where(and(eq(customers.orgId, orgId), eq(customers.id, near.customerId)));
      const profile = before!.profile as Record<string, string | undefined>;
      expect(record.profile).toEqual(Object.fromEntries(Object.entries(profile).filter(([, v]) => v)));

      const updated = await ok<Visit>('zhangwei', 'PATCH', `/api/visits/${near.id}`, {
        version: record.version,
        answers: { competitors: '华润三九、修正药业', paymentMethod: profile.paymentMethod ?? null },
        notes: '院长在，谈了新品进院',
        nextSteps: '下周送样品',
      });
      expect(updated.version).toBe(record.version + 1);
      expect(updated.answers).toEqual({ competitors: { before: profile.competitors ?? null, after: '华润三九、修正药业' } });
      expect(updated).toMatchObject({ notes: '院长在，谈了新品进院', nextSteps: '下周送样品' });
      expect(updated.profile?.competitors).toBe('华润三九、修正药业');

      const [now] = await t.database.db.select({ profile: customers.profile, version: customers.version }).from(customers).where(and(eq(customers.orgId, orgId), eq(customers.id, near.customerId)));
      expect(now!.version).toBe(before!.version + 1);
      expect(now!.profile).toEqual({ ...profile, competitors: '华润三九、修正药业' });
      const [entry] = await t.database.db.select().from(customerHistory).where(and(eq(customerHistory.orgId, orgId), eq(customerHistory.customerId, near.customerId))).orderBy(desc(customerHistory.seq)).limit(1);
      expect(entry).toMatchObject({ action: 'update', actorId: userId.zhangwei });
      expect((entry!.changes as { field: string }[]).map((c) => c.field)).toEqual(['profile']);
      near = updated;
    });

    it('keeps the first value before when an answer changes twice, and refuses a stale version', async () => {
      const twice = await ok<Visit>('zhangwei', 'PATCH', `/api/visits/${near.id}`, { version: near.version, answers: { competitors: '华润三九' } });
      expect(twice.answers.competitors).toEqual({ before: near.answers.competitors!.before, after: '华润三九' });
      expect(twice.notes).toBe('院长在，谈了新品进院');
      const stale = await send('zhangwei', 'PATCH', `/api/visits/${near.id}`, { version: near.version, notes: '旧版本' });
      expect(stale.statusCode).toBe(409);
      expect(stale.json().code).toBe('VERSION_CONFLICT');
      near = twice;
    });

    it('refuses an unknown questionnaire item', async () => {
      const res = await send('zhangwei', 'PATCH', `/api/visits/${near.id}`, { version: near.version, answers: { shoeSize: '42' } });
      expect(res.statusCode).toBe(400);
    });

    it('keeps photos (JPEG, PNG, WebP up to 5 MB) and refuses anything else', async () => {
      const png = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082', 'hex');
      const added = await uploadFile(t, cookie.zhangwei!, 'photo.png', png, 'image/png', `/api/visits/${near.id}/photos`);
      expect(added.statusCode, added.body).toBe(201);
      const photos = (added.json() as Visit).photos;
      expect(photos).toMatchObject([{ contentType: 'image/png', sizeBytes: png.length }]);
      const image = await send('zhouqiang', 'GET', `/api/visit-photos/${photos[0]!.id}`);
      expect(image.statusCode).toBe(200);
      expect(image.headers['content-type']).toBe('image/png');
      expect(image.rawPayload.equals(png)).toBe(true);
      expect((await send('wujun', 'GET', `/api/visit-photos/${photos[0]!.id}`)).statusCode).toBe(404);

      const text = await uploadFile(t, cookie.zhangwei!, 'photo.jpg', Buffer.from('not an image'), 'image/jpeg', `/api/visits/${near.id}/photos`);
      expect(text.statusCode).toBe(400);
      expect(text.json()).toMatchObject({ code: 'VISIT_PHOTO_INVALID' });
      expect(text.json().fields[0].message).toContain('JPEG、PNG 或 WebP');
      const big = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff]), Buffer.alloc(5 * 1024 * 1024)]);
      const tooBig = await uploadFile(t, cookie.zhangwei!, 'big.jpg', big, 'image/jpeg', `/api/visits/${near.id}/photos`);
      expect(tooBig.statusCode).toBe(400);
      expect(tooBig.json().fields[0].message).toContain('5 MB');

      expect((await send('lina', 'DELETE', `/api/visit-photos/${photos[0]!.id}`)).statusCode).toBe(404);
      await ok('zhangwei', 'DELETE', `/api/visit-photos/${photos[0]!.id}`);
      expect((await ok<Visit>('zhangwei', 'GET', `/api/visits/${near.id}`)).photos).toEqual([]);
    });

    it('checks out once', async () => {
      const out = await ok<Visit>('zhangwei', 'POST', `/api/visits/${near.id}/check-out`, { version: near.version, position: phoneAt(located()[0]!.location!, 20) });
      expect(out.checkOut).not.toBeNull();
      expect(out.version).toBe(near.version + 1);
      const again = await send('zhangwei', 'POST', `/api/visits/${near.id}/check-out`, { version: out.version, position: null });
      expect(again.statusCode).toBe(409);
      expect(again.json().code).toBe('VISIT_CHECKED_OUT');
      near = out;
    });

    it('is read by the rep’s office manager and the head of sales, not by another office or rep', async () => {
      expect((await ok<Visit>('zhouqiang', 'GET', `/api/visits/${near.id}`)).notes).toBe('院长在，谈了新品进院');
      expect((await send('zhaogang', 'GET', `/api/visits/${near.id}`)).statusCode).toBe(200);
      expect((await send('wujun', 'GET', `/api/visits/${near.id}`)).statusCode).toBe(404);
      expect((await send('lina', 'GET', `/api/visits/${near.id}`)).statusCode).toBe(404);
      expect((await send('zhouqiang', 'PATCH', `/api/visits/${near.id}`, { version: near.version, notes: 'x' })).statusCode).toBe(403);
    });

    it('shows in the customer’s visit history', async () => {
      const history = await ok<{ items: Visit[] }>('zhouqiang', 'GET', `/api/customers/${near.customerId}/visits`);
      expect(history.items.map((v) => v.id)).toEqual([near.id]);
      expect(history.items[0]).toMatchObject({ planned: true, nextSteps: '下周送样品', photoCount: 0 });
      expect(history.items[0]!.checkOut).not.toBeNull();
      expect((await send('wujun', 'GET', `/api/customers/${near.customerId}/visits`)).statusCode).toBe(404);
    });
  });
});
