import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { Database } from './db/client';
import { registerAuth } from './http/auth';
import type { AppDeps } from './http/deps';
import { registerErrorHandling } from './http/errors';
import { healthRoutes } from './http/health.routes';
import { abcRoutes } from './modules/abc/abc.routes';
import { analysisRoutes } from './modules/analysis/analysis.routes';
import { auditRoutes } from './modules/admin/audit.routes';
import { officeRoutes } from './modules/admin/offices.routes';
import { userRoutes } from './modules/admin/users.routes';
import { contactRoutes } from './modules/customers/contacts.routes';
import { customerRoutes } from './modules/customers/customers.routes';
import { customerExportRoutes } from './modules/customers/export/export.routes';
import { customerImportRoutes } from './modules/customers/import/import.routes';
import { orderImportRoutes } from './modules/sales/import/order-import.routes';
import { customerFieldRoutes } from './modules/customer-fields/customer-fields.routes';
import { homeRoutes } from './modules/home/home.routes';
import { savedViewRoutes } from './modules/saved-views/saved-views.routes';
import { orderRoutes } from './modules/sales/orders.routes';
import { productRoutes } from './modules/sales/products.routes';
import { authRoutes } from './modules/identity/auth.routes';
import { visitPlanRoutes } from './modules/visits/visit-plans.routes';
import { visitSettingsRoutes } from './modules/visits/visit-settings.routes';
import { calendarRoutes } from './modules/calendar/calendar.routes';
import { visitTravelRoutes } from './modules/visits/visit-travel.routes';
import { customerVisitRuleRoutes } from './modules/visits/customer-visit-rule.routes';
import { visitRecordRoutes } from './modules/visits/visit-record.routes';
import { complianceRoutes } from './modules/visits/compliance.routes';
import { dailyLogRoutes } from './modules/visits/daily-log.routes';
import { expenseSettingsRoutes } from './modules/expenses/expense-settings.routes';
import { statementRoutes } from './modules/expenses/statement.routes';
import { reviewRoutes } from './modules/expenses/review.routes';
import { specialApplicationRoutes } from './modules/expenses/special-application.routes';
import { createLoginThrottles } from './modules/identity/auth.service';
import { expenseDocumentRoutes } from './modules/expenses/documents/document.routes';
import { ledgerRoutes } from './modules/expenses/ledger.routes';
import { payoutRoutes } from './modules/expenses/payout.routes';
import { spotCheckRoutes } from './modules/expenses/spot-check.routes';

export interface BuildOptions {
  database: Database;
  logger?: FastifyServerOptions['logger'];
  now?: () => Date;
  sessionTtlHours?: number;
  cookieSecure?: boolean;
  /** The built SPA to serve at /; omitted or missing means API only. */
  webDir?: string;
  version?: string;
}

export const LOG_REDACT = ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'];

export async function buildApp(opts: BuildOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: opts.logger ?? false,
    trustProxy: true,
    bodyLimit: 1_048_576,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  const webDir = opts.webDir && existsSync(join(opts.webDir, 'index.html')) ? opts.webDir : null;
  registerErrorHandling(app, webDir !== null);

  const deps: AppDeps = {
    db: opts.database.db,
    dbKind: opts.database.kind,
    now: opts.now ?? (() => new Date()),
    sessionTtlHours: opts.sessionTtlHours ?? 168,
    cookieSecure: opts.cookieSecure ?? false,
    throttles: createLoginThrottles(),
  };

  await app.register(fastifyCookie);
  await app.register(fastifySwagger, {
    openapi: {
      info: { title: 'Keqing 客情 API', description: '客情 CRM 的 HTTP 接口 / The HTTP API of the Keqing CRM', version: opts.version ?? '0.1.0' },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'kq_session' } } },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });

  registerAuth(app, deps);
  await app.register(
    async (api) => {
      await api.register(healthRoutes(deps));
      await api.register(authRoutes(deps));
      await api.register(homeRoutes(deps));
      await api.register(officeRoutes(deps));
      await api.register(userRoutes(deps));
      await api.register(auditRoutes(deps));
      await api.register(customerExportRoutes(deps));
      await api.register(customerRoutes(deps));
      await api.register(customerImportRoutes(deps));
      await api.register(contactRoutes(deps));
      await api.register(customerFieldRoutes(deps));
      await api.register(savedViewRoutes(deps));
      await api.register(productRoutes(deps));
      await api.register(orderRoutes(deps));
      await api.register(orderImportRoutes(deps));
      await api.register(abcRoutes(deps));
      await api.register(analysisRoutes(deps));
      await api.register(visitSettingsRoutes(deps));
      await api.register(visitPlanRoutes(deps));
      await api.register(calendarRoutes(deps));
      await api.register(visitTravelRoutes(deps));
      await api.register(customerVisitRuleRoutes(deps));
      await api.register(visitRecordRoutes(deps));
      await api.register(complianceRoutes(deps));
      await api.register(dailyLogRoutes(deps));
      await api.register(expenseSettingsRoutes(deps));
      await api.register(statementRoutes(deps));
      await api.register(reviewRoutes(deps));
      await api.register(specialApplicationRoutes(deps));
      await api.register(payoutRoutes(deps));
      await api.register(spotCheckRoutes(deps));
      await api.register(ledgerRoutes(deps));
      await api.register(expenseDocumentRoutes(deps));
    },
    { prefix: '/api' },
  );

  if (webDir) await app.register(fastifyStatic, { root: webDir, wildcard: false, index: ['index.html'] });
  const timer = setInterval(() => deps.throttles.account.sweep(Date.now()), 10 * 60_000);
  timer.unref();
  app.addHook('onClose', async () => clearInterval(timer));
  return app;
}
