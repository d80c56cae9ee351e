import ExcelJS from 'exceljs';
import type { LightMyRequestResponse } from 'fastify';
import { checkCharacter } from '../../src/domain/customers/credit-code';
import type { TestApp } from './app';

/** An .xlsx file with one sheet of these rows (the first one the headers), built the way a person's Excel would save it. */
export async function xlsxOf(rows: (string | number | null)[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('客户');
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** The rows of the first sheet of an .xlsx file, as text. */
export async function rowsOfXlsx(bytes: Buffer): Promise<string[][]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  const rows: string[][] = [];
  book.worksheets[0]!.eachRow({ includeEmpty: false }, (row) => {
    const values = row.values as unknown[];
    rows.push(Array.from({ length: values.length - 1 }, (_, i) => (values[i + 1] === null || values[i + 1] === undefined ? '' : String(values[i + 1]))));
  });
  return rows;
}

/** A valid 统一社会信用代码 of a company in the county, unlike any demo customer's (WW is never generated there). */
export function creditCodeFor(countyCode: string, n: number): string {
  const first17 = `91${countyCode}WW${String(n).padStart(6, '0')}1`;
  return first17 + checkCharacter(first17)!;
}

/** POSTs a file as a browser's multipart form does (to the customer import unless `url` says otherwise). */
export function uploadFile(t: TestApp, cookie: string, fileName: string, bytes: Buffer, type = 'application/octet-stream', url = '/api/customer-imports'): Promise<LightMyRequestResponse> {
  const boundary = `----keqing${Date.now().toString(16)}`;
  const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: ${type}\r\n\r\n`);
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return t.app.inject({
    method: 'POST',
    url,
    headers: { cookie, 'content-type': `multipart/form-data; boundary=${boundary}` },
    payload: Buffer.concat([head, bytes, tail]),
  });
}

/** The current import once its check or import has finished (the API answers 202 and works on); `base` is the import's route. */
export async function finishedImport(t: TestApp, cookie: string, base = '/api/customer-imports') {
  for (let i = 0; i < 600; i++) {
    const current = (await t.request('GET', `${base}/current`, { cookie })).json().import;
    if (current && !['checking', 'importing'].includes(current.status)) return current;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('the import did not finish');
}
