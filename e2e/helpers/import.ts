import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** An .xlsx file of one sheet: the header row, then the rows. */
export async function xlsxFile(sheet: string, headers: readonly string[], rows: readonly (string | number)[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const ws = book.addWorksheet(sheet);
  for (const row of [headers, ...rows]) ws.addRow(row);
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** Chooses the file on an import page's upload step and waits for the mapping step. */
export async function uploadToImport(page: Page, name: string, file: Buffer): Promise<void> {
  await page.locator('[data-testid=import-upload] input[type=file]').setInputFiles({ name, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: file });
  await page.getByTestId('import-mapping').waitFor();
}

/**
 * Starts the check from the mapping step and expects it to find exactly this one problem (行, 列, and words of the
 * reason), said in the summary, with no import offered.
 */
export async function expectOneProblem(page: Page, problem: { row: number; column: string; reason: string }): Promise<void> {
  await page.getByTestId('import-check').click();
  const listed = page.getByTestId('import-problem');
  await listed.first().waitFor();
  expect(await listed.count()).toBe(1);
  const cells = await listed.first().locator('td').allTextContents();
  expect(cells.slice(0, 2)).toEqual([String(problem.row), problem.column]);
  expect(cells[2]).toContain(problem.reason);
  expect(await page.getByTestId('import-summary').textContent()).toContain('1 行有问题');
  expect(await page.getByTestId('import-run').count()).toBe(0);
}
