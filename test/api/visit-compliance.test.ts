import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { customers, users, visitPlanItems, visitPlans, visits } from '../../src/server/db/schema';
import { startTestApp, type TestApp } from '../helpers/app';
import { demoOrgId, officeByName, userByName } from '../helpers/lookup';

/*
 * Plan against actual (拜访达成) for November 2025 (20 working days, 3–28 November; the first week is 3–7 November).
 * A new rep of 郑州, 韩六, has five customers of their own (two A, one B, one C, one ungraded), a plan and these
 * contacts:
 *   甲一 (A): visits on 4 and 12 November (planned) and 25 November (unplanned);
 *   甲二 (A): one visit on 11 November, checked in a kilometre away (flagged);
 *   乙一 (B): a call on 5 November (a B customer may not be served by phone) and a visit without a position on 20 November;
 *   丙一 (C): a call on 18 November (allowed for C);
 *   未一 (ungraded): a visit on 31 October only.
 */

type Figures = {
  planned: Record<string, number>;
  dueByNow: number;
  byGrade: Record<'A' | 'B' | 'C' | 'none', { customers: number; required: number; counted: number; visits: number; phoneCalls: number; met: number }>;
  aFirstWeek: { due: number; met: number };
  plannedContacts: number;
  unplannedContacts: number;
  flaggedCheckIns: number;
  overdueCustomers: number;
  contactsBehind: number;
};
type RepFigures = Figures & { repId: string; repName: string; officeId: string; officeName: string; planStatus: string | null };
type Overdue = { customerId: string; customerName: string; grade: string; repId: string; required: number; counted: number; expectedByNow: number; behind: number; lastContact: string | null };
type Compliance = {
  month: string;
  asOf: string | null;
  reps: RepFigures[];
  offices: (Figures & { officeId: string; officeName: string; reps: number })[];
  total: Figures;
  overdue: Overdue[];
  flagged: { customerId: string; customerName: string; repId: string; date: string; checkIn: string | null }[];
};

let t: TestApp;
let orgId: string;
let repId: string;
const cookie: Record<string, string> = {};
const ids: Record<string, string> = {};

async function ok<T>(who: string, url: string): Promise<T> {
  const res = await t.request('GET', url, { cookie: cookie[who] });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as T;
}

