import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorOf } from '../../http/auth';
import type { AppDeps } from '../../http/deps';
import { homeFor, homeView } from './home.service';

export function homeRoutes(deps: AppDeps) {
  return async (app: FastifyInstance) => {
    app.withTypeProvider<ZodTypeProvider>().get(
      '/home',
      { schema: { tags: ['home'], summary: '按角色的首页数据 Home page for the role', response: { 200: homeView } } },
      async (req) => homeFor(deps.db, actorOf(req)),
    );
  };
}
