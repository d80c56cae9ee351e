import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { addMonths } from '../../../domain/calendar/dates';
import { idSchema } from '../../../domain/identity/schemas';
import { authorize } from '../../http/auth';
import { idParams } from '../../http/common-schemas';
import { requestMeta, type AppDeps } from '../../http/deps';
import { shanghaiDate } from '../../jobs/shanghai-date';
import { applicationSummaryView, applicationView } from './special-application.presenter';
import { decideApplication, decideApplicationBody, fileApplication, fileApplicationBody, findApplications, getApplication, monthSummary } from './special-application.service';
import { monthSchema } from './statement-generation.service';

const statusSchema = z.enum(['pending', 'approved', 'refused']);

/** 《新客户特殊费用申请表》 and the month's 《月新客户特殊费用申请汇总表》. */
export function specialApplicationRoutes(deps: AppDeps) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const tags = ['expenses'];

    r.get(
      '/expense-applications',
      {
        schema: {
          tags,
          summary: '新客户特殊费用申请列表（按数据范围）New-customer special expense applications in scope',
          querystring: z.object({ month: monthSchema.optional(), repId: idSchema.optional(), officeId: idSchema.optional(), status: statusSchema.optional() }),
          response: { 200: z.object({ items: z.array(applicationView) }) },
        },
      },
      async (req) => {
        const q = req.query;
        const from = q.month ? `${q.month}-01` : undefined;
        return { items: await findApplications(deps.db, authorize(req, 'expenseApplication.read'), { from, to: from ? addMonths(from, 1) : undefined, repId: q.repId, officeId: q.officeId, status: q.status }) };
      },
    );

    r.get(
      '/expense-applications/summary',
      {
        schema: {
          tags,
          summary: '月新客户特殊费用申请汇总表（默认上月）The month’s summary (last month by default) of new-customer special expense applications',
          querystring: z.object({ month: monthSchema.optional(), repId: idSchema.optional(), officeId: idSchema.optional() }),
          response: { 200: applicationSummaryView },
        },
      },
      async (req) => {
        const actor = authorize(req, 'expenseApplication.read');
        // Last month by default: the one whose summary is filed with the statements now.
        const month = req.query.month ?? addMonths(`${shanghaiDate(deps.now()).slice(0, 7)}-01`, -1).slice(0, 7);
        return monthSummary(deps.db, actor, month, { repId: req.query.repId, officeId: req.query.officeId });
      },
    );

    r.post(
      '/expense-applications',
      { schema: { tags, summary: '提交新客户特殊费用申请（代表为自己的客户，须在客户首次下单前）File an application (a rep, for their own customer, before its first order)', body: fileApplicationBody, response: { 200: applicationView } } },
      async (req) => fileApplication(deps.db, authorize(req, 'expenseApplication.file'), req.body, requestMeta(req, deps)),
    );

    r.get('/expense-applications/:id', { schema: { tags, summary: '一份新客户特殊费用申请 One application', params: idParams, response: { 200: applicationView } } }, async (req) =>
      getApplication(deps.db, authorize(req, 'expenseApplication.read'), req.params.id),
    );

    r.post(
      '/expense-applications/:id/decide',
      { schema: { tags, summary: '批准或不批准（销售部经理；不批准须写原因；客户已首次下单则不能批准）Approve or refuse (the sales manager)', params: idParams, body: decideApplicationBody, response: { 200: applicationView } } },
      async (req) => decideApplication(deps.db, authorize(req, 'expenseApplication.decide'), req.params.id, req.body, requestMeta(req, deps)),
    );
  };
}
