import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { customerSearchText } from '../../src/domain/customers/search-text';
import { queryRows } from '../../src/server/cli/query';
import type { Database } from '../../src/server/db/client';
import { generateDemoCustomers } from '../../src/server/demo/customers/generate';
import { DEMO_OFFICES } from '../../src/server/demo/demo-org';
import { seedDemo } from '../../src/server/demo/seed';
import { freshDatabase } from '../helpers/database';

let database: Database;
let orgId: string;
const lines: string[] = [];
const demo = generateDemoCustomers();

beforeAll(async () => {
  database = await freshDatabase();
  ({ orgId } = await seedDemo(database.db, (line) => lines.push(line)));
});

afterAll(async () => {
  await database.close();
});

const count = async (table: string) =>
  (await queryRows<{ n: number }>(database.db, sql`select count(*)::int as n from ${sql.identifier(table)} where org_id = ${orgId}`))[0]!.n;

describe('seedDemo with the demo customers', () => {
  it('stores every generated customer and key person in the demo organisation, and says how many', async () => {
    const people = demo.reduce((n, c) => n + c.contacts.length, 0);
    expect(await count('customers')).toBe(demo.length);
    expect(await count('customer_contacts')).toBe(people);
    expect(lines).toContain(`演示客户：${demo.length} 家，关键人 ${people} 位 / demo customers: ${demo.length}, key people: ${people}`);
    const [orphans] = await queryRows<{ n: number }>(
      database.db,
      sql`select count(*)::int as n from customers c where not exists (select 1 from customer_contacts k where k.org_id = c.org_id and k.customer_id = c.id)`,
    );
    expect(orphans!.n).toBe(0);
  });

  it('places each customer in its office, owned by a rep of that office or in its pool', async () => {
    const rows = await queryRows<{ office: string; owner: string | null; role: string | null; owner_office: string | null; region: string }>(
      database.db,
      sql`select o.name as office, u.username as owner, u.role, u.office_id = c.office_id as owner_office, c.region_code as region
          from customers c join offices o on o.org_id = c.org_id and o.id = c.office_id
          left join users u on u.org_id = c.org_id and u.id = c.owner_id
          where c.org_id = ${orgId}`,
    );
    for (const o of DEMO_OFFICES) {
      const mine = rows.filter((r) => r.office === o.name);
      expect(mine).toHaveLength(demo.filter((c) => c.office === o.key).length);
      expect(mine.every((r) => r.region.slice(0, 4) === o.regionCode.slice(0, 4))).toBe(true);
    }
    expect(rows.filter((r) => r.owner !== null).every((r) => r.role === 'rep' && r.owner_office)).toBe(true);
    expect(rows.filter((r) => r.owner === null)).toHaveLength(demo.filter((c) => c.owner === null).length);
  });

  it('keeps the search text the service would compute', async () => {
    const rows = await queryRows<{ name: string; phones: string[]; credit_code: string | null; search_text: string }>(
      database.db,
      sql`select name, phones, credit_code, search_text from customers where org_id = ${orgId} order by name limit 60`,
    );
    expect(rows).toHaveLength(60);
    for (const r of rows) expect(r.search_text).toBe(customerSearchText({ name: r.name, phones: r.phones, creditCode: r.credit_code }));
  });

  it('does nothing the second time', async () => {
    const before = { customers: await count('customers'), contacts: await count('customer_contacts') };
    const again = await seedDemo(database.db);
    expect(again).toEqual({ created: false, orgId });
    expect({ customers: await count('customers'), contacts: await count('customer_contacts') }).toEqual(before);
  });
});
