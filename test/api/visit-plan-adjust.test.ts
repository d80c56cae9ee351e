import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../src/server/db/schema';
import { startTestApp, type TestApp } from '../helpers/app';
import { byUser } from '../helpers/by-user';
import { demoOrgId, userByName } from '../helpers/lookup';

/*
 * The office manager adjusts a submitted visit plan before approving it (DOMAIN §3: "the office manager reviews,
 * adjusts and approves it"), through the rep's editing endpoint and rules. 李娜 (郑州) submits her December 2026 plan
 * (her customers are ungraded: one visit each, anywhere in the month); 周强 manages 郑州, 吴军 南阳.
 */

type Item = { customerId: string; kind: 'visit' | 'phone' };
type Plan = {
  id: string;
  repId: string;
  status: string;
  version: number;
  adjustedAt: string | null;
  adjustedBy: string | null;
  adjustedByName: string | null;
  days: { date: string; items: Item[]; itinerary: { stops: { customerId: string }[]; unlocated: { customerId: string }[] } }[];
};

let t: TestApp;
let orgId: string;
const cookie: Record<string, string> = {};
const userId: Record<string, string> = {};
const MONTH = '2026-12';
const NOW = new Date('2026-11-23T02:00:00Z');

const { send, ok } = byUser(() => t, cookie);
const items = (plan: Plan) => `/api/visit-plans/${plan.id}/items`;

/** A visit of the plan and a working day of the plan without that customer. */
function movable(plan: Plan) {
  const from = plan.days.find((d) => d.items.some((i) => i.kind === 'visit'))!;
  const item = from.items.find((i) => i.kind === 'visit')!;
  const to = plan.days.find((d) => d.date !== from.date && !d.items.some((i) => i.customerId === item.customerId))!;
  return { customerId: item.customerId, from: from.date, to: to.date };
}
const onDay = (plan: Plan, date: string, customerId: string) => plan.days.find((d) => d.date === date)!.items.some((i) => i.customerId === customerId);
const onRoute = (plan: Plan, date: string, customerId: string) => {
  const it = plan.days.find((d) => d.date === date)!.itinerary;
  return [...it.stops, ...it.unlocated].some((s) => s.customerId === customerId);
};

beforeAll(async () => {
  t = await startTestApp();
  t.clock.now = NOW;
  orgId = await demoOrgId(t.database.db);
  for (const name of ['lina', 'chenjie', 'zhouqiang', 'wujun', 'zhaogang', 'sunli']) {
    cookie[name] = await t.login(name);
    userId[name] = (await userByName(t.database.db, orgId, name)).id;
  }
});
afterAll(() => t.close());

