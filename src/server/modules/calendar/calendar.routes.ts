import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { calendarOverrideSchema } from '../../../domain/calendar/override-schemas';
import { calendarDateSchema } from '../../../domain/customers/calendar-dates';
import { both } from '../../../domain/shared/bilingual-issue';
import { authorize } from '../../http/auth';
import { okResponse } from '../../http/common-schemas';
import { requestMeta, type AppDeps } from '../../http/deps';
import { shanghaiDate } from '../../jobs/shanghai-date';
import { addOverride, calendarMonth, overridesOfYear, removeOverride } from './calendar.service';

const monthParams = z.object({ month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, both('月份格式应为 YYYY-MM，如 2027-01', 'must be a month as YYYY-MM, e.g. 2027-01')) });
const yearRange = both('年份须在 2000–2100 之间', 'must be between 2000 and 2100');
/** Left out: this year (Asia/Shanghai). */
const yearQuery = z.object({ year: z.coerce.number().int(yearRange).min(2000, yearRange).max(2100, yearRange).optional() });
const bilingual = z.object({ zh: z.string(), en: z.string() });
const overrideView = z.object({ date: z.string(), kind: z.enum(['workday', 'holiday']), note: z.string(), createdByName: z.string(), createdAt: z.date() });
const dayView = z.object({
  date: z.string(),
  weekday: z.number().int(),
  working: z.boolean().nullable(),
  reason: z.enum(['weekday', 'weekend', 'official-holiday', 'official-workday', 'override-holiday', 'override-workday']).nullable(),
  label: bilingual.nullable(),
  officialWorking: z.boolean().nullable(),
  override: overrideView.nullable(),
});
const monthView = z.object({ year: z.number().int(), month: z.number().int(), knownYear: z.boolean(), officialYear: z.boolean(), notice: bilingual.nullable(), days: z.array(dayView) });

/** The working-day calendar (工作日历): the month as the organisation works it, and the administrator's overrides. */
export function calendarRoutes(deps: AppDeps) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const tags = ['calendar'];

    r.get(
      '/calendar/months/:month',
      { schema: { tags, summary: '某月的工作日历：周末、法定假日、调休与本企业的调整 A month of the working calendar', params: monthParams, response: { 200: monthView } } },
      async (req) => {
        const actor = authorize(req, 'calendar.read');
        const [year, month] = req.params.month.split('-').map(Number);
        return calendarMonth(deps.db, actor.orgId, year!, month!);
      },
    );

    r.get(
      '/calendar/overrides',
      { schema: { tags, summary: '某年的工作日调整（不填年份：今年）The overrides of a year (this year when left out)', querystring: yearQuery, response: { 200: z.object({ items: z.array(overrideView) }) } } },
      async (req) => {
        const actor = authorize(req, 'calendar.read');
        const year = req.query.year ?? Number(shanghaiDate(deps.now()).slice(0, 4));
        return { items: await overridesOfYear(deps.db, actor.orgId, year) };
      },
    );

    r.post(
      '/calendar/overrides',
      { schema: { tags, summary: '新增一天的调整：上班或放假（系统管理员，写入审计日志）Add an override: working day or day off (administrator; audited)', body: calendarOverrideSchema, response: { 200: okResponse } } },
      async (req) => {
        await addOverride(deps.db, authorize(req, 'calendar.manage'), req.body, requestMeta(req, deps));
        return { ok: true as const };
      },
    );

    r.delete(
      '/calendar/overrides/:date',
      { schema: { tags, summary: '删除一天的调整（系统管理员，写入审计日志）Remove an override (administrator; audited)', params: z.object({ date: calendarDateSchema }), response: { 200: okResponse } } },
      async (req) => {
        await removeOverride(deps.db, authorize(req, 'calendar.manage'), req.params.date, requestMeta(req, deps));
        return { ok: true as const };
      },
    );
  };
}
