import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idSchema } from '../../../domain/identity/schemas';
import { authorize } from '../../http/auth';
import { idParams, okResponse } from '../../http/common-schemas';
import { requestMeta, type AppDeps } from '../../http/deps';
import { contactView } from './customers.presenter';
import { saveContact } from './contacts.service';

const contactParams = z.object({ id: idSchema, contactId: idSchema });
/** Fields are checked whole (merged onto the stored person) by the service. */
const contactBody = z.record(z.string(), z.unknown());
const contactPatch = z.object({ version: z.number().int().min(1) }).catchall(z.unknown());

export function contactRoutes(deps: AppDeps) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const tags = ['customers'];

    r.post('/customers/:id/contacts', { schema: { tags, summary: '新增关键联系人 Add a key person', params: idParams, body: contactBody, response: { 201: contactView } } }, async (req, reply) => {
      const saved = await saveContact(deps.db, authorize(req, 'customer.update'), req.params.id, null, { fields: req.body }, requestMeta(req, deps));
      return reply.code(201).send(saved!);
    });

    r.patch('/customers/:id/contacts/:contactId', { schema: { tags, summary: '修改关键联系人 Update a key person', params: contactParams, body: contactPatch, response: { 200: contactView } } }, async (req) => {
      const { version, ...fields } = req.body;
      return (await saveContact(deps.db, authorize(req, 'customer.update'), req.params.id, req.params.contactId, { version, fields }, requestMeta(req, deps)))!;
    });

    r.delete('/customers/:id/contacts/:contactId', { schema: { tags, summary: '删除关键联系人 Remove a key person', params: contactParams, response: { 200: okResponse } } }, async (req) => {
      await saveContact(deps.db, authorize(req, 'customer.update'), req.params.id, req.params.contactId, null, requestMeta(req, deps));
      return { ok: true as const };
    });
  };
}
