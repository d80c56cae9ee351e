import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../src/server/db/schema';
import { startTestApp, type TestApp } from '../helpers/app';
import { byUser } from '../helpers/by-user';
import { demoOrgId } from '../helpers/lookup';

/*
 * Approved plans are versioned (DOMAIN §3): each approval keeps what was approved as 第 N 版; the rep may reopen their
 * approved plan of a month that has not ended, with a reason, edit it, and have it approved as the next version,
 * while the earlier version stays readable. 李娜 (郑州) plans December 2026; 周强 manages 郑州, 吴军 南阳.
 */

type Item = { customerId: string; kind: 'visit' | 'phone' };
type Plan = { id: string; status: string; version: number; days: { date: string; items: Item[] }[] };
type Revision = { revision: number; approvedByName: string | null; comment: string | null; reopenedByName: string | null; reopenReason: string | null; contacts: { date: string; customerId: string; customerName: string }[] };

let t: TestApp;
let orgId: string;
const cookie: Record<string, string> = {};

const { send, ok } = byUser(() => t, cookie);
const revisions = async (who: string, plan: Plan) => (await ok<{ items: Revision[] }>(who, 'GET', `/api/visit-plans/${plan.id}/revisions`)).items;

beforeAll(async () => {
  t = await startTestApp();
  t.clock.now = new Date('2026-11-23T02:00:00Z');
  orgId = await demoOrgId(t.database.db);
  for (const name of ['lina', 'zhouqiang', 'wujun', 'zhaogang']) cookie[name] = await t.login(name);
});
afterAll(() => t.close());

describe('versions of an approved plan', () => {
  let plan: Plan;

  beforeAll(async () => {
    const draft = await ok<Plan>('lina', 'POST', '/api/visit-plans/generate', { month: '2026-12' });
    const submitted = await ok<Plan>('lina', 'POST', `/api/visit-plans/${draft.id}/submit`, { version: draft.version });
    plan = await ok<Plan>('zhouqiang', 'POST', `/api/visit-plans/${draft.id}/approve`, { version: submitted.version, comment: '同意' });
    expect(plan.status).toBe('approved');
  });

  it('keeps the approval as version 1, readable by the rep and the manager, not by another office', async () => {
    const [first, ...rest] = await revisions('lina', plan);
    expect(rest).toEqual([]);
    expect(first).toMatchObject({ revision: 1, approvedByName: '周强', comment: '同意', reopenedByName: null });
    expect(first!.contacts.length).toBe(plan.days.reduce((n, d) => n + d.items.length, 0));
    expect((await revisions('zhouqiang', plan)).length).toBe(1);
    expect((await send('wujun', 'GET', `/api/visit-plans/${plan.id}/revisions`)).statusCode).toBe(404);
  });

  it('refuses a reopen without a reason, by the manager, at a stale version, and changes nothing', async () => {
    const noReason = await send('lina', 'POST', `/api/visit-plans/${plan.id}/reopen`, { version: plan.version, reason: '  ' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().fields[0]).toMatchObject({ field: 'reason' });
    expect(noReason.json().fields[0].message).toContain('修订原因');
    expect((await send('zhouqiang', 'POST', `/api/visit-plans/${plan.id}/reopen`, { version: plan.version, reason: '经理' })).statusCode).toBe(403);
    const stale = await send('lina', 'POST', `/api/visit-plans/${plan.id}/reopen`, { version: plan.version - 1, reason: '过期版本' });
    expect(stale.json().code).toBe('VERSION_CONFLICT');
    expect((await ok<Plan>('lina', 'GET', `/api/visit-plans/${plan.id}`)).status).toBe('approved');
  });

  it('reopens with a reason, takes edits, and a second approval is version 2 while version 1 keeps its contacts', async () => {
    const reopened = await ok<Plan>('lina', 'POST', `/api/visit-plans/${plan.id}/reopen`, { version: plan.version, reason: '城关卫生院改为月底盘点，调整拜访日期' });
    expect(reopened).toMatchObject({ status: 'draft', version: plan.version + 1 });
    const [v1] = await revisions('lina', plan);
    expect(v1).toMatchObject({ revision: 1, reopenedByName: '李娜', reopenReason: '城关卫生院改为月底盘点，调整拜访日期' });
    const again = await send('lina', 'POST', `/api/visit-plans/${plan.id}/reopen`, { version: reopened.version, reason: '再次' });
    expect(again.json().code).toBe('VISIT_PLAN_NOT_APPROVED');

    // Move one visit to another working day, then submit and approve again.
    const day = reopened.days.find((d) => d.items.some((i) => i.kind === 'visit'))!;
    const removed = day.items.find((i) => i.kind === 'visit')!.customerId;
    const to = reopened.days.find((d) => d.date !== day.date && !d.items.some((i) => i.customerId === removed))!.date;
    const edited = await ok<Plan>('lina', 'PATCH', `/api/visit-plans/${plan.id}/items`, { version: reopened.version, changes: [{ action: 'move', customerId: removed, from: day.date, to }] });
    const submitted = await send('lina', 'POST', `/api/visit-plans/${plan.id}/submit`, { version: edited.version });
    expect(submitted.statusCode, submitted.body).toBe(200);
    await ok<Plan>('zhouqiang', 'POST', `/api/visit-plans/${plan.id}/approve`, { version: submitted.json().version });

    const [v2, first] = await revisions('lina', plan);
    expect(v2!.revision).toBe(2);
    expect(v2!.contacts.some((c) => c.date === day.date && c.customerId === removed)).toBe(false);
    expect(v2!.contacts.some((c) => c.date === to && c.customerId === removed)).toBe(true);
    expect(first!.contacts.some((c) => c.date === day.date && c.customerId === removed)).toBe(true);
    const audit = await t.database.db.select().from(auditLog).where(and(eq(auditLog.orgId, orgId), eq(auditLog.action, 'visit_plan.reopen')));
    expect(audit.length).toBe(1);
  });

  it('refuses to reopen the plan of a month that is over', async () => {
    t.clock.now = new Date('2027-01-04T02:00:00Z');
    cookie.lina = await t.login('lina');
    const current = await ok<Plan>('lina', 'GET', `/api/visit-plans/${plan.id}`);
    const past = await send('lina', 'POST', `/api/visit-plans/${plan.id}/reopen`, { version: current.version, reason: '月份已过' });
    expect(past.json().code).toBe('VISIT_PLAN_PAST');
    t.clock.now = new Date('2026-11-23T02:00:00Z');
  });
});
