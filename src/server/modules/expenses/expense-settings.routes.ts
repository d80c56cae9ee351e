import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { authorize } from '../../http/auth';
import { requestMeta, type AppDeps } from '../../http/deps';
import { expenseSettingsView, loadExpenseSettings, updateExpenseSettings, updateExpenseSettingsBody } from './expense-settings.service';

/** The organisation's 客情费 rules (DOMAIN §6): usages, payout rules, borrowing limit, spot-check size, deadlines. */
export function expenseSettingsRoutes(deps: AppDeps) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const tags = ['expenses'];
    r.get('/settings/expenses', { schema: { tags, summary: '客情费规则 Expense rules', response: { 200: expenseSettingsView } } }, async (req) =>
      loadExpenseSettings(deps.db, authorize(req, 'expenseSettings.read').orgId),
    );
    r.put(
      '/settings/expenses',
      { schema: { tags, summary: '修改客情费规则（校验版本，写入审计日志）Change the expense rules (version-checked, audited)', body: updateExpenseSettingsBody, response: { 200: expenseSettingsView } } },
      async (req) => updateExpenseSettings(deps.db, authorize(req, 'expenseSettings.manage'), req.body, requestMeta(req, deps)),
    );
  };
}
