import type { FastifyRequest } from 'fastify';
import { readImportTable, type ImportTable } from '../../../domain/customers/import-table';
import type { Bilingual } from '../../../domain/shared/messages';
import { AppError } from '../../http/errors';
import { kindOf, readSheet, UnreadableFile } from './import-file';

/** The largest file an import takes: 100,000 rows of a dozen columns are about 10 MB as .xlsx and 15 MB as CSV. */
export const MAX_UPLOAD_MB = 30;

/** Multipart limits of an import route: one file of at most MAX_UPLOAD_MB. */
export const UPLOAD_LIMITS = { fileSize: MAX_UPLOAD_MB * 1024 * 1024, files: 1, fields: 5, parts: 6 };

/** A file problem as the error names it: the field "file" and the reason. */
export function fileError(reason: Bilingual): AppError {
  return new AppError('IMPORT_FILE_INVALID', [{ field: 'file', message: `文件：${reason.zh}`, message_en: `File: ${reason.en}` }]);
}

/** Reads the one file of a multipart upload, refusing anything else with the reason. */
export async function uploadedFile(req: FastifyRequest): Promise<{ fileName: string; bytes: Buffer }> {
  if (!req.isMultipart()) throw fileError({ zh: '请选择要上传的文件', en: 'choose a file to upload' });
  const part = await req.file();
  if (!part) throw fileError({ zh: '请选择要上传的文件', en: 'choose a file to upload' });
  try {
    const bytes = await part.toBuffer();
    if (bytes.length === 0) throw fileError({ zh: '文件是空的', en: 'the file is empty' });
    return { fileName: part.filename || 'upload', bytes };
  } catch (err) {
    if ((err as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') {
      throw fileError({ zh: `不能超过 ${MAX_UPLOAD_MB} MB；请分成几个文件导入`, en: `the file must not exceed ${MAX_UPLOAD_MB} MB; import it in several files` });
    }
    throw err;
  }
}

/** An uploaded .xlsx or .csv file read as a table (header row and data rows), or refused with the reason. */
export async function readUploadedTable(file: { fileName: string; bytes: Buffer }): Promise<ImportTable> {
  let table;
  try {
    table = readImportTable(await readSheet(kindOf(file.fileName, file.bytes), file.bytes));
  } catch (err) {
    if (err instanceof UnreadableFile) throw fileError(err.reason);
    throw err;
  }
  if (!table.ok) throw fileError(table.error);
  return table.table;
}
