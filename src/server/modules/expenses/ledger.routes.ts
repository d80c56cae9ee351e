import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { authorize } from '../../http/auth';
import type { AppDeps } from '../../http/deps';
import { shanghaiDate } from '../../jobs/shanghai-date';
import { ledgerPeriod, ledgerQuery, ledgerView, loadLedger } from './ledger.service';

/** The 客户关系维护费——<品种> accounts: balances by period, office, rep and account (the .xlsx is in documents/). */
export function ledgerRoutes(deps: AppDeps) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    r.get(
      '/expense-ledger',
      {
        schema: {
          tags: ['expenses'],
          summary: '客户关系维护费明细账：按科目（品种）、办事处、代表、期间的计提、兑付和余额（默认本年 1 月至上月）The expense ledger',
          querystring: ledgerQuery,
          response: { 200: ledgerView },
        },
      },
      async (req) => {
        const actor = authorize(req, 'expenseLedger.read');
        const period = ledgerPeriod(shanghaiDate(deps.now()), req.query);
        return loadLedger(deps.db, actor, { ...period, officeId: req.query.officeId, repId: req.query.repId });
      },
    );
  };
}
