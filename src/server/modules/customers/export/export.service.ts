import { once } from 'node:events';
import { PassThrough, Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { CSV_BOM, csvLine } from '../../../../domain/customers/csv';
import { EXPORT_FIELDS, exportCells, headerRow } from '../../../../domain/customers/customer-export';
import { customCellText, customHeaders } from '../../../../domain/customers/import-custom';
import { REGIONS } from '../../../../domain/customers/regions';
import type { Actor } from '../../../../domain/identity/policies';
import type { Db } from '../../../db/client';
import { recordAudit } from '../../admin/audit';
import type { RequestMeta } from '../../identity/auth.service';
import { loadDirectory, type Directory } from '../import/directory';
import { exportPages, type ExportFilters } from './export.queries';

export type ExportFormat = 'xlsx' | 'csv';

export const EXPORT_TYPES: Record<ExportFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
};

/** The file name of an export: 客户-20260520-0930.xlsx, in Beijing time. */
export function exportFileName(now: Date, format: ExportFormat): { zh: string; ascii: string } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(now)
      .map((p) => [p.type, p.value]),
  );
  const stamp = `${parts.year}${parts.month}${parts.day}-${parts.hour}${parts.minute}`;
  return { zh: `客户-${stamp}.${format}`, ascii: `customers-${stamp}.${format}` };
}

/**
 * Rows of cells, a page at a time, for the filters: the standard columns, then the custom fields'. `finish` runs
 * with the number of rows once the last page has been produced (before the file ends) or, without waiting, when
 * the reader stops early.
 */
async function* cellPages(db: Db, actor: Actor, filters: ExportFilters, dir: Directory, custom: { key: string }[], finish: (rows: number, complete: boolean) => Promise<void>): AsyncGenerator<string[][]> {
  let rows = 0;
  let complete = false;
  const lookups = { types: dir.types, regions: REGIONS };
  const fields = custom.map(({ key }) => dir.customFields.find((f) => f.key === key)!);
  try {
    for await (const page of exportPages(db, actor, filters)) {
      rows += page.length;
      yield page.map((c) => [...exportCells({ ...c, owner: dir.ownerLabel(c.ownerId) }, lookups), ...fields.map((f) => customCellText(f, c.custom[f.key]))]);
    }
    complete = true;
    await finish(rows, true);
  } finally {
    if (!complete) void finish(rows, false).catch(() => undefined);
  }
}

async function* csvChunks(headers: string[], pages: AsyncGenerator<string[][]>): AsyncGenerator<string> {
  yield `${CSV_BOM}${csvLine(headers)}\r\n`;
  for await (const page of pages) yield page.map((cells) => `${csvLine(cells)}\r\n`).join('');
}

/** The xlsx workbook written as it is produced; waits while the reader is behind, stops if the reader is gone. */
function xlsxStream(headers: string[], pages: AsyncGenerator<string[][]>): Readable {
  const out = new PassThrough();
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  const sheet = book.addWorksheet('客户', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = headers.map((h) => ({ key: h, width: Math.max(10, h.length * 2 + 4) }));
  const head = sheet.addRow(headers);
  head.font = { bold: true };
  head.commit();
  void (async () => {
    try {
      for await (const page of pages) {
        if (out.destroyed) break;
        for (const cells of page) sheet.addRow(cells).commit();
        if (out.writableNeedDrain) await Promise.race([once(out, 'drain'), once(out, 'close')]);
      }
      if (out.destroyed) return;
      sheet.commit();
      await book.commit();
    } catch (err) {
      out.destroy(err as Error);
    }
  })();
  return out;
}

/**
 * The customers the list shows for these filters (within the actor's scope) as a file, streamed page by page so
 * that a large export never sits in memory: .xlsx, or CSV in UTF-8 with a BOM so that Excel opens it. The headers
 * are those the import recognises, the administrator's custom fields after the standard ones. An audit row records
 * the filters and how many customers went out, written before the file ends (or when the download is cut off, with
 * complete: false).
 */
export async function exportCustomers(db: Db, actor: Actor, filters: ExportFilters, format: ExportFormat, meta: RequestMeta): Promise<Readable> {
  const dir = await loadDirectory(db, actor.orgId);
  const standard = headerRow(EXPORT_FIELDS);
  const custom = customHeaders(dir.customFields, standard);
  const headers = [...standard, ...custom.map((c) => c.header)];
  const finish = (rows: number, complete: boolean) =>
    recordAudit(db, { orgId: actor.orgId, actorId: actor.userId, action: 'customer.export', targetType: 'customer', targetId: null, after: { format, filters, rows, complete }, ip: meta.ip }, meta.now);
  const pages = cellPages(db, actor, filters, dir, custom, finish);
  return format === 'csv' ? Readable.from(csvChunks(headers, pages)) : xlsxStream(headers, pages);
}
