import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { calendarDateSchema } from '../../../domain/customers/calendar-dates';
import { addDays } from '../../../domain/calendar/dates';
import { idSchema } from '../../../domain/identity/schemas';
import { authorize } from '../../http/auth';
import { idParams } from '../../http/common-schemas';
import { requestMeta, type AppDeps } from '../../http/deps';
import { shanghaiDate } from '../../jobs/shanghai-date';
import { dailyLogDayView, dailyLogView, presentDailyLog } from './daily-log.presenter';
import { listDailyLogs } from './daily-log.queries';
import { commentDailyLog, commentDailyLogBody, dailyLogDayQuery, dailyLogOrNotFound, loadDailyLogDay, writeDailyLog, writeDailyLogBody } from './daily-log.service';

const listQuery = z.object({
  from: calendarDateSchema.optional(),
  to: calendarDateSchema.optional(),
  repId: idSchema.optional(),
  uncommented: z.enum(['true', 'false']).optional(),
});

/** The daily log (成功手册, issue 5 point 5): the rep's day with their summary; the office manager reads and comments. */
export function dailyLogRoutes(deps: AppDeps) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const tags = ['visits'];

    r.get(
      '/daily-logs/day',
      { schema: { tags, summary: '某代表某天的成功手册：当天计划、拜访记录与小结 A rep’s day for the log: the plan, the visits made, and the summary', querystring: dailyLogDayQuery, response: { 200: dailyLogDayView } } },
      async (req) => loadDailyLogDay(deps.db, authorize(req, 'dailyLog.read'), req.query, deps.now()),
    );

    r.put(
      '/daily-logs/day',
      { schema: { tags, summary: '填写或修改当日小结（代表本人；经理点评后不能再改）Write or rewrite the day’s summary (the rep; closed once the manager has commented)', body: writeDailyLogBody, response: { 200: dailyLogView } } },
      async (req) => writeDailyLog(deps.db, authorize(req, 'dailyLog.write'), req.body, requestMeta(req, deps)),
    );

    r.get(
      '/daily-logs',
      { schema: { tags, summary: '成功手册列表（按数据范围，默认最近 14 天）Daily logs in scope (the last 14 days by default)', querystring: listQuery, response: { 200: z.object({ from: z.string(), to: z.string(), items: z.array(dailyLogView) }) } } },
      async (req) => {
        const actor = authorize(req, 'dailyLog.read');
        const to = req.query.to ?? shanghaiDate(deps.now());
        const from = req.query.from ?? addDays(to, -13);
        const rows = await listDailyLogs(deps.db, actor, { from, to, repId: req.query.repId, uncommented: req.query.uncommented === 'true' });
        return { from, to, items: rows.map(presentDailyLog) };
      },
    );

    r.get('/daily-logs/:id', { schema: { tags, summary: '一天的成功手册 One daily log', params: idParams, response: { 200: dailyLogView } } }, async (req) =>
      dailyLogOrNotFound(deps.db, authorize(req, 'dailyLog.read'), req.params.id),
    );

    r.post(
      '/daily-logs/:id/comment',
      { schema: { tags, summary: '点评成功手册（代表所在办事处的经理；校验版本）Comment on a daily log (the rep’s office manager; version-checked)', params: idParams, body: commentDailyLogBody, response: { 200: dailyLogView } } },
      async (req) => commentDailyLog(deps.db, authorize(req, 'dailyLog.comment'), req.params.id, req.body, requestMeta(req, deps)),
    );
  };
}
