import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { can } from '../../../domain/identity/policies';
import { idSchema } from '../../../domain/identity/schemas';
import { both } from '../../../domain/shared/bilingual-issue';
import { actorOf, authorize } from '../../http/auth';
import { idParams } from '../../http/common-schemas';
import { requestMeta, type AppDeps } from '../../http/deps';
import { AppError } from '../../http/errors';
import { editPlan, editPlanBody } from './plan-editing.service';
import { generatePlan } from './plan-generation.service';
import { approvePlanBody, breachView, returnPlanBody, reviewStep, submitPlanBody } from './plan-review.service';
import { listRevisions, reopenPlan, reopenPlanBody, revisionView } from './plan-revisions.service';
import { loadPlanView } from './plan-view';
import { planSummaryView, planView, presentSummary } from './visit-plans.presenter';
import { listPlans } from './visit-plans.queries';

const monthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, both('月份格式应为 YYYY-MM，如 2026-12', 'must be a month as YYYY-MM, e.g. 2026-12'));
const bilingualList = z.array(z.object({ message: z.string(), message_en: z.string() }));
const toMessages = (list: { zh: string; en: string }[]) => list.map((w) => ({ message: w.zh, message_en: w.en }));

/** Monthly visit plans (DOMAIN §3): generate, read, adjust, submit, approve or return. */
export function visitPlanRoutes(deps: AppDeps) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const tags = ['visits'];
    const planOrNotFound = async (actor: Parameters<typeof loadPlanView>[1], id: string) => {
      const plan = await loadPlanView(deps.db, actor, id);
      if (!plan) throw new AppError('NOT_FOUND');
      return plan;
    };

    r.post(
      '/visit-plans/generate',
      {
        schema: {
          tags,
          summary: '生成月度拜访计划草稿（代表本人，或办事处经理为本办事处代表）Generate a monthly plan draft (a rep for themself, an office manager for a rep of the office)',
          body: z.object({ month: monthSchema, repId: idSchema.optional() }),
          response: { 200: planView },
        },
      },
      async (req) => generatePlan(deps.db, authorize(req, 'visitPlan.generate'), req.body, requestMeta(req, deps)),
    );

    r.get(
      '/visit-plans',
      { schema: { tags, summary: '拜访计划列表（按数据范围）Visit plans in scope', querystring: z.object({ month: monthSchema.optional(), repId: idSchema.optional() }), response: { 200: z.object({ items: z.array(planSummaryView) }) } } },
      async (req) => {
        const actor = authorize(req, 'visitPlan.read');
        const rows = await listPlans(deps.db, actor, { month: req.query.month ? `${req.query.month}-01` : undefined, repId: req.query.repId });
        return { items: rows.map(presentSummary) };
      },
    );

    r.get('/visit-plans/:id', { schema: { tags, summary: '拜访计划详情：每天的客户与路线 A plan: each day’s customers and route', params: idParams, response: { 200: planView } } }, async (req) =>
      planOrNotFound(authorize(req, 'visitPlan.read'), req.params.id),
    );

    r.patch(
      '/visit-plans/:id/items',
      {
        schema: {
          tags,
          summary: '调整计划：移动、增加、删除（代表本人：草稿或已退回；办事处经理：审批前的已提交计划）Adjust a plan: move, add, remove (its rep: draft or returned; the office manager: submitted, before review)',
          params: idParams,
          body: editPlanBody,
          response: { 200: planView.extend({ warnings: bilingualList }) },
        },
      },
      async (req) => {
        // The rep edits; the office manager who reviews the plan may adjust it (the service checks status and scope).
        const actor = actorOf(req);
        if (!can(actor, 'visitPlan.edit') && !can(actor, 'visitPlan.review')) throw new AppError('FORBIDDEN');
        const { warnings } = await editPlan(deps.db, actor, req.params.id, req.body, requestMeta(req, deps));
        return { ...(await planOrNotFound(actor, req.params.id)), warnings: toMessages(warnings) };
      },
    );

    r.post(
      '/visit-plans/:id/submit',
      { schema: { tags, summary: '提交计划供审核（不符合规则时列出问题）Submit a plan for review (rule breaches listed when refused)', params: idParams, body: submitPlanBody, response: { 200: planView.extend({ warnings: z.array(breachView) }) } } },
      async (req) => {
        const actor = authorize(req, 'visitPlan.edit');
        const { warnings } = await reviewStep(deps.db, actor, req.params.id, 'submit', req.body, requestMeta(req, deps));
        return { ...(await planOrNotFound(actor, req.params.id)), warnings };
      },
    );

    r.post(
      '/visit-plans/:id/approve',
      { schema: { tags, summary: '批准计划（代表所在办事处的经理）Approve a plan (the rep’s office manager)', params: idParams, body: approvePlanBody, response: { 200: planView } } },
      async (req) => {
        const actor = authorize(req, 'visitPlan.review');
        await reviewStep(deps.db, actor, req.params.id, 'approve', req.body, requestMeta(req, deps));
        return planOrNotFound(actor, req.params.id);
      },
    );

    r.post(
      '/visit-plans/:id/return',
      { schema: { tags, summary: '退回计划并填写意见（代表所在办事处的经理）Return a plan with a comment (the rep’s office manager)', params: idParams, body: returnPlanBody, response: { 200: planView } } },
      async (req) => {
        const actor = authorize(req, 'visitPlan.review');
        await reviewStep(deps.db, actor, req.params.id, 'return', req.body, requestMeta(req, deps));
        return planOrNotFound(actor, req.params.id);
      },
    );

    r.post(
      '/visit-plans/:id/reopen',
      { schema: { tags, summary: '修订已批准的计划（代表本人，当月结束前，写明原因；批准后成为新的版本）Reopen an approved plan for revision (its rep, before the month ends, with a reason; approved again it is the next version)', params: idParams, body: reopenPlanBody, response: { 200: planView } } },
      async (req) => {
        const actor = authorize(req, 'visitPlan.edit');
        await reopenPlan(deps.db, actor, req.params.id, req.body, requestMeta(req, deps));
        return planOrNotFound(actor, req.params.id);
      },
    );

    r.get(
      '/visit-plans/:id/revisions',
      { schema: { tags, summary: '计划的各个已批准版本（最新在前）The approved versions of a plan, newest first', params: idParams, response: { 200: z.object({ items: z.array(revisionView) }) } } },
      async (req) => ({ items: await listRevisions(deps.db, authorize(req, 'visitPlan.read'), req.params.id) }),
    );
  };
}
