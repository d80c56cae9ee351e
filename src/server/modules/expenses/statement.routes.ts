import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idSchema } from '../../../domain/identity/schemas';
import { authorize } from '../../http/auth';
import { idParams } from '../../http/common-schemas';
import { requestMeta, type AppDeps } from '../../http/deps';
import { shanghaiDate } from '../../jobs/shanghai-date';
import { adjustRowBody, adjustStatementRow } from './statement-adjustment.service';
import { generateStatements, generateStatementsBody, monthSchema } from './statement-generation.service';
import { STATEMENT_STATUS_VALUES, statementSummaryView } from './statement.presenter';
import { listStatements } from './statement.queries';
import { loadStatementView, presentSummaries, statementView } from './statement-view';

const generationView = z.object({
  month: z.string(),
  items: z.array(statementSummaryView),
  /** Statements of the month already submitted, under review, approved or void: never touched by a generation. */
  skipped: z.array(z.object({ repId: z.string(), repName: z.string(), statementId: z.string(), status: z.string(), message: z.string(), message_en: z.string() })),
  /** Adjustments that no longer pass the rules after a refresh (e.g. now above the payable amount without a reason). */
  droppedAdjustments: z.array(z.object({ statementId: z.string(), customerId: z.string(), adjustedFen: z.number(), message: z.string(), message_en: z.string() })),
});

/** 《月客户采购及客情费统计表》 (DOMAIN §6): generate, list, read, adjust a row. Review steps: review.routes.ts. */
export function statementRoutes(deps: AppDeps) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const tags = ['expenses'];
    const today = () => shanghaiDate(deps.now());

    r.post(
      '/expense-statements/generate',
      {
        schema: {
          tags,
          summary: '生成月度客情费统计表（默认上月；代表为本人，文员和销售部经理为指定代表或全部代表）Generate monthly expense statements (last month by default; a rep for themself, the clerk and sales manager for one rep or all)',
          body: generateStatementsBody,
          response: { 200: generationView },
        },
      },
      async (req) => generateStatements(deps.db, authorize(req, 'expenseStatement.generate'), req.body, requestMeta(req, deps)),
    );

    r.get(
      '/expense-statements',
      {
        schema: {
          tags,
          summary: '客情费统计表列表（按数据范围，可按月份、办事处、代表、状态筛选）Expense statements in scope, by month, office, rep and status',
          querystring: z.object({ month: monthSchema.optional(), officeId: idSchema.optional(), repId: idSchema.optional(), status: z.enum(STATEMENT_STATUS_VALUES).optional() }),
          response: { 200: z.object({ items: z.array(statementSummaryView) }) },
        },
      },
      async (req) => {
        const actor = authorize(req, 'expenseStatement.read');
        const q = req.query;
        const rows = await listStatements(deps.db, actor, { month: q.month ? `${q.month}-01` : undefined, officeId: q.officeId, repId: q.repId, status: q.status }, today());
        return { items: await presentSummaries(deps.db, actor.orgId, rows, today()) };
      },
    );

    r.get(
      '/expense-statements/:id',
      { schema: { tags, summary: '统计表详情：每个客户一行、签字、审核记录和当月新客户特殊费用申请汇总 A statement: a row per customer, signatures, trail and the month’s special applications', params: idParams, response: { 200: statementView } } },
      async (req) => loadStatementView(deps.db, authorize(req, 'expenseStatement.read'), req.params.id, today()),
    );

    r.patch(
      '/expense-statements/:id/rows',
      {
        schema: {
          tags,
          summary: '调整一行的兑付金额（代表本人，草稿或已退回；高于应付金额须写原因；校验该行版本）Adjust a row’s amount (its rep; draft or returned; above the payable amount needs a reason; row version checked)',
          params: idParams,
          body: adjustRowBody,
          response: { 200: statementView },
        },
      },
      async (req) => {
        const actor = authorize(req, 'expenseStatement.adjust');
        await adjustStatementRow(deps.db, actor, req.params.id, req.body, requestMeta(req, deps));
        return loadStatementView(deps.db, actor, req.params.id, today());
      },
    );
  };
}
