import { and, asc, eq, inArray, isNull, ne } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { workingCalendar } from '../../src/domain/calendar/official';
import { resolveRequiredVisits, type VisitRules } from '../../src/domain/visits/rules';
import { auditLog, customers } from '../../src/server/db/schema';
import { startTestApp, type TestApp } from '../helpers/app';
import { byUser } from '../helpers/by-user';
import { demoOrgId, userByName } from '../helpers/lookup';

/*
 * Monthly visit plans (issue 5) over the demo organisation. The test app has no sales history, so no demo customer
 * is graded; 张伟's customers get grades here (in id order: 8 A, 20 B, 60 C, the rest ungraded), so that his
 * December 2026 plan (23 working days, 8 visits a day) asks for more visits than the days hold and some C
 * customers are called instead. 李娜's customers stay ungraded (one visit each). Lost customers are not planned.
 */

type Item = { seq: number; customerId: string; customerName: string; grade: string; kind: 'visit' | 'phone'; objective: string };
type Plan = {
  id: string;
  repId: string;
  month: string;
  status: string;
  version: number;
  comment: string | null;
  days: { date: string; week: number; visitCount: number; route: { totalMetres: number }; items: Item[] }[];
  unplaced: { customerId: string; contactNumber: number; reason: string; message: string; message_en: string }[];
  totals: { visits: number; phoneCalls: number; unplaced: number };
};

let t: TestApp;
let orgId: string;
const cookie: Record<string, string> = {};
const userId: Record<string, string> = {};
const grades = new Map<string, 'A' | 'B' | 'C' | 'none'>();
const MONTH = '2026-12';

const { send, ok } = byUser(() => t, cookie);

beforeAll(async () => {
  t = await startTestApp();
  t.clock.now = new Date('2026-11-23T02:00:00Z');
  const db = t.database.db;
  orgId = await demoOrgId(db);
  for (const name of ['zhangwei', 'lina', 'chenjie', 'zhouqiang', 'wujun', 'zhaogang', 'admin', 'sunli']) {
    cookie[name] = await t.login(name);
    userId[name] = (await userByName(db, orgId, name)).id;
  }
  const own = await db.select({ id: customers.id }).from(customers).where(and(eq(customers.orgId, orgId), eq(customers.ownerId, userId.zhangwei!), isNull(customers.deletedAt), ne(customers.status, 'lost'))).orderBy(asc(customers.id));
  own.forEach((c, i) => grades.set(c.id, i < 8 ? 'A' : i < 28 ? 'B' : i < 88 ? 'C' : 'none'));
  for (const grade of ['A', 'B', 'C'] as const) {
    const ids = [...grades].filter(([, g]) => g === grade).map(([id]) => id);
    await db.update(customers).set({ grade }).where(and(eq(customers.orgId, orgId), inArray(customers.id, ids)));
  }
});
afterAll(() => t.close());

const contactsByCustomer = (plan: Plan) => {
  const count = new Map<string, number>();
  for (const d of plan.days) for (const i of d.items) count.set(i.customerId, (count.get(i.customerId) ?? 0) + 1);
  for (const u of plan.unplaced) count.set(u.customerId, (count.get(u.customerId) ?? 0) + 1);
  return count;
};