beforeAll(async () => {
  t = await startTestApp();
  t.clock.now = new Date('2025-12-10T02:00:00Z');
  const db = t.database.db;
  orgId = await demoOrgId(db);
  const model = await userByName(db, orgId, 'zhangwei');
  const zhengzhou = await officeByName(db, orgId, '郑州办事处');
  const [rep] = await db
    .insert(users)
    .values({ orgId, username: 'hanliu', displayName: '韩六', role: 'rep', officeId: zhengzhou.id, passwordHash: model.passwordHash })
    .returning({ id: users.id });
  repId = rep!.id;
  for (const name of ['hanliu', 'zhangwei', 'zhouqiang', 'wujun', 'zhaogang', 'sunli']) cookie[name] = await t.login(name);
  const admin = await t.login('admin');
  for (const [key, name, grade] of [['a1', '甲一诊所', 'A'], ['a2', '甲二诊所', 'A'], ['b1', '乙一诊所', 'B'], ['c1', '丙一诊所', 'C'], ['n1', '未一诊所', null]] as const) {
    const made = await t.request('POST', '/api/customers', { cookie: admin, body: { name, typeCode: 'private_clinic', ownerId: repId, confirmNotDuplicate: true } });
    expect(made.statusCode, made.body).toBe(201);
    ids[key] = made.json().id;
    await db.update(customers).set({ grade }).where(and(eq(customers.orgId, orgId), eq(customers.id, ids[key]!)));
  }
  const [plan] = await db
    .insert(visitPlans)
    .values({ orgId, repId, officeId: zhengzhou.id, month: '2025-11-01', status: 'approved', dailyCapacity: 8, mode: 'motorbike', start: { lng: 113.6, lat: 34.7, datum: 'GCJ-02' }, generatedAt: new Date('2025-10-28T02:00:00Z') })
    .returning({ id: visitPlans.id });
  const items: [string, string, 'visit' | 'phone'][] = [
    ['a1', '2025-11-04', 'visit'], ['a1', '2025-11-12', 'visit'], ['a1', '2025-11-20', 'visit'],
    ['a2', '2025-11-04', 'visit'], ['a2', '2025-11-11', 'visit'], ['a2', '2025-11-24', 'visit'],
    ['b1', '2025-11-05', 'phone'], ['b1', '2025-11-20', 'visit'],
    ['c1', '2025-11-18', 'phone'],
    ['n1', '2025-11-10', 'visit'],
  ];
  await db.insert(visitPlanItems).values(items.map(([key, date, kind], seq) => ({ orgId, planId: plan!.id, date, seq, customerId: ids[key]!, kind, objective: '拜访' })));
  const contacts: [string, string, 'visit' | 'phone', string | null, boolean][] = [
    ['a1', '2025-11-04', 'visit', 'within', true],
    ['a1', '2025-11-12', 'visit', 'within', true],
    ['a1', '2025-11-25', 'visit', 'within', false],
    ['a2', '2025-11-11', 'visit', 'outside', true],
    ['b1', '2025-11-05', 'phone', null, true],
    ['b1', '2025-11-20', 'visit', 'no-position', true],
    ['c1', '2025-11-18', 'phone', null, true],
    ['n1', '2025-10-31', 'visit', 'within', false],
  ];
  await db.insert(visits).values(
    contacts.map(([key, date, kind, status, planned]) => ({
      orgId,
      repId,
      officeId: zhengzhou.id,
      customerId: ids[key]!,
      planId: planned ? plan!.id : null,
      kind,
      date,
      checkInAt: new Date(`${date}T02:00:00Z`),
      checkInStatus: status as 'within' | 'outside' | 'no-position' | null,
      flagged: status === 'outside' || status === 'no-position',
    })),
  );
});
afterAll(() => t.close());

const mine = (c: Compliance) => c.reps.find((r) => r.repId === repId)!;

