import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idSchema } from '../../../domain/identity/schemas';
import { authorize } from '../../http/auth';
import { idParams } from '../../http/common-schemas';
import { requestMeta, type AppDeps } from '../../http/deps';
import { shanghaiDate } from '../../jobs/shanghai-date';
import { drawView, payoutPositionView, presentDraw } from './payout.presenter';
import { listDraws } from './payout.queries';
import { drawBody, payoutPositionOf, recordDraw, settleBody, settleDraw } from './payout.service';

const monthParam = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'YYYY-MM');

/** Cash drawn against approved statements (借支兑付) and its settlement (核销), recorded by finance. */
export function payoutRoutes(deps: AppDeps) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const tags = ['expenses'];

    r.get(
      '/expense-payouts/position',
      {
        schema: {
          tags,
          summary: '代表的借支情况：限额、未核销、可借金额、各已审核统计表可兑付金额 A rep’s payout position (limit, outstanding, headroom, per statement)',
          querystring: z.object({ repId: idSchema.optional() }),
          response: { 200: payoutPositionView },
        },
      },
      async (req) => {
        const actor = authorize(req, 'expensePayout.read');
        return payoutPositionOf(deps.db, actor, req.query.repId ?? actor.userId, shanghaiDate(deps.now()));
      },
    );

    r.get(
      '/expense-payouts',
      {
        schema: {
          tags,
          summary: '借支兑付记录（按数据范围；可按统计月份、代表、办事处筛选）Cash draws within scope',
          querystring: z.object({ month: monthParam.optional(), repId: idSchema.optional(), officeId: idSchema.optional() }),
          response: { 200: z.object({ items: z.array(drawView) }) },
        },
      },
      async (req) => {
        const actor = authorize(req, 'expensePayout.read');
        const rows = await listDraws(deps.db, actor, { ...req.query, month: req.query.month ? `${req.query.month}-01` : undefined });
        return { items: rows.map(presentDraw) };
      },
    );

    r.post(
      '/expense-statements/:id/payouts',
      {
        schema: {
          tags,
          summary: '财务登记代表借支兑付（第 9 个工作日起；不超过借支限额和统计表未兑付金额；同一张表不能重复兑付）Record a cash draw against an approved statement',
          params: idParams,
          body: drawBody,
          response: { 201: drawView },
        },
      },
      async (req, reply) => {
        const actor = authorize(req, 'expensePayout.record');
        return reply.code(201).send(await recordDraw(deps.db, actor, req.params.id, req.body, requestMeta(req, deps)));
      },
    );

    r.post(
      '/expense-payouts/:id/settle',
      {
        schema: {
          tags,
          summary: '财务登记核销：已付客户的票据金额和交回现金（累计数，合计不超过借支金额）Record a draw’s settlement',
          params: idParams,
          body: settleBody,
          response: { 200: drawView },
        },
      },
      async (req) => settleDraw(deps.db, authorize(req, 'expensePayout.record'), req.params.id, req.body, requestMeta(req, deps)),
    );
  };
}
