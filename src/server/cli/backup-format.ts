import { z } from 'zod';
import { CliError } from './errors';

/*
 * A Keqing backup is gzip of JSON lines: a header, then each table's rows in chunks (tables in
 * foreign-key order, a table's chunks together), then a trailer with the row count of every table.
 * A file without the trailer is truncated; anything after it is corruption.
 */

export const BACKUP_FORMAT = 'keqing-backup';
export const BACKUP_VERSION = 1;

const migrationRef = z.object({ tag: z.string().nullable(), hash: z.string(), createdAt: z.number() });

export const backupHeader = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  createdAt: z.string(),
  database: z.enum(['pglite', 'postgres']),
  migrations: z.array(migrationRef),
  tables: z.array(z.string()),
  chunkRows: z.number().int().positive(),
});
export type BackupHeader = z.infer<typeof backupHeader>;

const chunkLine = z.object({ table: z.string(), rows: z.array(z.unknown()).min(1) });
const trailerLine = z.object({ end: z.literal(true), rows: z.record(z.string(), z.number().int().nonnegative()) });
export type BackupTrailer = z.infer<typeof trailerLine>;

export const headerLine = (h: BackupHeader) => `${JSON.stringify(h)}\n`;
/** A chunk line built from rows already serialised by the database (so values are exact). */
export const rowsLine = (table: string, jsonRows: string[]) => `{"table":${JSON.stringify(table)},"rows":[${jsonRows.join(',')}]}\n`;
export const trailerText = (rows: Record<string, number>) => `${JSON.stringify({ end: true, rows })}\n`;

const corrupt = (zh: string, en: string) => new CliError(`备份文件无效：${zh}`, `not a valid backup: ${en}`);

function json(line: string, lineNo: number): unknown {
  try {
    return JSON.parse(line);
  } catch {
    throw corrupt(`第 ${lineNo} 行不是有效的 JSON（文件损坏？）`, `line ${lineNo} is not valid JSON (corrupt file?)`);
  }
}

/** Parses and checks the first line; says what is wrong with a file that is not a Keqing backup. */
export function parseHeader(line: string | undefined): BackupHeader {
  if (line === undefined) throw corrupt('文件是空的', 'the file is empty');
  const value = json(line, 1);
  const format = (value as { format?: unknown } | null)?.format;
  if (format !== BACKUP_FORMAT) throw corrupt('不是 Keqing 备份（首行缺少 format: keqing-backup）', 'not a Keqing backup (the first line lacks format: keqing-backup)');
  const version = (value as { version?: unknown }).version;
  if (version !== BACKUP_VERSION) {
    throw corrupt(`备份格式版本 ${String(version)}，本程序只认识版本 ${BACKUP_VERSION}`, `format version ${String(version)}; this build reads version ${BACKUP_VERSION}`);
  }
  const parsed = backupHeader.safeParse(value);
  if (!parsed.success) {
    const field = parsed.error.issues[0]?.path.join('.') ?? '';
    throw corrupt(`文件头字段 ${field} 不正确`, `header field ${field} is invalid`);
  }
  return parsed.data;
}

export type BodyLine = { kind: 'rows'; table: string; count: number } | { kind: 'end'; trailer: BackupTrailer };

/**
 * Follows the lines after the header and checks their order against it: chunks only of listed tables,
 * each table's chunks together and in the header's order, then exactly one trailer whose counts match
 * the rows seen. Call `line` for each line and `finish` at the end of the file.
 */
export class BodyChecker {
  private tableIndex = -1;
  private trailer: BackupTrailer | null = null;
  private lineNo = 1;
  readonly seen = new Map<string, number>();

  constructor(private readonly header: BackupHeader) {}

  line(text: string): BodyLine {
    this.lineNo++;
    if (this.trailer) throw corrupt(`第 ${this.lineNo} 行出现在结尾标记之后`, `line ${this.lineNo} comes after the end marker`);
    const value = json(text, this.lineNo);
    const trailer = trailerLine.safeParse(value);
    if (trailer.success) {
      this.checkCounts(trailer.data);
      this.trailer = trailer.data;
      return { kind: 'end', trailer: trailer.data };
    }
    const chunk = chunkLine.safeParse(value);
    if (!chunk.success) throw corrupt(`第 ${this.lineNo} 行既不是数据块也不是结尾`, `line ${this.lineNo} is neither a chunk of rows nor the end marker`);
    const { table, rows } = chunk.data;
    const index = this.header.tables.indexOf(table);
    if (index < 0) throw corrupt(`第 ${this.lineNo} 行的表 ${table} 不在文件头中`, `line ${this.lineNo} holds table ${table}, which the header does not list`);
    if (index < this.tableIndex) throw corrupt(`表 ${table} 的数据顺序错乱（第 ${this.lineNo} 行）`, `rows of table ${table} are out of order (line ${this.lineNo})`);
    this.tableIndex = index;
    this.seen.set(table, (this.seen.get(table) ?? 0) + rows.length);
    return { kind: 'rows', table, count: rows.length };
  }

  finish(): BackupTrailer {
    if (!this.trailer) throw corrupt('文件不完整（缺少结尾标记，可能被截断）', 'the file is incomplete (no end marker: truncated?)');
    return this.trailer;
  }

  private checkCounts(trailer: BackupTrailer): void {
    for (const table of this.header.tables) {
      const expected = trailer.rows[table];
      const got = this.seen.get(table) ?? 0;
      if (expected !== got) {
        throw corrupt(`表 ${table} 结尾记录 ${String(expected)} 行，文件中有 ${got} 行`, `table ${table}: the end marker says ${String(expected)} rows, the file holds ${got}`);
      }
    }
  }
}
