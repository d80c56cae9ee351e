import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { authorize } from '../../http/auth';
import { idParams } from '../../http/common-schemas';
import { requestMeta, type AppDeps } from '../../http/deps';
import { shanghaiDate } from '../../jobs/shanghai-date';
import { inboxView, waitingFor } from './review-inbox.service';
import { returnStatementBody, reviewStatement, reviewStepBody } from './review.service';
import { loadStatementView, statementView } from './statement-view';

/** The review of a statement: submit (its rep), then clerk → sales manager → finance approve or return; and what waits for me. */
export function reviewRoutes(deps: AppDeps) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const tags = ['expenses'];
    const today = () => shanghaiDate(deps.now());

    r.get(
      '/expense-statements/waiting',
      { schema: { tags, summary: '待我处理：要报送或审核的统计表（截止日、是否逾期），销售部经理另有待审批的新客户特殊费用申请 What waits for me', response: { 200: inboxView } } },
      async (req) => waitingFor(deps.db, authorize(req, 'expenseStatement.read'), today()),
    );

    const steps = [
      { step: 'submit', action: 'expenseStatement.submit', body: reviewStepBody, summary: '报送统计表（代表本人；逾期可报送，但标记为逾期）Submit a statement (its rep; late is allowed and marked)' },
      { step: 'approve', action: 'expenseStatement.review', body: reviewStepBody, summary: '审核签字（按 文员 → 销售部经理 → 财务 的顺序）Sign the review (clerk → sales manager → finance, in order)' },
      { step: 'return', action: 'expenseStatement.review', body: returnStatementBody, summary: '退回统计表并写明原因（退回后清除全部签字，代表修改后重新报送）Return a statement with a comment (signatures cleared; the rep resubmits)' },
    ] as const;
    for (const { step, action, body, summary } of steps) {
      r.post(`/expense-statements/:id/${step}`, { schema: { tags, summary, params: idParams, body, response: { 200: statementView } } }, async (req) => {
        const actor = authorize(req, action);
        await reviewStatement(deps.db, actor, req.params.id, step, req.body, requestMeta(req, deps));
        return loadStatementView(deps.db, actor, req.params.id, today());
      });
    }
  };
}
