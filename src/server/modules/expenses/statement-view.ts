import { z } from 'zod';
import type { IsoDate } from '../../../domain/calendar/dates';
import type { Actor } from '../../../domain/identity/policies';
import type { Db } from '../../db/client';
import { applicationSummaryView } from './special-application.presenter';
import { monthSummary } from './special-application.service';
import {
  presentReviewEvent,
  presentStatementRow,
  presentStatementSummary,
  reviewEventView,
  signerIds,
  statementRowView,
  statementSummaryView,
  type StatementSummaryView,
} from './statement.presenter';
import { productStandards, reviewEventsOf, statementRowsOf, userNames, type StatementListRow } from './statement.queries';
import { findStatementInScope } from './statement-store';

export const statementView = statementSummaryView.extend({
  rules: z.object({ payOnlyAfterCollection: z.boolean(), payoutFollowsCollectionRate: z.boolean() }),
  rows: z.array(statementRowView),
  events: z.array(reviewEventView),
  /** 《月新客户特殊费用申请汇总表》 of the rep for the statement month, filed beside the statement. */
  specialApplications: applicationSummaryView,
});
export type StatementView = z.infer<typeof statementView>;

/** Summaries of listed statements, with the signers' names looked up once. */
export async function presentSummaries(db: Db, orgId: string, rows: readonly StatementListRow[], today: IsoDate): Promise<StatementSummaryView[]> {
  const names = await userNames(db, orgId, rows.flatMap((r) => signerIds(r.statement)));
  return rows.map((r) => presentStatementSummary(r, names, today));
}

/** The whole statement as the API shows it, when it is in the actor's scope (404 otherwise). */
export async function loadStatementView(db: Db, actor: Actor, id: string, today: IsoDate): Promise<StatementView> {
  const found = await findStatementInScope(db, actor, id);
  const s = found.statement;
  const [rows, events, products] = [await statementRowsOf(db, actor.orgId, id), await reviewEventsOf(db, actor.orgId, id), await productStandards(db, actor.orgId)];
  const names = await userNames(db, actor.orgId, [...signerIds(s), ...events.flatMap((e) => (e.actorId ? [e.actorId] : []))]);
  const productNames = new Map(products.map((p) => [p.productId, p.name]));
  return {
    ...presentStatementSummary(found, names, today),
    rules: s.rules as StatementView['rules'],
    rows: rows.map((r) => presentStatementRow(r, productNames)),
    events: events.map((e) => presentReviewEvent(e, names)),
    specialApplications: await monthSummary(db, actor, s.month.slice(0, 7), { repId: s.repId }),
  };
}
