import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/client';
import { tableColumns, type TableColumns } from './catalog';
import { quoteIdent, type TableInfo } from './tables';

const literal = (s: string) => `'${s.replace(/'/g, "''")}'`;

/**
 * Inserts backup chunks (JSON lines) into their tables inside the restore's transaction, letting the
 * database convert the JSON values to column types (json and jsonb come as their text, see catalog.ts).
 * A table with a foreign key to itself is staged and inserted in one statement when its last chunk
 * has come, since a row may come before the row it refers to.
 */
export class TableLoader {
  private readonly byName: Map<string, TableInfo>;
  private readonly columns = new Map<string, TableColumns>();
  private staged: TableInfo | null = null;
  private stageCreated = false;

  constructor(
    private readonly tx: Db,
    tables: readonly TableInfo[],
  ) {
    this.byName = new Map(tables.map((t) => [t.name, t]));
  }

  async add(tableName: string, line: string): Promise<void> {
    const table = this.byName.get(tableName)!;
    if (this.staged && this.staged !== table) await this.flush();
    if (!table.selfReferencing) {
      await this.tx.execute(await this.insert(table, sql`jsonb_array_elements((${line}::jsonb)->'rows') kq_e`));
      return;
    }
    if (!this.stageCreated) {
      await this.tx.execute(sql`create temp table kq_restore_stage (kq_e jsonb) on commit drop`);
      this.stageCreated = true;
    }
    this.staged = table;
    await this.tx.execute(sql`insert into kq_restore_stage select value from jsonb_array_elements((${line}::jsonb)->'rows')`);
  }

  /** Call after the last chunk. */
  async done(): Promise<void> {
    if (this.staged) await this.flush();
  }

  private async flush(): Promise<void> {
    await this.tx.execute(await this.insert(this.staged!, sql`kq_restore_stage`));
    await this.tx.execute(sql`delete from kq_restore_stage`);
    this.staged = null;
  }

  /** insert into t (…) select … from <rows as jsonb elements named kq_e>, jsonb_populate_record(null::t, kq_e) kq_r */
  private async insert(table: TableInfo, elements: SQL): Promise<SQL> {
    let columns = this.columns.get(table.name);
    if (!columns) {
      columns = await tableColumns(this.tx, table.name);
      this.columns.set(table.name, columns);
    }
    const { insertable, json, identityAlways } = columns;
    const picked = insertable.map((c) => {
      const type = json.get(c);
      return type ? `(kq_e->>${literal(c)})::${type}` : `kq_r.${quoteIdent(c)}`;
    });
    const t = quoteIdent(table.name);
    const into = `insert into ${t} (${insertable.map(quoteIdent).join(', ')})${identityAlways ? ' overriding system value' : ''}`;
    return sql`${sql.raw(into)} select ${sql.raw(picked.join(', '))} from ${elements}, jsonb_populate_record(null::${sql.raw(t)}, kq_e) kq_r`;
  }
}
