import { and, desc, eq, isNotNull, notInArray, sql } from 'drizzle-orm';
import type { ImportProblem } from '../../../domain/imports/problems';
import type { Actor } from '../../../domain/identity/policies';
import type { Db } from '../../db/client';
import { customerImports } from '../../db/schema';

export type ImportStatus = (typeof customerImports.status.enumValues)[number];
/** What an import brings in; each person has a current import of each kind. */
export type ImportKind = (typeof customerImports.kind.enumValues)[number];
/** Header → the field its column fills, or null to leave the column out. */
export type ImportMapping = Record<string, string | null>;

/** What an upload keeps: the header row, each data row as [row number, ...cells], and the column mapping. */
export interface StoredFile {
  headers: string[];
  rows: [number, ...string[]][];
  mapping: ImportMapping;
}

/** Whose imports of which kind: the person's own, in their organisation. */
export interface ImportOwner {
  actor: Actor;
  kind: ImportKind;
}

/** Problems an import answers with; the rest are in the downloadable report. */
export const PROBLEMS_SHOWN = 1000;

const mine = ({ actor, kind }: ImportOwner) => and(eq(customerImports.orgId, actor.orgId), eq(customerImports.userId, actor.userId), eq(customerImports.kind, kind));

/**
 * Stores an uploaded file as the person's current import. The rows of their earlier imports (except those
 * being checked or imported right now) are dropped: only the current one can still be imported.
 */
export async function insertImport(db: Db, owner: ImportOwner, file: StoredFile & { fileName: string }, now: Date, busy: string[]): Promise<string> {
  await db
    .update(customerImports)
    .set({ rows: null })
    .where(and(mine(owner), isNotNull(customerImports.rows), busy.length ? notInArray(customerImports.id, busy) : undefined));
  const [row] = await db
    .insert(customerImports)
    .values({
      orgId: owner.actor.orgId,
      userId: owner.actor.userId,
      kind: owner.kind,
      fileName: file.fileName,
      headers: file.headers,
      rows: file.rows,
      rowCount: file.rows.length,
      mapping: file.mapping,
      status: 'uploaded',
      // Later than any earlier import of the person, so that the latest is always the current one, even within a millisecond.
      createdAt: sql`greatest(${now.toISOString()}::timestamptz, (select max(${customerImports.createdAt}) + interval '1 millisecond' from ${customerImports} where ${mine(owner)}))`,
    })
    .returning({ id: customerImports.id });
  return row!.id;
}

/** The person's latest import of the kind, without its rows: what GET /api/<kind>-imports/current shows. */
export async function latestImport(db: Db, owner: ImportOwner) {
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
      unchanged: customerImports.unchanged,
      createdAt: customerImports.createdAt,
      finishedAt: customerImports.finishedAt,
      hasRows: sql<boolean>`${customerImports.rows} is not null`,
      problemCount: sql<number>`jsonb_array_length(${customerImports.problems})`,
      problemRows: sql<number>`(select count(distinct p->>'row')::int from jsonb_array_elements(${customerImports.problems}) p)`,
      problems: sql<ImportProblem[]>`jsonb_path_query_array(${customerImports.problems}, ${`$[0 to ${PROBLEMS_SHOWN - 1}]`}::jsonpath)`,
    })
    .from(customerImports)
    .where(mine(owner))
    .orderBy(desc(customerImports.createdAt))
    .limit(1);
  return row ? { ...row, headers: row.headers as string[], mapping: (row.mapping ?? {}) as ImportMapping } : undefined;
}
export type LatestImport = NonNullable<Awaited<ReturnType<typeof latestImport>>>;

/** What a check or an import reads: the header row, the rows and the mapping. */
export async function storedFile(db: Db, owner: ImportOwner, id: string): Promise<StoredFile> {
  const [row] = await db
    .select({ headers: customerImports.headers, rows: customerImports.rows, mapping: customerImports.mapping })
    .from(customerImports)
    .where(and(mine(owner), eq(customerImports.id, id)));
  return { headers: row!.headers as string[], rows: (row!.rows ?? []) as StoredFile['rows'], mapping: (row!.mapping ?? {}) as ImportMapping };
}

export async function allProblems(db: Db, owner: ImportOwner, id: string): Promise<ImportProblem[]> {
  const [row] = await db.select({ problems: customerImports.problems }).from(customerImports).where(and(mine(owner), eq(customerImports.id, id)));
  return (row?.problems ?? []) as ImportProblem[];
}

export async function saveImport(
  db: Db,
  owner: ImportOwner,
  id: string,
  patch: Partial<Pick<typeof customerImports.$inferInsert, 'status' | 'mapping' | 'problems' | 'created' | 'updated' | 'unchanged' | 'rows' | 'finishedAt'>>,
): Promise<void> {
  await db.update(customerImports).set(patch).where(and(mine(owner), eq(customerImports.id, id)));
}