describe('plan against actual for a month that has ended', () => {
  it('counts the rep’s month by grade against the plan, with the flagged check-in and the overdue customers', async () => {
    const c = await ok<Compliance>('zhouqiang', '/api/visit-compliance?month=2025-11');
    expect(c.asOf).toBeNull();
    const rep = mine(c);
    expect(rep).toMatchObject({ repName: '韩六', officeName: '郑州办事处', planStatus: 'approved' });
    expect(rep.planned).toEqual({ A: 6, B: 2, C: 1, none: 1 });
    expect(rep.dueByNow).toBe(10);
    expect(rep.byGrade).toEqual({
      A: { customers: 2, required: 6, counted: 4, visits: 4, phoneCalls: 0, met: 1 },
      B: { customers: 1, required: 2, counted: 0, visits: 0, phoneCalls: 0, met: 0 },
      C: { customers: 1, required: 1, counted: 1, visits: 0, phoneCalls: 1, met: 1 },
      none: { customers: 1, required: 1, counted: 0, visits: 0, phoneCalls: 0, met: 0 },
    });
    expect(rep.aFirstWeek).toEqual({ due: 2, met: 1 });
    expect([rep.plannedContacts, rep.unplannedContacts, rep.flaggedCheckIns]).toEqual([6, 1, 1]);
    expect([rep.overdueCustomers, rep.contactsBehind]).toEqual([3, 5]);

    const overdue = c.overdue.filter((o) => o.repId === repId).map((o) => [o.customerName, o.grade, o.required, o.counted, o.behind, o.lastContact]);
    expect(overdue).toEqual([
      ['甲二诊所', 'A', 3, 1, 2, '2025-11-11'],
      ['乙一诊所', 'B', 2, 0, 2, '2025-11-20'],
      ['未一诊所', 'none', 1, 0, 1, '2025-10-31'],
    ]);
    expect(c.flagged.filter((f) => f.repId === repId).map((f) => [f.customerName, f.date, f.checkIn])).toEqual([['甲二诊所', '2025-11-11', 'outside']]);
  });

  it('shows an office manager the office’s reps only, without office rows', async () => {
    const c = await ok<Compliance>('zhouqiang', '/api/visit-compliance?month=2025-11');
    expect(c.reps.map((r) => r.officeName).every((n) => n === '郑州办事处')).toBe(true);
    expect(c.reps.length).toBe(5);
    expect(c.offices).toEqual([]);
    expect(c.total.planned).toEqual({ A: 6, B: 2, C: 1, none: 1 });
    const other = await ok<Compliance>('wujun', '/api/visit-compliance?month=2025-11');
    expect(other.reps.some((r) => r.repId === repId)).toBe(false);
    expect(other.overdue.some((o) => o.repId === repId)).toBe(false);
  });

  it('shows a rep themself only', async () => {
    const own = await ok<Compliance>('hanliu', '/api/visit-compliance?month=2025-11');
    expect(own.reps.map((r) => r.repId)).toEqual([repId]);
    expect(own.total.byGrade.A).toEqual(mine(own).byGrade.A);
    const other = await ok<Compliance>('zhangwei', '/api/visit-compliance?month=2025-11');
    expect(other.reps.map((r) => r.repName)).toEqual(['张伟']);
  });

  it('gives the head of sales every office with its totals, and one office on request', async () => {
    const c = await ok<Compliance>('zhaogang', '/api/visit-compliance?month=2025-11');
    expect(c.offices.map((o) => o.officeName).sort()).toEqual(['南阳办事处', '襄阳办事处', '郑州办事处'].sort());
    const zhengzhou = c.offices.find((o) => o.officeName === '郑州办事处')!;
    const reps = c.reps.filter((r) => r.officeId === zhengzhou.officeId);
    expect(zhengzhou.reps).toBe(reps.length);
    // An office's figures are its reps' added up, and the total the offices'.
    const sum = (rows: Figures[], pick: (f: Figures) => number) => rows.reduce((s, f) => s + pick(f), 0);
    expect(zhengzhou.byGrade.A.counted).toBe(sum(reps, (r) => r.byGrade.A.counted));
    expect(zhengzhou.contactsBehind).toBe(sum(reps, (r) => r.contactsBehind));
    expect(zhengzhou.dueByNow).toBe(sum(reps, (r) => r.dueByNow));
    expect(c.total.overdueCustomers).toBe(sum(c.offices, (o) => o.overdueCustomers));
    expect(c.total.overdueCustomers).toBe(c.overdue.length);
    const one = await ok<Compliance>('zhaogang', `/api/visit-compliance?month=2025-11&officeId=${zhengzhou.officeId}`);
    expect(one.reps.map((r) => r.repId)).toEqual(reps.map((r) => r.repId));
  });

  it('refuses roles outside the sales line and a malformed month', async () => {
    expect((await t.request('GET', '/api/visit-compliance?month=2025-11', { cookie: cookie.sunli })).statusCode).toBe(403);
    const bad = await t.request('GET', '/api/visit-compliance?month=2025-13', { cookie: cookie.zhouqiang });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().fields[0].message).toContain('月份');
  });
});

describe('plan against actual while the month runs', () => {
  it('counts as due only what is due by today', async () => {
    t.clock.now = new Date('2025-11-13T04:00:00Z');
    const c = await ok<Compliance>('hanliu', '/api/visit-compliance?month=2025-11');
    expect(c.asOf).toBe('2025-11-13');
    const rep = mine(c);
    // By 13 November (working day 9 of 20) one visit to each A customer is due; B's first half has not ended.
    expect(rep.byGrade.A).toMatchObject({ counted: 3, required: 6, met: 0 });
    expect(rep.dueByNow).toBe(2);
    expect([rep.overdueCustomers, rep.contactsBehind, rep.unplannedContacts, rep.flaggedCheckIns]).toEqual([0, 0, 0, 1]);
    expect(c.overdue).toEqual([]);
  });
});
