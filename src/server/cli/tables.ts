import { is } from 'drizzle-orm';
import { getTableConfig, PgTable } from 'drizzle-orm/pg-core';
import * as schemaModule from '../db/schema';
import { orderByDependencies } from './table-order';

/** What backup and restore need to know about a table. */
export interface TableInfo {
  name: string;
  /** Primary key columns, to dump rows in a stable order. */
  primaryKey: string[];
  /** Has a foreign key to itself: its rows must be inserted in one statement. */
  selfReferencing: boolean;
}

function describe(table: PgTable): TableInfo & { dependsOn: string[] } {
  const config = getTableConfig(table);
  const dependsOn = config.foreignKeys.map((fk) => getTableConfig(fk.reference().foreignTable).name);
  const primaryKey = config.primaryKeys[0]?.columns.map((c) => c.name) ?? config.columns.filter((c) => c.primary).map((c) => c.name);
  return {
    name: config.name,
    primaryKey,
    selfReferencing: dependsOn.includes(config.name),
    dependsOn,
  };
}

/**
 * Every table exported by the schema module, those of its `schema` object first in their declared
 * order (a module namespace lists exports alphabetically), so a new table is never left out.
 */
function schemaTables(): PgTable[] {
  const all: unknown[] = [...Object.values(schemaModule.schema), ...Object.values(schemaModule)];
  return [...new Set(all.filter((v): v is PgTable => is(v, PgTable)))];
}

/** The given tables (default: every table in the drizzle schema) in foreign-key order. */
export function tablesInOrder(tables: readonly PgTable[] = schemaTables()): TableInfo[] {
  const infos = tables.map(describe);
  const byName = new Map(infos.map((t) => [t.name, t]));
  return orderByDependencies(infos).map((name) => {
    const { dependsOn: _, ...info } = byName.get(name)!;
    return info;
  });
}

export const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;
