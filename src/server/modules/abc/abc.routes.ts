import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idSchema } from '../../../domain/identity/schemas';
import { authorize } from '../../http/auth';
import { idParams } from '../../http/common-schemas';
import { requestMeta, type AppDeps } from '../../http/deps';
import { AppError } from '../../http/errors';
import { runMonthlyGrading } from '../../jobs/monthly-grading';
import { shanghaiDate } from '../../jobs/shanghai-date';
import { findCustomer } from '../customers/customers.queries';
import { checkPeriod, periodShape, resolvePeriod } from './abc-period';
import { scopeShape } from './abc-scope';
import { abcView, gradeChangesView, gradeHistoryView, gradingView, monthlyRunView } from './abc.presenter';
import { analyseAbc, saveOnDemandGrading } from './abc.service';
import { abcSettingsView, loadAbcSettings, updateAbcSettings, updateAbcSettingsBody } from './abc-settings.service';
import { listGradeChanges } from './changes.service';
import { listGradings, monthlyGradesOf } from './gradings.queries';

const page = { offset: z.coerce.number().int().min(0).default(0), limit: z.coerce.number().int().min(1).max(200).default(50) };
const abcQuery = z.object({ ...periodShape, ...scopeShape, list: z.enum(['ranked', 'none']).default('ranked'), ...page }).superRefine(checkPeriod);
const saveBody = z.object({ ...periodShape, ...scopeShape }).superRefine(checkPeriod);

/** ABC grading (DOMAIN.md §2): thresholds, the analysis for a period and scope, saved and monthly gradings, grade changes. */
export function abcRoutes(deps: AppDeps) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const tags = ['abc'];

    r.get('/settings/abc', { schema: { tags, summary: 'ABC 分级阈值与理想结构 ABC thresholds and ideal mix', response: { 200: abcSettingsView } } }, async (req) =>
      loadAbcSettings(deps.db, authorize(req, 'abc.read').orgId),
    );

    r.put(
      '/settings/abc',
      { schema: { tags, summary: '修改 ABC 分级阈值（校验版本，写入审计日志）Change the ABC thresholds (version-checked, audited)', body: updateAbcSettingsBody, response: { 200: abcSettingsView } } },
      async (req) => updateAbcSettings(deps.db, authorize(req, 'abc.manage'), req.body, requestMeta(req, deps)),
    );

    r.get(
      '/abc',
      {
        schema: {
          tags,
          summary: 'ABC 分析：按期间（默认最近 12 个完整月）与范围排名，无销售的客户单列 ABC analysis for a period (default: the last 12 full months) and scope; customers without sales apart',
          querystring: abcQuery,
          response: { 200: abcView },
        },
      },
      async (req) => {
        const actor = authorize(req, 'abc.read');
        return analyseAbc(deps.db, actor, resolvePeriod(req.query, shanghaiDate(deps.now())), req.query);
      },
    );

    r.get(
      '/abc/gradings',
      {
        schema: {
          tags,
          summary: '已保存的分级：每月分级与自己保存的分级 Stored gradings: the monthly ones and those you saved',
          querystring: z.object({ kind: z.enum(['monthly', 'on_demand']).optional() }),
          response: { 200: z.object({ items: z.array(gradingView) }) },
        },
      },
      async (req) => ({ items: await listGradings(deps.db, authorize(req, 'abc.read'), req.query.kind) }),
    );

    r.post(
      '/abc/gradings',
      { schema: { tags, summary: '保存本次分级（期间、范围与阈值）Save this grading (period, scope and thresholds)', body: saveBody, response: { 201: z.object({ id: z.string(), totalFen: z.number(), graded: z.number(), ungraded: z.number() }) } } },
      async (req, reply) => {
        const actor = authorize(req, 'abc.manage');
        const meta = requestMeta(req, deps);
        const saved = await saveOnDemandGrading(deps.db, actor, resolvePeriod(req.body, shanghaiDate(meta.now)), req.body, meta.now);
        return reply.code(201).send({ id: saved.id, totalFen: saved.totalFen, graded: saved.graded, ungraded: saved.ungraded });
      },
    );

    r.post(
      '/abc/monthly/run',
      { schema: { tags, summary: '立即执行本月分级（每月只执行一次）Run this month’s grading now (once per month)', response: { 200: monthlyRunView } } },
      async (req) => {
        const actor = authorize(req, 'abc.manage');
        const now = deps.now();
        return runMonthlyGrading(deps.db, actor.orgId, shanghaiDate(now), now, actor.userId);
      },
    );

    r.get(
      '/abc/changes',
      {
        schema: {
          tags,
          summary: '两次每月分级之间的等级变化（默认最近两次），按数据范围 Grade changes between two monthly gradings (default: the latest two), in scope',
          querystring: z.object({ from: idSchema.optional(), to: idSchema.optional(), kind: z.enum(['up', 'down', 'new', 'dropped']).optional(), ...page }),
          response: { 200: gradeChangesView },
        },
      },
      async (req) => listGradeChanges(deps.db, authorize(req, 'abc.read'), req.query),
    );

    r.get(
      '/customers/:id/grades',
      { schema: { tags: ['customers'], summary: '客户的 ABC 等级历史（每月分级，新的在前）A customer’s monthly ABC grades, newest first', params: idParams, response: { 200: gradeHistoryView } } },
      async (req) => {
        const actor = authorize(req, 'customer.read');
        if (!(await findCustomer(deps.db, actor, req.params.id))) throw new AppError('NOT_FOUND');
        return { items: await monthlyGradesOf(deps.db, actor.orgId, req.params.id) };
      },
    );
  };
}
