import { describe, expect, it } from 'vitest';
import { columnLetter, readImportTable, type SheetRow } from './import-table';

const sheet = (...rows: string[][]): SheetRow[] => rows.map((cells, i) => ({ row: i + 1, cells }));
const errorOf = (rows: SheetRow[], limits?: { maxRows: number; maxColumns: number }) => {
  const r = readImportTable(rows, limits);
  return r.ok ? null : r.error.zh;
};

describe('reading the table of an uploaded sheet', () => {
  it('takes the first filled row as headers and keeps the row numbers of the data rows, skipping blank rows', () => {
    const result = readImportTable(sheet(['', ''], ['客户名称', '客户类型', ''], ['甲村卫生室', '村卫生室', ''], ['', '', ''], ['乙村卫生室', '村卫生室']));
    expect(result).toEqual({
      ok: true,
      table: { headers: ['客户名称', '客户类型'], headerRow: 2, rows: [{ row: 3, cells: ['甲村卫生室', '村卫生室'] }, { row: 5, cells: ['乙村卫生室', '村卫生室'] }] },
    });
  });

  it('skips a title line above the headers', () => {
    const result = readImportTable(sheet(['2026 年客户名单'], ['客户名称', '客户类型'], ['甲村卫生室', '村卫生室']));
    expect(result.ok && result.table.headerRow).toBe(2);
  });

  it('refuses an empty sheet, a sheet without data rows and a sheet whose first row is data', () => {
    expect(errorOf(sheet(['', ' ']))).toBe('文件是空的，没有找到任何内容');
    expect(errorOf(sheet(['客户名称', '客户类型']))).toBe('只有列名，没有数据行');
    expect(errorOf(sheet(['长垣县人民医院', '县级医院', '13800138000'], ['某村卫生室', '村卫生室', '13900139000']))).toBe(
      '第 1 行应为列名（如 客户名称、客户类型），但“13800138000”像是数据；请在数据上方加一行列名',
    );
  });

  it('refuses repeated column names (also when written differently) and data in a column without a name', () => {
    expect(errorOf(sheet(['客户名称', '电话', '电 话 '], ['甲', '1', '2']))).toBe('列名重复：“电话”出现在 B、C 列；请改名或删除多余的一列');
    expect(errorOf(sheet(['客户名称', '', '电话'], ['甲', 'x', '1']))).toBe('B 列有数据但没有列名（第 1 行），请补上列名或删除这一列');
    expect(readImportTable(sheet(['客户名称', '', '电话'], ['甲', '', '1'])).ok).toBe(true);
  });

  it('refuses too many rows or columns', () => {
    expect(errorOf(sheet(['客户名称'], ['甲'], ['乙'], ['丙']), { maxRows: 2, maxColumns: 10 })).toMatch(/^数据行过多（3 行）/);
    expect(errorOf(sheet(['a', 'b', 'c'], ['1x', '2x', '3x']), { maxRows: 10, maxColumns: 2 })).toMatch(/^列数过多（3 列）/);
  });

  it('names columns as spreadsheets do', () => {
    expect([0, 25, 26, 27, 701, 702].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AB', 'ZZ', 'AAA']);
  });
});
