import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { authorize } from '../../http/auth';
import { idParams } from '../../http/common-schemas';
import { requestMeta, type AppDeps } from '../../http/deps';
import { confirmBody, confirmSpotCheckItem, loadSpotCheck, runSpotCheck, spotCheckView } from './spot-check.service';

/** The sales manager's spot check of an approved statement: a recorded, replayable draw and each customer's confirmation. */
export function spotCheckRoutes(deps: AppDeps) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const tags = ['expenses'];

    r.get(
      '/expense-statements/:id/spot-check',
      { schema: { tags, summary: '统计表的抽查：抽中的客户、随机种子（可复现）和核实结果 The statement’s spot check', params: idParams, response: { 200: z.object({ spotCheck: spotCheckView.nullable() }) } } },
      async (req) => ({ spotCheck: await loadSpotCheck(deps.db, authorize(req, 'expenseSpotCheck.read'), req.params.id) }),
    );

    r.post(
      '/expense-statements/:id/spot-check',
      {
        schema: {
          tags,
          summary: '销售部经理抽查：按设置的家数随机抽取已兑付客户，记录随机种子（每张统计表只抽一次）Draw the spot check (once per statement; the seed is stored)',
          params: idParams,
          response: { 201: spotCheckView },
        },
      },
      async (req, reply) => reply.code(201).send(await runSpotCheck(deps.db, authorize(req, 'expenseSpotCheck.run'), req.params.id, requestMeta(req, deps))),
    );

    r.patch(
      '/expense-statements/:id/spot-check',
      {
        schema: {
          tags,
          summary: '登记抽查客户的核实结果（确认或不符，不符须说明）Record a drawn customer’s confirmation',
          params: idParams,
          body: confirmBody,
          response: { 200: spotCheckView },
        },
      },
      async (req) => confirmSpotCheckItem(deps.db, authorize(req, 'expenseSpotCheck.run'), req.params.id, req.body, requestMeta(req, deps)),
    );
  };
}
