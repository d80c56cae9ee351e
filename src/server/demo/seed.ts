import { eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { offices, orgs, users } from '../db/schema';
import { seedCustomerTypes } from '../modules/customers/customer-types';
import { hashPassword } from '../modules/identity/passwords';
import { seedDemoCustomFields } from './custom-fields';
import { generateDemoCustomers } from './customers/generate';
import { insertDemoCustomers } from './customers/insert';
import { DEMO_OFFICES, DEMO_ORG, DEMO_PASSWORD, DEMO_USERS } from './demo-org';
import { insertDemoSales } from './sales/insert';
import { seedDemoExpenses } from './expenses';
import { shanghaiDate } from '../jobs/shanghai-date';

export interface SeedResult {
  created: boolean;
  orgId: string;
}

/** Creates the demo organisation unless it is already there. All or nothing. Demo sales run up to `today` (Asia/Shanghai). */
export interface SeedOptions {
  /** Two years of orders and collections (default); without, only the product catalogue — for tests that bring their own. */
  salesHistory?: boolean;
}

export async function seedDemo(
  db: Db,
  log: (line: string) => void = () => {},
  today: string = shanghaiDate(new Date()),
  options: SeedOptions = {},
): Promise<SeedResult> {
  const [existing] = await db.select({ id: orgs.id }).from(orgs).where(eq(orgs.code, DEMO_ORG.code));
  if (existing) return { created: false, orgId: existing.id };
  log(`正在创建演示企业 ${DEMO_ORG.name} … / creating the demo organisation …`);
  const hashing = Promise.all(DEMO_USERS.map(() => hashPassword(DEMO_PASSWORD)));
  const demoCustomers = generateDemoCustomers(); // pure and deterministic; runs while the passwords hash
  const hashes = await hashing;
  const { orgId, counts, sales, expenses } = await db.transaction(async (tx) => {
    const [org] = await tx.insert(orgs).values(DEMO_ORG).returning({ id: orgs.id });
    const orgId = org!.id;
    await seedCustomerTypes(tx as Db, orgId);
    const officeIds = new Map<string, string>();
    for (const o of DEMO_OFFICES) {
      const [row] = await tx
        .insert(offices)
        .values({ orgId, name: o.name, regionCode: o.regionCode, address: o.address })
        .returning({ id: offices.id });
      officeIds.set(o.key, row!.id);
    }
    const userRows = await tx.insert(users).values(
      DEMO_USERS.map((u, i) => ({
        orgId,
        username: u.username,
        displayName: u.displayName,
        role: u.role,
        officeId: u.office ? officeIds.get(u.office)! : null,
        phone: u.phone,
        passwordHash: hashes[i]!,
      })),
    ).returning({ id: users.id, username: users.username });
    const userIds = new Map(userRows.map((u) => [u.username, u.id]));
    const counts = await insertDemoCustomers(tx as Db, orgId, demoCustomers, { officeIds, userIds });
    await seedDemoCustomFields(tx as Db, orgId);
    const sales = await insertDemoSales(tx as Db, orgId, today, options.salesHistory ?? true);
    const expenses = options.salesHistory === false ? null : await seedDemoExpenses(tx as Db, orgId, today);
    return { orgId, counts, sales, expenses };
  });
  log(`演示企业已创建：${DEMO_OFFICES.length} 个办事处，${DEMO_USERS.length} 个账号 / demo organisation created`);
  log(`演示客户：${counts.customers} 家，关键人 ${counts.contacts} 位 / demo customers: ${counts.customers}, key people: ${counts.contacts}`);
  log(`演示销售：${sales.products} 个产品，两年 ${sales.orders} 张订单（${sales.lines} 行），${sales.collections} 笔回款 / demo sales: ${sales.products} products, ${sales.orders} orders (${sales.lines} lines), ${sales.collections} collections over two years`);
  if (expenses) log(`演示客情费：上月统计表 ${expenses.statements} 张，新客户特殊费用申请 ${expenses.applications} 份 / demo expenses: ${expenses.statements} statements of last month, ${expenses.applications} special applications`);
  return { created: true, orgId };
}

/** The lines that tell a new user how to sign in to the demo. */
export function demoLoginLines(): string[] {
  const lines = [`企业代码 Organisation code: ${DEMO_ORG.code}    密码 Password (all accounts): ${DEMO_PASSWORD}`];
  for (const u of DEMO_USERS.filter((x, i, all) => all.findIndex((y) => y.role === x.role) === i)) {
    lines.push(`  ${u.username.padEnd(10)} ${u.displayName}  (${u.role})`);
  }
  lines.push(`  … 以及其他 ${DEMO_USERS.length - 6} 位销售代表/经理，见 README / and the other reps and managers, see README`);
  return lines;
}
