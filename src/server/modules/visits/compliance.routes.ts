import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { authorize } from '../../http/auth';
import type { AppDeps } from '../../http/deps';
import { complianceView } from './compliance.presenter';
import { complianceQuery, loadCompliance } from './compliance.service';

/** Plan against actual (拜访达成, issue 5 point 6): per rep, per office and in total, with the overdue customers. */
export function complianceRoutes(deps: AppDeps) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    r.get(
      '/visit-compliance',
      {
        schema: {
          tags: ['visits'],
          summary: '拜访达成：按代表（及办事处合计）的计划与实际、频次达标、A 类首周拜访、异常签到与逾期客户 Plan against actual per rep (and office totals): done by grade, frequency met, A first week, flagged check-ins, overdue customers',
          querystring: complianceQuery,
          response: { 200: complianceView },
        },
      },
      async (req) => loadCompliance(deps.db, authorize(req, 'visitCompliance.read'), req.query, deps.now()),
    );
  };
}
