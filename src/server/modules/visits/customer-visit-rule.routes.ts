import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { authorize } from '../../http/auth';
import { idParams } from '../../http/common-schemas';
import { requestMeta, type AppDeps } from '../../http/deps';
import { customerVisitRuleView, loadCustomerRule, saveCustomerRule, updateCustomerRuleBody } from './customer-visit-rule.service';

/** One customer's own visit rule (visits a month, phone allowed) over its grade's and type's. */
export function customerVisitRuleRoutes(deps: AppDeps) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const tags = ['visits'];
    r.get('/customers/:id/visit-rule', { schema: { tags, summary: '客户的拜访规则：本客户的例外与实际适用的规则 A customer’s visit rule', params: idParams, response: { 200: customerVisitRuleView } } }, async (req) =>
      loadCustomerRule(deps.db, authorize(req, 'customer.read'), req.params.id),
    );
    r.put(
      '/customers/:id/visit-rule',
      {
        schema: {
          tags,
          summary: '设置客户的拜访规则例外（办事处经理：本办事处客户；销售部经理、系统管理员：全部；校验版本，写入审计日志）Set a customer’s own visit rule (version-checked, audited)',
          params: idParams,
          body: updateCustomerRuleBody,
          response: { 200: customerVisitRuleView },
        },
      },
      async (req) => saveCustomerRule(deps.db, authorize(req, 'customerVisitRule.manage'), req.params.id, req.body, requestMeta(req, deps)),
    );
  };
}
