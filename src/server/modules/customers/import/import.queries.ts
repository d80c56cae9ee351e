import { and, desc, eq, isNotNull, notInArray, sql } from 'drizzle-orm';
import type { ImportMapping } from '../../../../domain/customers/import-mapping';
import type { ImportProblem } from '../../../../domain/customers/import-rows';
import type { Actor } from '../../../../domain/identity/policies';
import type { Db } from '../../../db/client';
import { customerImports } from '../../../db/schema';
import type { StoredFile } from './import-plan';

export type ImportStatus = (typeof customerImports.status.enumValues)[number];

/** Problems an import answers with; the rest are in the downloadable report. */
export const PROBLEMS_SHOWN = 1000;

const mine = (actor: Actor) => and(eq(customerImports.orgId, actor.orgId), eq(customerImports.userId, actor.userId));

/**
 * Stores an uploaded file as the person's current import. The rows of their earlier imports (except those
 * being checked or imported right now) are dropped: only the current one can still be imported.
 */
export async function insertImport(db: Db, actor: Actor, file: StoredFile & { fileName: string }, now: Date, busy: string[]): Promise<string> {
  await db
    .update(customerImports)
    .set({ rows: null })
    .where(and(mine(actor), isNotNull(customerImports.rows), busy.length ? notInArray(customerImports.id, busy) : undefined));
  const [row] = await db
    .insert(customerImports)
    .values({
      orgId: actor.orgId,
      userId: actor.userId,
      fileName: file.fileName,
      headers: file.headers,
      rows: file.rows,
      rowCount: file.rows.length,
      mapping: file.mapping,
      status: 'uploaded',
      // Later than any earlier import of the person, so that the latest is always the current one, even within a millisecond.
      createdAt: sql`greatest(${now.toISOString()}::timestamptz, (select max(${customerImports.createdAt}) + interval '1 millisecond' from ${customerImports} where ${mine(actor)}))`,
    })
    .returning({ id: customerImports.id });
  return row!.id;
}

/** The person's latest import, without its rows: what GET /api/customer-imports/current shows. */
export async function latestImport(db: Db, actor: Actor) {
  const [row] = await db
    .select({
      id: customerImports.id,
      fileName: customerImports.fileName,
      status: customerImports.status,
      rowCount: customerImports.rowCount,
      headers: customerImports.headers,
      mapping: customerImports.mapping,
      created: customerImports.created,
      updated: customerImports.updated,
      createdAt: customerImports.createdAt,
      finishedAt: customerImports.finishedAt,
      hasRows: sql<boolean>`${customerImports.rows} is not null`,
      problemCount: sql<number>`jsonb_array_length(${customerImports.problems})`,
      problemRows: sql<number>`(select count(distinct p->>'row')::int from jsonb_array_elements(${customerImports.problems}) p)`,
      problems: sql<ImportProblem[]>`jsonb_path_query_array(${customerImports.problems}, ${`$[0 to ${PROBLEMS_SHOWN - 1}]`}::jsonpath)`,
    })
    .from(customerImports)
    .where(mine(actor))
    .orderBy(desc(customerImports.createdAt))
    .limit(1);
  return row ? { ...row, headers: row.headers as string[], mapping: (row.mapping ?? {}) as ImportMapping } : undefined;
}
export type LatestImport = NonNullable<Awaited<ReturnType<typeof latestImport>>>;

/** What a check or an import reads: the header row, the rows and the mapping. */
export async function storedFile(db: Db, actor: Actor, id: string): Promise<StoredFile> {
  const [row] = await db
    .select({ headers: customerImports.headers, rows: customerImports.rows, mapping: customerImports.mapping })
    .from(customerImports)
    .where(and(mine(actor), eq(customerImports.id, id)));
  return { headers: row!.headers as string[], rows: (row!.rows ?? []) as StoredFile['rows'], mapping: (row!.mapping ?? {}) as ImportMapping };
}

export async function allProblems(db: Db, actor: Actor, id: string): Promise<ImportProblem[]> {
  const [row] = await db.select({ problems: customerImports.problems }).from(customerImports).where(and(mine(actor), eq(customerImports.id, id)));
  return (row?.problems ?? []) as ImportProblem[];
}

export async function saveImport(
  db: Db,
  actor: Actor,
  id: string,
  patch: Partial<Pick<typeof customerImports.$inferInsert, 'status' | 'mapping' | 'problems' | 'created' | 'updated' | 'rows' | 'finishedAt'>>,
): Promise<void> {
  await db.update(customerImports).set(patch).where(and(mine(actor), eq(customerImports.id, id)));
}
