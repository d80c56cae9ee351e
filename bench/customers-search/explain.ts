/** `--explain`: the plan PostgreSQL (or PGlite) chooses for each case and role, with actual times (EXPLAIN ANALYZE). */
import type { SqlTarget } from './bare-sql';
import { listQueryOf, ROLES, type SearchCase } from './cases';
import { actorOf } from './measure';

export async function explainCases(sql: SqlTarget, orgCode: string, cases: SearchCase[], roles = ROLES): Promise<string> {
  const out: string[] = [];
  for (const role of roles) {
    const actor = await actorOf(sql, orgCode, role.username);
    for (const c of cases.filter((x) => x.page === 1)) {
      const plans = await sql.replay(await sql.capture(actor, listQueryOf(c)), true);
      out.push(`--- ${c.label} as ${role.label}`, ...plans.flatMap((plan, i) => [`-- query ${i + 1} of ${plans.length}`, plan]), '');
    }
  }
  return out.join('\n');
}
