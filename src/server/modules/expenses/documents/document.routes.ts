import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { addMonths } from '../../../../domain/calendar/dates';
import { idSchema } from '../../../../domain/identity/schemas';
import { authorize } from '../../../http/auth';
import { idParams } from '../../../http/common-schemas';
import { requestMeta, type AppDeps } from '../../../http/deps';
import { shanghaiDate } from '../../../jobs/shanghai-date';
import { recordAudit } from '../../admin/audit';
import { attachment, XLSX_TYPE } from '../../imports/workbooks';
import { ledgerPeriod, ledgerQuery, loadLedger } from '../ledger.service';
import { monthSummary } from '../special-application.service';
import { loadStatementView } from '../statement-view';
import { ledgerDocument, orgName, specialApplicationsDocument, statementDocument } from './document-data';
import { renderLedgerXlsx } from './ledger-xlsx';
import { renderSpecialApplicationsXlsx } from './special-applications-xlsx';
import { STATEMENT_TITLE } from './statement-document';
import { renderStatementPdf } from './statement-pdf';
import { renderStatementXlsx } from './statement-xlsx';

const monthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'YYYY-MM');
const PDF_TYPE = 'application/pdf';

/**
 * Downloads in the layout of the paper forms, within the user's scope, each written to the audit log: a statement as
 * PDF or .xlsx (with the three reviewers), the month's 《月新客户特殊费用申请汇总表》 and the ledger as .xlsx.
 */
export function expenseDocumentRoutes(deps: AppDeps) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const tags = ['expenses'];

    r.get(
      '/expense-statements/:id/document',
      {
        schema: {
          tags,
          summary: '下载《月客户采购及客情费统计表》：可打印的 PDF（含三级审核人签字和日期）或 xlsx Download the statement as a printable PDF or .xlsx',
          params: idParams,
          querystring: z.object({ format: z.enum(['pdf', 'xlsx']).default('pdf') }),
        },
      },
      async (req, reply) => {
        const actor = authorize(req, 'expenseStatement.read');
        const meta = requestMeta(req, deps);
        const view = await loadStatementView(deps.db, actor, req.params.id, shanghaiDate(meta.now));
        const doc = statementDocument(view, await orgName(deps.db, actor.orgId), meta.now);
        const { format } = req.query;
        const body = format === 'pdf' ? await renderStatementPdf(doc) : await renderStatementXlsx(doc);
        await recordAudit(deps.db, { orgId: actor.orgId, actorId: actor.userId, action: 'expense_statement.export', targetType: 'expense_statement', targetId: view.id, after: { format }, ip: meta.ip }, meta.now);
        return reply
          .type(format === 'pdf' ? PDF_TYPE : XLSX_TYPE)
          .header('content-disposition', attachment(`${STATEMENT_TITLE}-${view.month}-${view.repName}.${format}`, `expense-statement-${view.month}.${format}`))
          .header('cache-control', 'no-store')
          .send(body);
      },
    );

    r.get(
      '/expense-applications/summary/export',
      {
        schema: {
          tags,
          summary: '下载《月新客户特殊费用申请汇总表》xlsx（默认上月；可按代表或办事处）Download the month’s new-customer special expense summary (.xlsx)',
          querystring: z.object({ month: monthSchema.optional(), repId: idSchema.optional(), officeId: idSchema.optional() }),
        },
      },
      async (req, reply) => {
        const actor = authorize(req, 'expenseApplication.read');
        const meta = requestMeta(req, deps);
        const month = req.query.month ?? addMonths(`${shanghaiDate(meta.now).slice(0, 7)}-01`, -1).slice(0, 7);
        const summary = await monthSummary(deps.db, actor, month, { repId: req.query.repId, officeId: req.query.officeId });
        const scope = req.query.repId ? (summary.items[0]?.repName ?? '所选代表') : req.query.officeId ? (summary.items[0]?.officeName ?? '所选办事处') : '数据范围内全部';
        const body = await renderSpecialApplicationsXlsx(specialApplicationsDocument(summary, await orgName(deps.db, actor.orgId), scope, meta.now));
        await recordAudit(deps.db, { orgId: actor.orgId, actorId: actor.userId, action: 'expense_application.export', targetType: 'expense_application', targetId: null, after: { month, ...req.query, rows: summary.count }, ip: meta.ip }, meta.now);
        return reply
          .type(XLSX_TYPE)
          .header('content-disposition', attachment(`月新客户特殊费用申请汇总表-${month}.xlsx`, `new-customer-expenses-${month}.xlsx`))
          .header('cache-control', 'no-store')
          .send(body);
      },
    );

    r.get(
      '/expense-ledger/export',
      {
        schema: {
          tags,
          summary: '下载客户关系维护费明细账 xlsx（按科目、办事处、代表、期间和明细）Download the ledger (.xlsx)',
          querystring: ledgerQuery,
        },
      },
      async (req, reply) => {
        const actor = authorize(req, 'expenseLedger.read');
        const meta = requestMeta(req, deps);
        const period = ledgerPeriod(shanghaiDate(meta.now), req.query);
        const ledger = await loadLedger(deps.db, actor, { ...period, officeId: req.query.officeId, repId: req.query.repId });
        const scope = req.query.repId ? (ledger.byRep[0]?.repName ?? '所选代表') : req.query.officeId ? (ledger.byOffice[0]?.officeName ?? '所选办事处') : '数据范围内全部';
        const body = await renderLedgerXlsx(ledgerDocument(ledger, await orgName(deps.db, actor.orgId), scope, meta.now));
        await recordAudit(deps.db, { orgId: actor.orgId, actorId: actor.userId, action: 'expense_ledger.export', targetType: 'expense_ledger', targetId: null, after: { ...period, officeId: req.query.officeId ?? null, repId: req.query.repId ?? null }, ip: meta.ip }, meta.now);
        return reply
          .type(XLSX_TYPE)
          .header('content-disposition', attachment(`客户关系维护费明细账-${period.from}至${period.to}.xlsx`, `expense-ledger-${period.from}-${period.to}.xlsx`))
          .header('cache-control', 'no-store')
          .send(body);
      },
    );
  };
}
