import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { integer, pgTable, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backupDatabase } from '../../src/server/cli/backup';
import { queryRows } from '../../src/server/cli/query';
import { restoreDatabase } from '../../src/server/cli/restore';
import { orderByDependencies } from '../../src/server/cli/table-order';
import { tablesInOrder } from '../../src/server/cli/tables';
import type { Database } from '../../src/server/db/client';
import { freshDatabase } from '../helpers/database';
import { dumpTables, memoryIo, readLines, tempDir } from './helpers';

/*
 * Shapes the schema does not have yet but will: a tree (foreign key to itself), identity and serial
 * keys, a generated column, types a JSON round trip could bend, and column names that could clash with the aliases of the SQL. Drizzle only needs to know the
 * keys; backup and restore read the columns from the database.
 */
const nodes = pgTable('kq_test_nodes', {
  id: integer('id').primaryKey(),
  parentId: integer('parent_id').references((): AnyPgColumn => nodes.id),
});
const leaves = pgTable('kq_test_leaves', {
  id: integer('id').primaryKey(),
  nodeId: integer('node_id').references(() => nodes.id),
});

const DDL = [
  `create table kq_test_nodes (id integer generated always as identity primary key, parent_id integer references kq_test_nodes(id),
     label text not null, label_upper text generated always as (upper(label)) stored)`,
  `create table kq_test_leaves (id serial primary key, node_id integer not null references kq_test_nodes(id), amount numeric,
     ratio float8, tags text[], day date, span interval, raw bytea, at timestamptz, local timestamp, doc json, e text, r text, t text)`,
  `insert into kq_test_nodes (label) values ('root'), ('branch'), ('twig')`,
  // The first node now points at the last: in key order a child comes before its parent.
  `update kq_test_nodes set parent_id = 3 where id = 1`,
  `update kq_test_nodes set parent_id = 2 where id = 3`,
  `insert into kq_test_leaves (node_id, amount, ratio, tags, day, span, raw, at, local, doc, e, r, t) values
     (1, 123456789012345678901234.5678, 0.1, '{"a b","c,d",null}', '2024-02-29', '1 year 2 mons 3 days 04:05:06.789', '\\x00ff10',
      '2024-02-29 12:34:56.123456+08', '2024-02-29 12:34:56.654321', '{"spaced" :  [1, 2]}', 'e', 'r', 't'),
     (3, -0.000001, 'NaN', '{}', null, '-3 days', '', null, null, 'null', null, null, null)`,
];

let database: Database;
let tmp: ReturnType<typeof tempDir>;

beforeAll(async () => {
  database = await freshDatabase();
  tmp = tempDir();
  for (const statement of DDL) await database.db.execute(sql.raw(statement));
});

afterAll(async () => {
  await database.close();
  tmp.cleanup();
});

describe('table order', () => {
  it('puts parents first, keeps the given order otherwise, and allows a table to refer to itself', () => {
    expect(orderByDependencies([{ name: 'b', dependsOn: ['a'] }, { name: 'a', dependsOn: ['a'] }, { name: 'c', dependsOn: [] }])).toEqual(['a', 'b', 'c']);
    expect(() => orderByDependencies([{ name: 'x', dependsOn: ['y'] }, { name: 'y', dependsOn: ['x'] }])).toThrow(/cycle between: x, y/);
  });

  it('derives the order of the real schema from its foreign keys', () => {
    const order = tablesInOrder().map((t) => t.name);
    expect(order.slice(0, 5)).toEqual(['orgs', 'offices', 'users', 'sessions', 'audit_log']);
    const before = (parent: string, child: string) => expect(order.indexOf(parent), `${parent} before ${child}`).toBeLessThan(order.indexOf(child));
    before('customer_types', 'customers');
    before('users', 'customers');
    before('customers', 'customer_contacts');
    before('customers', 'customer_history');
    expect(tablesInOrder([leaves, nodes]).map((t) => [t.name, t.selfReferencing])).toEqual([
      ['kq_test_nodes', true],
      ['kq_test_leaves', false],
    ]);
  });
});

describe('backup and restore of other table shapes', () => {
  it('round-trips a self-referencing table, identity, serial and generated columns and awkward types', async () => {
    const tables = [leaves, nodes];
    const file = join(tmp.dir, 'shapes.jsonl.gz');
    const before = await dumpTables(database.db, tables);
    await backupDatabase(database, file, memoryIo(), { chunkRows: 1, tables });
    expect(readLines(file)).toHaveLength(1 + 3 + 2 + 1);

    await database.db.execute(sql`delete from kq_test_leaves`);
    await database.db.execute(sql`update kq_test_nodes set parent_id = null`);
    await database.db.execute(sql`delete from kq_test_nodes`);

    await restoreDatabase(database, file, memoryIo(), { tables });
    expect(await dumpTables(database.db, tables)).toEqual(before);

    // Sequences continue after the restored keys.
    const [node] = await queryRows<{ id: number }>(database.db, sql`insert into kq_test_nodes (label) values ('new') returning id`);
    const [leaf] = await queryRows<{ id: number }>(database.db, sql`insert into kq_test_leaves (node_id) values (1) returning id`);
    expect([Number(node!.id), Number(leaf!.id)]).toEqual([4, 3]);
  });
});
