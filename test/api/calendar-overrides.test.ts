import { and, eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../src/server/db/schema';
import { startTestApp, type TestApp } from '../helpers/app';
import { byUser } from '../helpers/by-user';
import { demoOrgId } from '../helpers/lookup';
import { OTHER_ORG, seedSecondOrg } from '../helpers/second-org';

/*
 * The working-day calendar with the administrator's overrides (issue 5, point 1). chinese-days knows 2004–2026, so
 * 2027 is unknown until the administrator enters it; plan generation follows the organisation's calendar.
 */

type Day = { date: string; weekday: number; working: boolean | null; reason: string | null; label: { zh: string } | null; officialWorking: boolean | null; override: { kind: string; note: string; createdByName: string } | null };
type Month = { year: number; month: number; knownYear: boolean; officialYear: boolean; notice: { zh: string; en: string } | null; days: Day[] };
type Plan = { id: string; days: { date: string; items: unknown[] }[] };

let t: TestApp;
let orgId: string;
const cookie: Record<string, string> = {};
const { send, ok } = byUser(() => t, cookie);
const day = (m: Month, date: string) => m.days.find((d) => d.date === date)!;
const planDates = (p: Plan) => p.days.map((d) => d.date);

beforeAll(async () => {
  t = await startTestApp();
  t.clock.now = new Date('2026-11-23T02:00:00Z');
  orgId = await demoOrgId(t.database.db);
  await seedSecondOrg(t.database.db);
  for (const name of ['admin', 'zhangwei', 'zhouqiang', 'zhaogang']) cookie[name] = await t.login(name);
  cookie.other = await t.login('admin', OTHER_ORG.password, OTHER_ORG.code);
});
afterAll(() => t.close());

describe('the month view', () => {
  it('marks weekends, official holidays and make-up working days of a known year, for everyone signed in', async () => {
    const october = await ok<Month>('zhangwei', 'GET', '/api/calendar/months/2026-10');
    expect(october).toMatchObject({ knownYear: true, officialYear: true, notice: null });
    expect(october.days).toHaveLength(31);
    expect(day(october, '2026-10-01')).toMatchObject({ working: false, reason: 'official-holiday', label: { zh: '国庆节' } });
    expect(day(october, '2026-10-10')).toMatchObject({ working: true, reason: 'official-workday', weekday: 6 });
    expect(day(october, '2026-10-11')).toMatchObject({ working: false, reason: 'weekend' });
    expect(day(october, '2026-10-12')).toMatchObject({ working: true, reason: 'weekday', label: null, override: null });
    expect((await t.request('GET', '/api/calendar/months/2026-10')).statusCode).toBe(401);
  });

  it('says that 2027 is not configured and answers no working days for it', async () => {
    const january = await ok<Month>('zhouqiang', 'GET', '/api/calendar/months/2027-01');
    expect(january).toMatchObject({ knownYear: false, officialYear: false });
    expect(january.notice?.zh).toMatch(/^2027 年的节假日尚未配置：/);
    expect(january.days.every((d) => d.working === null && d.officialWorking === null)).toBe(true);
    const plan = await send('zhangwei', 'POST', '/api/visit-plans/generate', { month: '2027-01' });
    expect(plan.statusCode).toBe(409);
    expect(plan.json()).toMatchObject({ code: 'CALENDAR_YEAR_NOT_CONFIGURED' });
    expect(plan.json().fields[0].message).toContain('2027 年的节假日尚未配置');
  });

  it('refuses a month that is not one', async () => {
    const res = await send('admin', 'GET', '/api/calendar/months/2027-13');
    expect(res.statusCode).toBe(400);
    expect(res.json().fields[0].message).toContain('YYYY-MM');
  });
});

describe('overrides', () => {
  it('only the administrator adds them, with a clear reason for bad input', async () => {
    for (const who of ['zhangwei', 'zhouqiang', 'zhaogang']) {
      expect((await send(who, 'POST', '/api/calendar/overrides', { date: '2027-01-01', kind: 'holiday', note: '元旦' })).statusCode, who).toBe(403);
    }
    const bad = await send('admin', 'POST', '/api/calendar/overrides', { date: '2027-02-30', kind: 'rest' });
    expect(bad.statusCode).toBe(400);
    const messages = (bad.json().fields as { field: string; message: string }[]).map((f) => f.message);
    expect(messages).toContain('日期：日期不存在');
    expect(messages.some((m) => m.includes('请选择“上班”或“放假”'))).toBe(true);
  });

  it('a 2027 holiday entered by the administrator is given no visits, and a make-up Saturday is', async () => {
    // 2027-01-01 is a Friday; the 4th a Monday; the 9th a Saturday.
    for (const body of [
      { date: '2027-01-01', kind: 'holiday', note: '元旦' },
      { date: '2027-01-04', kind: 'holiday', note: '公司年会' },
      { date: '2027/1/9', kind: 'workday', note: '调休上班' },
    ]) {
      expect(await ok('admin', 'POST', '/api/calendar/overrides', body)).toEqual({ ok: true });
    }
    const twice = await send('admin', 'POST', '/api/calendar/overrides', { date: '2027-01-04', kind: 'workday' });
    expect(twice.statusCode).toBe(409);
    expect(twice.json()).toMatchObject({ code: 'CALENDAR_OVERRIDE_EXISTS', message: '这一天已有工作日调整，请先删除原来的调整再设置' });

    const january = await ok<Month>('zhangwei', 'GET', '/api/calendar/months/2027-01');
    expect(january).toMatchObject({ knownYear: true, officialYear: false });
    expect(january.notice?.zh).toContain('按您录入的 3 条调整和周末计算');
    expect(day(january, '2027-01-01')).toMatchObject({ working: false, reason: 'override-holiday', label: { zh: '元旦' }, override: { kind: 'holiday', note: '元旦', createdByName: '陈静' } });
    expect(day(january, '2027-01-09')).toMatchObject({ working: true, reason: 'override-workday', weekday: 6 });
    expect(day(january, '2027-01-05')).toMatchObject({ working: true, reason: 'weekday' });

    const plan = await ok<Plan>('zhangwei', 'POST', '/api/visit-plans/generate', { month: '2027-01' });
    expect(planDates(plan)).not.toContain('2027-01-01');
    expect(planDates(plan)).not.toContain('2027-01-04');
    expect(planDates(plan)).toContain('2027-01-09');
    expect(planDates(plan)).not.toContain('2027-01-10');
    expect(planDates(plan)[0]).toBe('2027-01-05');
  });

  it('a removed override is forgotten at once by the next plan', async () => {
    expect(await ok('admin', 'DELETE', '/api/calendar/overrides/2027-01-04')).toEqual({ ok: true });
    expect((await send('admin', 'DELETE', '/api/calendar/overrides/2027-01-04')).statusCode).toBe(404);
    expect((await send('zhouqiang', 'DELETE', '/api/calendar/overrides/2027-01-01')).statusCode).toBe(403);
    const plan = await ok<Plan>('zhangwei', 'POST', '/api/visit-plans/generate', { month: '2027-01' });
    expect(planDates(plan)[0]).toBe('2027-01-04');
    const list = await ok<{ items: { date: string }[] }>('zhangwei', 'GET', '/api/calendar/overrides?year=2027');
    expect(list.items.map((o) => o.date)).toEqual(['2027-01-01', '2027-01-09']);
  });

  it('a day off in a known year takes the day out of the plan', async () => {
    const before = await ok<Plan>('zhangwei', 'POST', '/api/visit-plans/generate', { month: '2026-12' });
    expect(planDates(before)).toContain('2026-12-07');
    await ok('admin', 'POST', '/api/calendar/overrides', { date: '2026-12-07', kind: 'holiday', note: '公司培训' });
    const after = await ok<Plan>('zhangwei', 'POST', '/api/visit-plans/generate', { month: '2026-12' });
    expect(planDates(after)).toEqual(planDates(before).filter((d) => d !== '2026-12-07'));
    const december = await ok<Month>('zhangwei', 'GET', '/api/calendar/months/2026-12');
    expect(day(december, '2026-12-07')).toMatchObject({ working: false, officialWorking: true, reason: 'override-holiday' });
  });

  it('stay within their organisation', async () => {
    const other = await ok<Month>('other', 'GET', '/api/calendar/months/2027-01');
    expect(other.knownYear).toBe(false);
    expect((await send('other', 'DELETE', '/api/calendar/overrides/2027-01-01')).statusCode).toBe(404);
    expect((await ok<{ items: unknown[] }>('other', 'GET', '/api/calendar/overrides?year=2027')).items).toEqual([]);
  });

  it('are written to the audit log with who, before and after', async () => {
    const rows = await t.database.db.select().from(auditLog).where(and(eq(auditLog.orgId, orgId), like(auditLog.action, 'calendar.override.%')));
    const added = rows.find((r) => r.action === 'calendar.override.add' && r.targetId === '2027-01-04');
    expect(added?.after).toEqual({ date: '2027-01-04', kind: 'holiday', note: '公司年会' });
    expect(added?.actorId).not.toBeNull();
    const removed = rows.find((r) => r.action === 'calendar.override.remove');
    expect(removed).toMatchObject({ targetId: '2027-01-04', before: { date: '2027-01-04', kind: 'holiday', note: '公司年会' }, after: null });
  });
});
