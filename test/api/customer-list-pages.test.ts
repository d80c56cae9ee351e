import { and, asc, eq, isNull, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../src/domain/identity/policies';
import type { Database } from '../../src/server/db/client';
import { customers } from '../../src/server/db/schema';
import { seedDemo } from '../../src/server/demo/seed';
import { listCustomers, type CustomerListQuery } from '../../src/server/modules/customers/customers.queries';
import type { PageLimits } from '../../src/server/modules/customers/list-pages.queries';
import { regionMergedIds } from '../../src/server/modules/customers/list-region-merge.queries';
import { freshDatabase } from '../helpers/database';
import { demoOrgId, userByName } from '../helpers/lookup';

/**
 * A page is read by a probe walk of PROBE_LIMIT rows, then either by walking at most WALK_LIMIT rows in list order and
 * then (when that holds less than a page) through the filters' indexes, or through the filters' indexes at once,
 * sorting at most SORT_LIMIT rows and then (when they find that many) walking on — the planner's estimates choose
 * (list-pages.queries.ts).
 * With small limits the later steps run on nearly every page; the pages must be exactly those of a walk long enough
 * never to stop, for every kind of filter, scope and order.
 */
let database: Database;
const actors: Record<string, Actor> = {};
const NEVER_STOPS = 1_000_000_000;

beforeAll(async () => {
  database = await freshDatabase();
  await seedDemo(database.db);
  const orgId = await demoOrgId(database.db);
  for (const username of ['zhaogang', 'zhouqiang', 'zhangwei']) {
    const u = await userByName(database.db, orgId, username);
    actors[username] = { orgId, userId: u.id, role: u.role, officeId: u.officeId };
  }
});
afterAll(() => database.close());

/** The ids of every page (at most `maxPages`), following nextCursor. */
async function pages(actor: Actor, q: Partial<CustomerListQuery>, limits: PageLimits, maxPages = 12): Promise<string[][]> {
  const out: string[][] = [];
  let cursor: string | undefined;
  do {
    const page = await listCustomers(database.db, actor, { sort: 'name', limit: 25, ...q, cursor }, limits);
    out.push(page.items.map((c) => c.id));
    cursor = page.nextCursor ?? undefined;
  } while (cursor && out.length < maxPages);
  return out;
}

const QUERIES: [string, Partial<CustomerListQuery>][] = [
  ['a common name part', { q: '卫生院' }],
  ['pinyin initials', { q: 'wsy' }],
  ['a rare name', { q: '人民医院' }],
  ['two Chinese characters (pinyin hints)', { q: '中牟' }],
  ['one Chinese character', { q: '张' }],
  ['two letters (no trigram)', { q: 'ws' }],
  ['phone digits', { q: '0371' }],
  ['type, region and status', { typeCode: 'village_pharmacy', regionCode: '4101', status: 'active' }],
  ['a county and a tag', { regionCode: '410122', tag: '医保定点' }],
  ['a search by last update', { q: 'yf', sort: 'updated' }],
  ['the office pool', { unassigned: true }],
  ['a city alone', { regionCode: '4101' }],
  ['a county and a type', { regionCode: '410122', typeCode: 'village_clinic' }],
  ['a province and a status', { regionCode: '41', status: 'active' }],
];

/** The region filters an organisation-wide list reads as a merge of ordered index runs (list-region-merge.queries.ts). */
const REGION_MERGES: [string, Partial<CustomerListQuery> & { regionCode: string }][] = [
  ['type, region and status', { typeCode: 'village_pharmacy', regionCode: '4101', status: 'active' }],
  ['a city alone', { regionCode: '4101' }],
  ['a county and a type', { regionCode: '410122', typeCode: 'village_clinic' }],
  ['a province and a status', { regionCode: '41', status: 'active' }],
];

describe('customer list pages read in steps', () => {
  for (const username of ['zhaogang', 'zhouqiang', 'zhangwei']) {
    it.each(QUERIES)(`as ${username}: %s — the same pages as one long walk`, async (_label, q) => {
      const actor = actors[username]!;
      const expected = await pages(actor, q, { probeLimit: 0, path: 'walk', walkLimit: NEVER_STOPS });
      const limitSets: PageLimits[] = [
        { probeLimit: 0, path: 'walk', walkLimit: 1 },
        { probeLimit: 0, path: 'walk', walkLimit: 7 },
        { probeLimit: 0, path: 'walk', walkLimit: 60 },
        { probeLimit: 0, path: 'walk', walkLimit: 7, sortLimit: 30 },
        { probeLimit: 0, path: 'walk', walkLimit: 30, sortLimit: 2 },
        { probeLimit: 0, path: 'index' },
        { probeLimit: 0, path: 'index', sortLimit: 2 },
        { probeLimit: 0, path: 'index', sortLimit: 30 },
        { probeLimit: 3, path: 'walk', walkLimit: 7, sortLimit: 20 },
        { probeLimit: 5, path: 'index', sortLimit: 30 },
        { probeLimit: 1, path: 'index', sortLimit: 2 },
        { probeLimit: 2, walkLimit: 7, sortLimit: 20 },
      ];
      for (const limits of limitSets) {
        expect(await pages(actor, q, limits), JSON.stringify(limits)).toEqual(expected);
      }
    });
  }

  it.each(REGION_MERGES)('an organisation-wide list by %s: the merged runs give the pages of one long walk', async (_label, q) => {
    const actor = actors.zhaogang!;
    const expected = await pages(actor, q, { probeLimit: 0, path: 'walk', walkLimit: NEVER_STOPS }, 1000);
    expect(expected.flat().length).toBeGreaterThan(25);
    let after: [string, string] | null = null;
    for (const page of expected) {
      const ids = await regionMergedIds(database.db, { orgId: actor.orgId, prefix: q.regionCode, typeCode: q.typeCode, status: q.status, after, limit: 25 });
      expect(ids).toEqual(page);
      const [last] = await database.db.select({ name: customers.name, id: customers.id }).from(customers).where(eq(customers.id, page[page.length - 1]!));
      after = [last!.name, last!.id];
    }
    expect(await regionMergedIds(database.db, { orgId: actor.orgId, prefix: q.regionCode, typeCode: q.typeCode, status: q.status, after, limit: 25 })).toEqual([]);
  });

  it('finds what a plain LIKE over the scope finds, in name order', async () => {
    const actor = actors.zhouqiang!;
    const all = (await pages(actor, { q: '卫生院' }, { probeLimit: 2, walkLimit: 7, sortLimit: 20 }, 1000)).flat();
    const expected = await database.db
      .select({ id: customers.id })
      .from(customers)
      .where(and(eq(customers.orgId, actor.orgId), eq(customers.officeId, actor.officeId!), isNull(customers.deletedAt), like(customers.searchText, '%卫生院%')))
      .orderBy(asc(customers.name), asc(customers.id));
    expect(expected.length).toBeGreaterThan(30);
    expect(all).toEqual(expected.map((r) => r.id));
  });
});
