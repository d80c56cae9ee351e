import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../src/server/db/schema';
import { startTestApp, type TestApp } from '../helpers/app';
import { byUser } from '../helpers/by-user';
import { demoOrgId, userByName } from '../helpers/lookup';

/*
 * The daily log (成功手册) over the demo organisation: on Monday 23 November 2026 张伟 (郑州) has his generated plan,
 * checks in at one planned customer without a position (flagged), and writes his summary; 周强 (郑州's manager) lists
 * and reads it and comments; after that the summary is closed. 李娜 (another rep of 郑州) and 吴军 (南阳's manager)
 * see nothing of it.
 */

type Log = {
  id: string;
  repId: string;
  repName: string;
  date: string;
  summary: string;
  comment: { text: string; byId: string; byName: string; at: string } | null;
  editable: boolean;
  plannedContacts: number;
  doneContacts: number;
  flaggedContacts: number;
  version: number;
};
type Day = { day: { date: string; repId: string; stops: { customerId: string; planned: boolean; visit: { id: string } | null }[] }; log: Log | null };

let t: TestApp;
let orgId: string;
const cookie: Record<string, string> = {};
const userId: Record<string, string> = {};
let log: Log;

const { send, ok } = byUser(() => t, cookie);
async function refused(who: string, method: string, url: string, body: unknown, status: number, code?: string) {
  const res = await send(who, method, url, body);
  expect(res.statusCode, res.body).toBe(status);
  if (code) expect(res.json().code).toBe(code);
  return res.json();
}

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

describe('the rep’s day and summary', () => {
  it('shows the day’s plan and visits, without a log until one is written', async () => {
    const before = await ok<Day>('zhangwei', 'GET', '/api/daily-logs/day');
    expect(before.day.date).toBe('2026-11-23');
    expect(before.log).toBeNull();
    const planned = before.day.stops.filter((s) => s.planned);
    expect(planned.length).toBeGreaterThan(0);
    const res = await send('zhangwei', 'POST', '/api/visits', { customerId: planned[0]!.customerId, position: null });
    expect(res.statusCode, res.body).toBe(201);
    const after = await ok<Day>('zhangwei', 'GET', '/api/daily-logs/day?date=2026-11-23');
    expect(after.day.stops.filter((s) => s.visit !== null).map((s) => s.customerId)).toEqual([planned[0]!.customerId]);
  });

  it('writes the summary with the day’s plan and done counts, audited', async () => {
    const day = await ok<Day>('zhangwei', 'GET', '/api/daily-logs/day');
    log = await ok<Log>('zhangwei', 'PUT', '/api/daily-logs/day', { date: '2026-11-23', summary: '  上午拜访一家，未能定位。  ', version: 0 });
    expect(log).toMatchObject({ repId: userId.zhangwei, repName: '张伟', date: '2026-11-23', summary: '上午拜访一家，未能定位。', comment: null, editable: true, version: 1, doneContacts: 1, flaggedContacts: 1 });
    expect(log.plannedContacts).toBe(day.day.stops.filter((s) => s.planned).length);
    expect((await ok<Day>('zhangwei', 'GET', '/api/daily-logs/day')).log?.id).toBe(log.id);
    const audits = await t.database.db.select().from(auditLog).where(and(eq(auditLog.orgId, orgId), eq(auditLog.action, 'daily_log.write'), eq(auditLog.targetId, log.id)));
    expect(audits.map((a) => [a.actorId, a.before, a.after])).toEqual([[userId.zhangwei, null, { date: '2026-11-23', summary: '上午拜访一家，未能定位。' }]]);
  });

  it('rewrites it at the version read only, and never for a day to come or blank', async () => {
    await refused('zhangwei', 'PUT', '/api/daily-logs/day', { date: '2026-11-23', summary: '又一份', version: 0 }, 409, 'VERSION_CONFLICT');
    log = await ok<Log>('zhangwei', 'PUT', '/api/daily-logs/day', { date: '2026-11-23', summary: '上午拜访一家（未定位），下午整理客户资料。', version: 1 });
    expect(log.version).toBe(2);
    await refused('zhangwei', 'PUT', '/api/daily-logs/day', { date: '2026-11-24', summary: '明天的', version: 0 }, 409, 'DAILY_LOG_FUTURE_DAY');
    const blank = await refused('zhangwei', 'PUT', '/api/daily-logs/day', { date: '2026-11-23', summary: '   ', version: 2 }, 400, 'VALIDATION_FAILED');
    expect(blank.fields[0].message).toContain('当日小结');
    await refused('zhouqiang', 'PUT', '/api/daily-logs/day', { date: '2026-11-23', summary: '经理代写', version: 0 }, 403, 'FORBIDDEN');
  });

  it('keeps it from another rep and another office', async () => {
    await refused('lina', 'GET', `/api/daily-logs/day?repId=${userId.zhangwei}`, undefined, 404);
    await refused('lina', 'GET', `/api/daily-logs/${log.id}`, undefined, 404);
    await refused('wujun', 'GET', `/api/daily-logs/${log.id}`, undefined, 404);
    expect((await ok<{ items: Log[] }>('lina', 'GET', '/api/daily-logs')).items).toEqual([]);
    expect((await ok<{ items: Log[] }>('wujun', 'GET', '/api/daily-logs')).items).toEqual([]);
    await refused('sunli', 'GET', '/api/daily-logs', undefined, 403);
  });
});