describe('generating a plan', () => {
  let plan: Plan;

  it('places every required contact of a rep, or lists it as unplaced, with A customers in the first week', async () => {
    const settings = await ok<{ rules: VisitRules }>('zhaogang', 'GET', '/api/settings/visit-rules');
    plan = await ok<Plan>('zhangwei', 'POST', '/api/visit-plans/generate', { month: MONTH });
    expect(plan.status).toBe('draft');
    expect(plan.repId).toBe(userId.zhangwei);
    const working = workingCalendar().workingDaysOf(2026, 12);
    if (!working.ok) throw new Error('2026 is configured');
    expect(plan.days.map((d) => d.date)).toEqual(working.value);

    const count = contactsByCustomer(plan);
    for (const [id, grade] of grades) {
      const rule = resolveRequiredVisits({ grade, typeCode: null }, settings.rules);
      expect(count.get(id) ?? 0, `${grade} customer ${id}`).toBe(rule.visitsPerMonth);
    }
    expect([...count.keys()].every((id) => grades.has(id))).toBe(true);

    const firstWeek = new Set(working.value.slice(0, 5));
    for (const [id, grade] of grades) {
      if (grade !== 'A') continue;
      expect(plan.days.some((d) => firstWeek.has(d.date) && d.items.some((i) => i.customerId === id && i.kind === 'visit')), `A customer ${id}`).toBe(true);
    }
    for (const d of plan.days) {
      expect(d.items.filter((i) => i.kind === 'visit').length).toBeLessThanOrEqual(8);
      for (const i of d.items) if (i.kind === 'phone') expect(grades.get(i.customerId)).toBe('C');
      if (d.visitCount > 0) expect(d.route.totalMetres).toBeGreaterThan(0);
    }
    // 8×3 + 20×2 + 60 + 70 contacts ask for more than 23 days × 8 visits: calls stand in for some C visits.
    expect(plan.totals.phoneCalls).toBeGreaterThan(0);
    expect(plan.totals.visits).toBeLessThanOrEqual(working.value.length * 8);
    for (const u of plan.unplaced) expect(u.message.length * u.message_en.length).toBeGreaterThan(0);
  });

  it('replaces the draft when generated again, and lets the rep read it', async () => {
    const again = await ok<Plan>('zhangwei', 'POST', '/api/visit-plans/generate', { month: MONTH });
    expect(again.id).toBe(plan.id);
    expect(again.version).toBe(plan.version + 1);
    const read = await ok<Plan>('zhangwei', 'GET', `/api/visit-plans/${plan.id}`);
    expect(read.days.flatMap((d) => d.items.map((i) => i.customerId))).toEqual(again.days.flatMap((d) => d.items.map((i) => i.customerId)));
    expect(read.days[0]!.items[0]!.customerName).not.toBe('');
    const list = await ok<{ items: { id: string }[] }>('zhangwei', 'GET', `/api/visit-plans?month=${MONTH}`);
    expect(list.items.map((p) => p.id)).toEqual([plan.id]);
  });

  it('lets a rep plan only for themself and an office manager only for reps of the office', async () => {
    expect((await send('zhangwei', 'POST', '/api/visit-plans/generate', { month: MONTH, repId: userId.lina })).statusCode).toBe(404);
    expect((await send('wujun', 'POST', '/api/visit-plans/generate', { month: MONTH, repId: userId.lina })).statusCode).toBe(404);
    expect((await send('zhaogang', 'POST', '/api/visit-plans/generate', { month: MONTH, repId: userId.lina })).statusCode).toBe(403);
    const notRep = await send('zhouqiang', 'POST', '/api/visit-plans/generate', { month: MONTH });
    expect(notRep.statusCode).toBe(409);
    expect(notRep.json().code).toBe('VISIT_PLAN_NOT_A_REP');
    const bad = await send('zhangwei', 'POST', '/api/visit-plans/generate', { month: '2026-13' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().fields[0].message).toContain('YYYY-MM');
    const unknownYear = await send('zhangwei', 'POST', '/api/visit-plans/generate', { month: '2035-01' });
    expect(unknownYear.statusCode).toBe(409);
    expect(unknownYear.json().fields[0].message).toContain('2035 年的节假日尚未配置');
    const lina = await ok<Plan>('zhouqiang', 'POST', '/api/visit-plans/generate', { month: MONTH, repId: userId.lina });
    expect(lina.repId).toBe(userId.lina);
    expect((await send('chenjie', 'GET', `/api/visit-plans/${lina.id}`)).statusCode).toBe(404);
    expect((await send('wujun', 'GET', `/api/visit-plans/${lina.id}`)).statusCode).toBe(404);
    expect((await send('zhaogang', 'GET', `/api/visit-plans/${lina.id}`)).statusCode).toBe(200);
  });
});

describe('editing, submitting and reviewing', () => {
  let plan: Plan;
  /** An ungraded customer's visit and a working day of the plan without that customer. */
  const movable = () => {
    const from = plan.days.find((d) => d.items.some((i) => grades.get(i.customerId) === 'none'))!;
    const item = from.items.find((i) => grades.get(i.customerId) === 'none')!;
    const to = plan.days.find((d) => d.date !== from.date && !d.items.some((i) => i.customerId === item.customerId))!;
    return { customerId: item.customerId, from: from.date, to: to.date };
  };

  beforeAll(async () => {
    plan = await ok<Plan>('zhangwei', 'POST', '/api/visit-plans/generate', { month: MONTH });
  });

  it('moves a contact and routes its days again; a second edit of the same version is a conflict', async () => {
    const move = movable();
    const edits = await Promise.all(
      [0, 1].map(() => send('zhangwei', 'PATCH', `/api/visit-plans/${plan.id}/items`, { version: plan.version, changes: [{ action: 'move', ...move }] })),
    );
    expect(edits.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const conflict = edits.find((r) => r.statusCode === 409)!.json();
    expect(conflict.code).toBe('VERSION_CONFLICT');
    const edited = edits.find((r) => r.statusCode === 200)!.json() as Plan;
    expect(edited.version).toBe(plan.version + 1);
    expect(edited.days.find((d) => d.date === move.to)!.items.some((i) => i.customerId === move.customerId)).toBe(true);
    expect(edited.days.find((d) => d.date === move.from)!.items.some((i) => i.customerId === move.customerId)).toBe(false);
    plan = edited;
  });

  it('refuses an edit that breaks a plan rule, naming it, and keeps the plan as it was', async () => {
    const move = movable();
    const res = await send('zhangwei', 'PATCH', `/api/visit-plans/${plan.id}/items`, { version: plan.version, changes: [{ action: 'move', ...move, to: '2026-12-05' }] });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('VISIT_PLAN_EDIT_REFUSED');
    expect(res.json().fields[0].message).toContain('2026-12-05 不是工作日');
    expect((await ok<Plan>('zhangwei', 'GET', `/api/visit-plans/${plan.id}`)).version).toBe(plan.version);
    expect((await send('zhouqiang', 'PATCH', `/api/visit-plans/${plan.id}/items`, { version: plan.version, changes: [{ action: 'move', ...move }] })).json().code).toBe('VISIT_PLAN_NOT_IN_REVIEW');
  });

  it('refuses a submission that breaks the rules, listing the breaches', async () => {
    const day = plan.days.find((d) => d.items.some((i) => grades.get(i.customerId) === 'A'))!;
    const a = day.items.find((i) => grades.get(i.customerId) === 'A')!;
    const removed = await ok<Plan>('zhangwei', 'PATCH', `/api/visit-plans/${plan.id}/items`, { version: plan.version, changes: [{ action: 'remove', date: day.date, customerId: a.customerId }] });
    const res = await send('zhangwei', 'POST', `/api/visit-plans/${plan.id}/submit`, { version: removed.version });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('VISIT_PLAN_INVALID');
    const breaches = res.json().breaches as { code: string; customerId: string; message: string }[];
    expect(breaches.some((b) => b.code === 'missing-contacts' && b.customerId === a.customerId && b.message.includes('计划只有'))).toBe(true);
    plan = await ok<Plan>('zhangwei', 'PATCH', `/api/visit-plans/${plan.id}/items`, { version: removed.version, changes: [{ action: 'add', date: day.date, customerId: a.customerId, kind: 'visit' }] });
  });

  it('is submitted by the rep and approved by the office manager of the rep’s office only; then nothing changes it', async () => {
    const submitted = await ok<Plan>('zhangwei', 'POST', `/api/visit-plans/${plan.id}/submit`, { version: plan.version });
    expect(submitted.status).toBe('submitted');
    expect((await send('zhangwei', 'PATCH', `/api/visit-plans/${plan.id}/items`, { version: submitted.version, changes: [{ action: 'move', ...movable() }] })).json().code).toBe('VISIT_PLAN_LOCKED');
    expect((await send('zhangwei', 'POST', '/api/visit-plans/generate', { month: MONTH })).json().code).toBe('VISIT_PLAN_LOCKED');
    expect((await send('zhangwei', 'POST', `/api/visit-plans/${plan.id}/approve`, { version: submitted.version })).statusCode).toBe(403);
    expect((await send('wujun', 'POST', `/api/visit-plans/${plan.id}/approve`, { version: submitted.version })).statusCode).toBe(404);
    expect((await send('zhaogang', 'POST', `/api/visit-plans/${plan.id}/approve`, { version: submitted.version })).statusCode).toBe(403);
    expect((await send('zhouqiang', 'POST', `/api/visit-plans/${plan.id}/approve`, { version: submitted.version - 1 })).json().code).toBe('VERSION_CONFLICT');
    const approved = await ok<Plan>('zhouqiang', 'POST', `/api/visit-plans/${plan.id}/approve`, { version: submitted.version, comment: '同意' });
    expect(approved.status).toBe('approved');
    expect(approved.comment).toBe('同意');

    const edit = await send('zhangwei', 'PATCH', `/api/visit-plans/${plan.id}/items`, { version: approved.version, changes: [{ action: 'move', ...movable() }] });
    expect(edit.statusCode).toBe(409);
    expect(edit.json().code).toBe('VISIT_PLAN_LOCKED');
    expect((await send('zhangwei', 'POST', '/api/visit-plans/generate', { month: MONTH })).json().code).toBe('VISIT_PLAN_LOCKED');
    expect((await send('zhouqiang', 'POST', `/api/visit-plans/${plan.id}/return`, { version: approved.version, comment: '再改' })).json().code).toBe('VISIT_PLAN_NOT_SUBMITTED');
    const audited = await t.database.db.select({ action: auditLog.action }).from(auditLog).where(and(eq(auditLog.orgId, orgId), eq(auditLog.targetId, plan.id)));
    expect(new Set(audited.map((a) => a.action))).toEqual(new Set(['visit_plan.generate', 'visit_plan.edit', 'visit_plan.submit', 'visit_plan.approve']));
  });

  it('goes back to the rep with the manager’s comment when returned, and can then be changed and submitted again', async () => {
    const lina = (await ok<{ items: Plan[] }>('lina', 'GET', `/api/visit-plans?month=${MONTH}`)).items[0]!;
    const submitted = await ok<Plan>('lina', 'POST', `/api/visit-plans/${lina.id}/submit`, { version: lina.version });
    const noComment = await send('zhouqiang', 'POST', `/api/visit-plans/${lina.id}/return`, { version: submitted.version });
    expect(noComment.statusCode).toBe(400);
    expect(noComment.json().fields[0].message).toContain('请填写退回意见');
    const returned = await ok<Plan>('zhouqiang', 'POST', `/api/visit-plans/${lina.id}/return`, { version: submitted.version, comment: '第一周太满' });
    expect(returned.status).toBe('returned');
    expect(returned.comment).toBe('第一周太满');
    const from = returned.days.find((d) => d.items.length > 0)!;
    const to = returned.days.find((d) => d.date !== from.date && !d.items.some((i) => i.customerId === from.items[0]!.customerId))!;
    const edited = await ok<Plan>('lina', 'PATCH', `/api/visit-plans/${lina.id}/items`, { version: returned.version, changes: [{ action: 'move', customerId: from.items[0]!.customerId, from: from.date, to: to.date }] });
    expect((await ok<Plan>('lina', 'POST', `/api/visit-plans/${lina.id}/submit`, { version: edited.version })).status).toBe('submitted');
  });
});

describe('visit rule settings', () => {
  const rules = { byGrade: { A: { visitsPerMonth: 4, phoneAllowed: false }, B: { visitsPerMonth: 2, phoneAllowed: false }, C: { visitsPerMonth: 1, phoneAllowed: true }, none: { visitsPerMonth: 1, phoneAllowed: false } }, byCustomerType: { distributor: { B: { visitsPerMonth: 3 } } } };

  it('are read by managers with defaults until saved, and saved by the head of sales with a version check', async () => {
    expect((await send('zhangwei', 'GET', '/api/settings/visit-rules')).statusCode).toBe(403);
    const before = await ok<{ version: number; isDefault: boolean; plan: { dailyCapacity: number } }>('zhouqiang', 'GET', '/api/settings/visit-rules');
    expect(before).toMatchObject({ version: 0, isDefault: true });
    expect((await send('zhouqiang', 'PUT', '/api/settings/visit-rules', { version: 0, rules, plan: before.plan })).statusCode).toBe(403);
    const saved = await ok<{ version: number; rules: typeof rules }>('zhaogang', 'PUT', '/api/settings/visit-rules', { version: 0, rules, plan: before.plan });
    expect(saved.version).toBe(1);
    expect(saved.rules.byGrade.A.visitsPerMonth).toBe(4);
    expect((await send('admin', 'PUT', '/api/settings/visit-rules', { version: 0, rules, plan: before.plan })).json().code).toBe('VERSION_CONFLICT');
    const unknownType = await send('admin', 'PUT', '/api/settings/visit-rules', { version: 1, rules: { ...rules, byCustomerType: { no_such_type: {} } }, plan: before.plan });
    expect(unknownType.statusCode).toBe(400);
    expect(unknownType.json().fields[0].message).toContain('不在类型列表中');
    const tooMany = await send('admin', 'PUT', '/api/settings/visit-rules', { version: 1, rules: { ...rules, byGrade: { ...rules.byGrade, A: { visitsPerMonth: 11, phoneAllowed: false } } }, plan: before.plan });
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.json().fields[0].message).toContain('每月拜访次数');
  });
});
