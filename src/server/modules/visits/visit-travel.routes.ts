import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { authorize } from '../../http/auth';
import { idParams } from '../../http/common-schemas';
import { requestMeta, type AppDeps } from '../../http/deps';
import { loadTravelSettings, saveTravelSettings, travelSettingsView, updateTravelBody } from './visit-travel.service';

/** A rep's travel settings (出行设置): start and end point, transport, visits a day. */
export function visitTravelRoutes(deps: AppDeps) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const tags = ['visits'];
    r.get('/visit-travel/:id', { schema: { tags, summary: '销售代表的出行设置 A rep’s travel settings', params: idParams, response: { 200: travelSettingsView } } }, async (req) =>
      loadTravelSettings(deps.db, authorize(req, 'visitTravel.read'), req.params.id),
    );
    r.put(
      '/visit-travel/:id',
      {
        schema: {
          tags,
          summary: '修改出行设置（代表本人或其办事处经理；校验版本，写入审计日志）Change a rep’s travel settings (the rep or their office manager; version-checked, audited)',
          params: idParams,
          body: updateTravelBody,
          response: { 200: travelSettingsView },
        },
      },
      async (req) => saveTravelSettings(deps.db, authorize(req, 'visitTravel.manage'), req.params.id, req.body, requestMeta(req, deps)),
    );
  };
}
