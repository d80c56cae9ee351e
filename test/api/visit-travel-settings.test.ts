import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../src/server/db/schema';
import { startTestApp, type TestApp } from '../helpers/app';
import { byUser } from '../helpers/by-user';
import { demoOrgId, userByName } from '../helpers/lookup';

/*
 * A rep's travel settings (出行设置, issue 5 points 2–3): start point (home or office), end point, transport and
 * visits a day. The rep sets their own; their office manager sets them for the office's reps; organisation-wide
 * managers read them. Plan generation uses them.
 */

type Travel = {
  userId: string;
  userName: string;
  startKind: 'home' | 'office';
  start: { lng: number; lat: number; datum: string } | null;
  end: { lng: number; lat: number; datum: string } | null;
  mode: string;
  dailyCapacity: number | null;
  orgDailyCapacity: number;
  version: number;
};
type Plan = { mode: string; dailyCapacity: number; days: { items: { kind: string }[] }[] };

let t: TestApp;
let orgId: string;
const cookie: Record<string, string> = {};
const id: Record<string, string> = {};
const { send, ok } = byUser(() => t, cookie);
/** 郑州: the rep's home in 金水区 and the office near 二七广场. */
const HOME = { lng: 113.69, lat: 34.8 };
const OFFICE = { lng: 113.66, lat: 34.75 };
const valid = { startKind: 'home', start: HOME, end: OFFICE, mode: 'car', dailyCapacity: 5 };

beforeAll(async () => {
  t = await startTestApp();
  t.clock.now = new Date('2026-11-23T02:00:00Z');
  orgId = await demoOrgId(t.database.db);
  for (const name of ['zhangwei', 'lina', 'chenjie', 'zhouqiang', 'wujun', 'zhaogang', 'liuyan', 'admin']) {
    cookie[name] = await t.login(name);
    id[name] = (await userByName(t.database.db, orgId, name)).id;
  }
});
afterAll(() => t.close());