describe('the office manager adjusting a submitted plan', () => {
  let plan: Plan;

  beforeAll(async () => {
    const draft = await ok<Plan>('lina', 'POST', '/api/visit-plans/generate', { month: MONTH });
    plan = await ok<Plan>('lina', 'POST', `/api/visit-plans/${draft.id}/submit`, { version: draft.version });
    expect(plan.status).toBe('submitted');
    expect(plan.adjustedAt).toBeNull();
  });

  it('refuses the rep, another office’s manager, other roles and a stale version, and changes nothing', async () => {
    const move = movable(plan);
    const body = { version: plan.version, changes: [{ action: 'move', ...move }] };
    const rep = await send('lina', 'PATCH', items(plan), body);
    expect(rep.statusCode).toBe(409);
    expect(rep.json().code).toBe('VISIT_PLAN_LOCKED');
    expect(rep.json().message).toContain('已提交');
    expect((await send('wujun', 'PATCH', items(plan), body)).statusCode).toBe(404);
    for (const who of ['zhaogang', 'sunli', 'chenjie']) expect((await send(who, 'PATCH', items(plan), body)).statusCode, who).toBe(who === 'chenjie' ? 404 : 403);
    const stale = await send('zhouqiang', 'PATCH', items(plan), { ...body, version: plan.version - 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('VERSION_CONFLICT');
    const weekend = await send('zhouqiang', 'PATCH', items(plan), { ...body, changes: [{ action: 'move', ...move, to: '2026-12-05' }] });
    expect(weekend.json().code).toBe('VISIT_PLAN_EDIT_REFUSED');
    expect(weekend.json().fields[0].message).toContain('2026-12-05 不是工作日');
    const after = await ok<Plan>('lina', 'GET', `/api/visit-plans/${plan.id}`);
    expect(after.version).toBe(plan.version);
    expect(after.adjustedAt).toBeNull();
  });

  it('moves, removes and adds visits at the version read, re-routing the days, stamped and audited; then approves', async () => {
    const move = movable(plan);
    const moved = await ok<Plan>('zhouqiang', 'PATCH', items(plan), { version: plan.version, changes: [{ action: 'move', ...move }] });
    expect(moved.status).toBe('submitted');
    expect(moved.version).toBe(plan.version + 1);
    expect(onDay(moved, move.to, move.customerId) && onRoute(moved, move.to, move.customerId)).toBe(true);
    expect(onDay(moved, move.from, move.customerId) || onRoute(moved, move.from, move.customerId)).toBe(false);
    expect(moved).toMatchObject({ adjustedBy: userId.zhouqiang, adjustedByName: '周强', adjustedAt: NOW.toISOString() });

    // Remove a visit and add it back on another day in one change set (all or nothing).
    const other = movable(moved);
    const swapped = await ok<Plan>('zhouqiang', 'PATCH', items(plan), {
      version: moved.version,
      changes: [
        { action: 'remove', customerId: other.customerId, date: other.from },
        { action: 'add', customerId: other.customerId, date: other.to, kind: 'visit', objective: '经理调整：与院长面谈' },
      ],
    });
    expect(onDay(swapped, other.to, other.customerId) && !onDay(swapped, other.from, other.customerId)).toBe(true);
    expect(swapped.version).toBe(moved.version + 1);

    const audited = await t.database.db
      .select({ action: auditLog.action, actorId: auditLog.actorId, after: auditLog.after })
      .from(auditLog)
      .where(and(eq(auditLog.orgId, orgId), eq(auditLog.targetId, plan.id), eq(auditLog.action, 'visit_plan.adjust')));
    expect(audited).toHaveLength(2);
    expect(audited.every((a) => a.actorId === userId.zhouqiang)).toBe(true);

    const approved = await ok<Plan>('zhouqiang', 'POST', `/api/visit-plans/${plan.id}/approve`, { version: swapped.version, comment: '已按客户分布调整，同意' });
    expect(approved.status).toBe('approved');

    // The rep sees who adjusted the plan and when, in the plan and in the month's list.
    const seen = await ok<Plan>('lina', 'GET', `/api/visit-plans/${plan.id}`);
    expect(seen).toMatchObject({ status: 'approved', adjustedByName: '周强', adjustedAt: NOW.toISOString() });
    expect(onDay(seen, move.to, move.customerId)).toBe(true);
    const list = await ok<{ items: Plan[] }>('lina', 'GET', `/api/visit-plans?month=${MONTH}`);
    expect(list.items[0]).toMatchObject({ id: plan.id, adjustedByName: '周强' });
    plan = approved;
  });

  it('keeps an approved plan final for the manager and the rep', async () => {
    const body = { version: plan.version, changes: [{ action: 'move', ...movable(plan) }] };
    for (const who of ['zhouqiang', 'lina']) {
      const res = await send(who, 'PATCH', items(plan), body);
      expect(res.statusCode, who).toBe(409);
      expect(res.json().code, who).toBe('VISIT_PLAN_LOCKED');
    }
    expect((await ok<Plan>('lina', 'GET', `/api/visit-plans/${plan.id}`)).version).toBe(plan.version);
  });

  it('leaves a draft to its rep: the office manager is told to wait for the submission', async () => {
    const draft = await ok<Plan>('chenjie', 'POST', '/api/visit-plans/generate', { month: MONTH });
    const res = await send('wujun', 'PATCH', items(draft), { version: draft.version, changes: [{ action: 'move', ...movable(draft) }] });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('VISIT_PLAN_NOT_IN_REVIEW');
    expect(res.json().message).toContain('草稿和已退回的计划由代表本人修改');
    expect((await send('zhouqiang', 'PATCH', items(draft), { version: draft.version, changes: [{ action: 'move', ...movable(draft) }] })).statusCode).toBe(404);
  });
});
