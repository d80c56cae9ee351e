import type { Db } from '../../src/server/db/client';
import { customerContacts, customers, offices, orgs, users } from '../../src/server/db/schema';
import { seedCustomerTypes } from '../../src/server/modules/customers/customer-types';
import { hashPassword } from '../../src/server/modules/identity/passwords';

export const OTHER_ORG = { code: 'qita', name: '其他医药公司', password: 'other2026x' };

/** A second organisation with one office, an administrator and a rep, to prove tenants never mix. */
export async function seedSecondOrg(db: Db) {
  const [org] = await db.insert(orgs).values({ code: OTHER_ORG.code, name: OTHER_ORG.name }).returning({ id: orgs.id });
  const orgId = org!.id;
  const [office] = await db.insert(offices).values({ orgId, name: '武汉办事处' }).returning({ id: offices.id });
  const passwordHash = await hashPassword(OTHER_ORG.password);
  const rows = await db
    .insert(users)
    .values([
      { orgId, username: 'admin', displayName: '外部管理员', role: 'admin' as const, passwordHash },
      { orgId, username: 'waibu', displayName: '外部代表', role: 'rep' as const, officeId: office!.id, passwordHash },
    ])
    .returning({ id: users.id, username: users.username });
  await seedCustomerTypes(db, orgId);
  const [customer] = await db
    .insert(customers)
    .values({ orgId, name: '外部诊所', nameKey: '外部诊所', searchText: '外部诊所 waibuzhensuo', typeCode: 'private_clinic', officeId: office!.id, ownerId: rows[1]!.id, status: 'active' })
    .returning({ id: customers.id });
  const [contact] = await db.insert(customerContacts).values({ orgId, customerId: customer!.id, name: '外部医生', roles: ['purchaser'] }).returning({ id: customerContacts.id });
  return { orgId, officeId: office!.id, adminId: rows[0]!.id, repId: rows[1]!.id, customerId: customer!.id, contactId: contact!.id };
}