describe('a rep’s own travel settings', () => {
  it('start as the defaults, never saved', async () => {
    const travel = await ok<Travel>('zhangwei', 'GET', `/api/visit-travel/${id.zhangwei}`);
    expect(travel).toMatchObject({ userId: id.zhangwei, userName: '张伟', startKind: 'office', start: null, end: null, mode: 'motorbike', dailyCapacity: null, orgDailyCapacity: 8, version: 0 });
  });

  it('are saved by the rep, audited, and used by the next plan', async () => {
    const saved = await ok<Travel>('zhangwei', 'PUT', `/api/visit-travel/${id.zhangwei}`, { ...valid, version: 0 });
    expect(saved).toMatchObject({ startKind: 'home', start: { ...HOME, datum: 'GCJ-02' }, end: { ...OFFICE, datum: 'GCJ-02' }, mode: 'car', dailyCapacity: 5, version: 1 });
    const [audit] = await t.database.db.select().from(auditLog).where(and(eq(auditLog.orgId, orgId), eq(auditLog.action, 'visit.travel.update'), eq(auditLog.targetId, id.zhangwei!)));
    expect(audit).toMatchObject({ actorId: id.zhangwei, before: null, after: { startKind: 'home', startLng: HOME.lng, mode: 'car', dailyCapacity: 5, endLat: OFFICE.lat } });

    const plan = await ok<Plan>('zhangwei', 'POST', '/api/visit-plans/generate', { month: '2026-12' });
    expect(plan).toMatchObject({ mode: 'car', dailyCapacity: 5 });
    expect(Math.max(...plan.days.map((d) => d.items.filter((i) => i.kind === 'visit').length))).toBe(5);
  });

  it('go back to the organisation’s visits a day and to a round trip when cleared', async () => {
    const cleared = await ok<Travel>('zhangwei', 'PUT', `/api/visit-travel/${id.zhangwei}`, { ...valid, end: null, dailyCapacity: null, version: 1 });
    expect(cleared).toMatchObject({ end: null, dailyCapacity: null, version: 2 });
    const plan = await ok<Plan>('zhangwei', 'POST', '/api/visit-plans/generate', { month: '2026-12' });
    expect(plan.dailyCapacity).toBe(8);
  });

  it('refuse a stale version with nothing written', async () => {
    const stale = await send('zhangwei', 'PUT', `/api/visit-travel/${id.zhangwei}`, { ...valid, mode: 'bus', version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('VERSION_CONFLICT');
    expect((await ok<Travel>('zhangwei', 'GET', `/api/visit-travel/${id.zhangwei}`)).mode).toBe('car');
  });

  it('refuse coordinates outside China, a capacity outside 1–30 and an unknown transport, each with its reason', async () => {
    const cases: [unknown, string, string][] = [
      [{ ...valid, start: { lng: HOME.lat, lat: HOME.lng } }, 'start', '出发地点：坐标不在中国境内'],
      [{ ...valid, end: { lng: 2.35, lat: 48.85 } }, 'end', '收工地点：坐标不在中国境内'],
      [{ ...valid, dailyCapacity: 0 }, 'dailyCapacity', '每天拜访上限：每天至少 1 次拜访'],
      [{ ...valid, dailyCapacity: 31 }, 'dailyCapacity', '每天拜访上限：每天最多 30 次拜访'],
      [{ ...valid, dailyCapacity: 2.5 }, 'dailyCapacity', '每天拜访上限：每天拜访上限须为整数'],
      [{ ...valid, mode: 'bicycle' }, 'mode', '交通方式：请选择摩托车、汽车或公交车'],
      [{ ...valid, startKind: 'hotel' }, 'startKind', '出发地类型：请选择从家里还是从办事处出发'],
      [{ ...valid, start: undefined }, 'start', '出发地点：'],
    ];
    for (const [body, field, message] of cases) {
      const res = await send('zhangwei', 'PUT', `/api/visit-travel/${id.zhangwei}`, { ...(body as object), version: 2 });
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      const problem = (res.json().fields as { field: string; message: string; message_en: string }[]).find((f) => f.field === field);
      expect(problem?.message, res.body).toContain(message);
      expect(problem?.message_en.length).toBeGreaterThan(0);
    }
    expect((await ok<Travel>('zhangwei', 'GET', `/api/visit-travel/${id.zhangwei}`)).version).toBe(2);
  });
});

describe('who may read and change them', () => {
  it('the office manager sets them for a rep of the office, not of another office', async () => {
    const lina = await ok<Travel>('zhouqiang', 'PUT', `/api/visit-travel/${id.lina}`, { ...valid, startKind: 'office', start: OFFICE, end: null, version: 0 });
    expect(lina).toMatchObject({ userName: '李娜', startKind: 'office', version: 1 });
    expect((await ok<Travel>('lina', 'GET', `/api/visit-travel/${id.lina}`)).start).toMatchObject(OFFICE);
    expect((await send('wujun', 'PUT', `/api/visit-travel/${id.lina}`, { ...valid, version: 1 })).statusCode).toBe(404);
    expect((await send('wujun', 'GET', `/api/visit-travel/${id.lina}`)).statusCode).toBe(404);
  });

  it('a rep only their own', async () => {
    expect((await send('zhangwei', 'GET', `/api/visit-travel/${id.lina}`)).statusCode).toBe(404);
    expect((await send('zhangwei', 'PUT', `/api/visit-travel/${id.lina}`, { ...valid, version: 1 })).statusCode).toBe(404);
  });

  it('organisation-wide managers read, but do not change them; the clerk does neither', async () => {
    expect((await ok<Travel>('zhaogang', 'GET', `/api/visit-travel/${id.lina}`)).version).toBe(1);
    expect((await ok<Travel>('admin', 'GET', `/api/visit-travel/${id.chenjie}`)).version).toBe(0);
    expect((await send('zhaogang', 'PUT', `/api/visit-travel/${id.lina}`, { ...valid, version: 1 })).statusCode).toBe(403);
    expect((await send('liuyan', 'GET', `/api/visit-travel/${id.lina}`)).statusCode).toBe(403);
  });

  it('only reps have travel settings', async () => {
    const res = await send('zhouqiang', 'GET', `/api/visit-travel/${id.zhouqiang}`);
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'VISIT_TRAVEL_NOT_A_REP', message: '出行设置只适用于在职的销售代表' });
  });
});
