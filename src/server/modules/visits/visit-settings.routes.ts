import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { authorize } from '../../http/auth';
import { requestMeta, type AppDeps } from '../../http/deps';
import { loadVisitSettings, updateVisitSettings, updateVisitSettingsBody, visitSettingsView } from './visit-settings.service';

/** Visit frequencies by grade and customer type, and the plan settings, per organisation. */
export function visitSettingsRoutes(deps: AppDeps) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const tags = ['visits'];
    r.get('/settings/visit-rules', { schema: { tags, summary: '拜访规则与计划设置 Visit rules and plan settings', response: { 200: visitSettingsView } } }, async (req) =>
      loadVisitSettings(deps.db, authorize(req, 'visitRules.read').orgId),
    );
    r.put(
      '/settings/visit-rules',
      { schema: { tags, summary: '修改拜访规则（校验版本，写入审计日志）Change the visit rules (version-checked, audited)', body: updateVisitSettingsBody, response: { 200: visitSettingsView } } },
      async (req) => updateVisitSettings(deps.db, authorize(req, 'visitRules.manage'), req.body, requestMeta(req, deps)),
    );
  };
}