describe('the office manager’s review', () => {
  it('lists the office’s logs by date and reads one with the rep’s day', async () => {
    const list = await ok<{ from: string; to: string; items: Log[] }>('zhouqiang', 'GET', '/api/daily-logs');
    expect([list.from, list.to]).toEqual(['2026-11-10', '2026-11-23']);
    expect(list.items.map((l) => [l.repName, l.date, l.version])).toEqual([['张伟', '2026-11-23', 2]]);
    expect((await ok<{ items: Log[] }>('zhouqiang', 'GET', '/api/daily-logs?from=2026-11-01&to=2026-11-22')).items).toEqual([]);
    const day = await ok<Day>('zhouqiang', 'GET', `/api/daily-logs/day?repId=${userId.zhangwei}&date=2026-11-23`);
    expect(day.log?.id).toBe(log.id);
    expect(day.day.repId).toBe(userId.zhangwei);
  });

  it('lets only the rep’s office manager comment, at the version read, audited', async () => {
    await refused('zhaogang', 'POST', `/api/daily-logs/${log.id}/comment`, { version: 2, comment: '好' }, 403, 'FORBIDDEN');
    await refused('zhangwei', 'POST', `/api/daily-logs/${log.id}/comment`, { version: 2, comment: '好' }, 403, 'FORBIDDEN');
    await refused('wujun', 'POST', `/api/daily-logs/${log.id}/comment`, { version: 2, comment: '好' }, 404, 'NOT_FOUND');
    await refused('zhouqiang', 'POST', `/api/daily-logs/${log.id}/comment`, { version: 1, comment: '好' }, 409, 'VERSION_CONFLICT');
    await refused('zhouqiang', 'POST', `/api/daily-logs/${log.id}/comment`, { version: 2, comment: ' ' }, 400, 'VALIDATION_FAILED');
    log = await ok<Log>('zhouqiang', 'POST', `/api/daily-logs/${log.id}/comment`, { version: 2, comment: '签到要打开定位，明天补拜访。' });
    expect(log.comment).toMatchObject({ text: '签到要打开定位，明天补拜访。', byId: userId.zhouqiang, byName: '周强', at: '2026-11-23T02:00:00.000Z' });
    expect([log.version, log.editable]).toEqual([3, false]);
    const audits = await t.database.db.select().from(auditLog).where(and(eq(auditLog.orgId, orgId), eq(auditLog.action, 'daily_log.comment'))).orderBy(asc(auditLog.at));
    expect(audits.map((a) => [a.actorId, a.targetId, a.after])).toEqual([[userId.zhouqiang, log.id, { comment: '签到要打开定位，明天补拜访。' }]]);
  });

  it('closes the summary once commented, and leaves it out of the uncommented list', async () => {
    await refused('zhangwei', 'PUT', '/api/daily-logs/day', { date: '2026-11-23', summary: '改一下', version: 3 }, 409, 'DAILY_LOG_COMMENTED');
    expect((await ok<Log>('zhangwei', 'GET', `/api/daily-logs/${log.id}`)).summary).toBe('上午拜访一家（未定位），下午整理客户资料。');
    expect((await ok<{ items: Log[] }>('zhouqiang', 'GET', '/api/daily-logs?uncommented=true')).items).toEqual([]);
    log = await ok<Log>('zhouqiang', 'POST', `/api/daily-logs/${log.id}/comment`, { version: 3, comment: '明天补拜访。' });
    expect([log.comment?.text, log.version]).toEqual(['明天补拜访。', 4]);
  });
});
