import { describe, expect, it } from 'vitest';
import { CSV_BOM, csvLine, decodeCsvBytes, detectDelimiter, escapeCell, parseCsv, unescapeCell } from './csv';

const utf8 = (s: string) => new TextEncoder().encode(s);
/** 客户名称,电话\r\n长垣县人民医院,13800138000 in GBK, as Excel on a Chinese Windows saves "CSV (逗号分隔)". */
const GBK = Uint8Array.from([
  0xbf, 0xcd, 0xbb, 0xa7, 0xc3, 0xfb, 0xb3, 0xc6, 0x2c, 0xb5, 0xe7, 0xbb, 0xb0, 0x0d, 0x0a,
  0xb3, 0xa4, 0xd4, 0xab, 0xcf, 0xd8, 0xc8, 0xcb, 0xc3, 0xf1, 0xd2, 0xbd, 0xd4, 0xba, 0x2c,
  ...utf8('13800138000'),
]);

describe('reading CSV files', () => {
  it('splits records and cells, with quotes, doubled quotes, delimiters and line breaks inside quotes', () => {
    const text = '客户名称,地址,备注\r\n"某某医药有限公司,郑州分公司","金水路 1 号\n3 楼","他说""周三来"""\n村卫生室,,\n';
    expect(parseCsv(text)).toEqual([
      ['客户名称', '地址', '备注'],
      ['某某医药有限公司,郑州分公司', '金水路 1 号\n3 楼', '他说"周三来"'],
      ['村卫生室', '', ''],
    ]);
  });

  it('keeps blank lines as records so that record index + 1 is the spreadsheet row, and reads LF, CR and CRLF alike', () => {
    expect(parseCsv('a,b\n\nc,d\re,f\r\n')).toEqual([['a', 'b'], [''], ['c', 'd'], ['e', 'f']]);
    expect(parseCsv('a,""')).toEqual([['a', '']]);
    expect(parseCsv('')).toEqual([]);
  });

  it('finds the delimiter of the first line: comma, tab (Unicode text) or semicolon', () => {
    expect(detectDelimiter('名称\t电话\n')).toBe('\t');
    expect(detectDelimiter('名称;电话;地址\n')).toBe(';');
    expect(detectDelimiter('"a;b",c\n')).toBe(',');
    expect(parseCsv('名称\t电话\n卫生室\t13800138000')).toEqual([['名称', '电话'], ['卫生室', '13800138000']]);
  });

  it('decodes UTF-8 with and without BOM, UTF-16 with BOM, and GB18030/GBK', () => {
    expect(decodeCsvBytes(utf8('\uFEFF客户名称,电话'))).toBe('客户名称,电话');
    expect(decodeCsvBytes(utf8('客户名称,电话'))).toBe('客户名称,电话');
    expect(decodeCsvBytes(Uint8Array.from([0xff, 0xfe, 0xa2, 0x5b, 0x37, 0x62]))).toBe('客户');
    expect(decodeCsvBytes(GBK)).toBe('客户名称,电话\r\n长垣县人民医院,13800138000');
    expect(parseCsv(decodeCsvBytes(GBK))[1]).toEqual(['长垣县人民医院', '13800138000']);
  });

  it('writes records that read back the same, formulas escaped against CSV injection', () => {
    const cells = ['a,b', 'say "hi"', 'two\nlines', ' padded ', '=HYPERLINK("x")', '-73.5', '@SUM(1)', '+86 138'];
    const line = csvLine(cells);
    expect(line.startsWith('"a,b","say ""hi""","two\nlines"," padded ",')).toBe(true);
    expect(parseCsv(line)[0]!.map(unescapeCell)).toEqual(cells);
    expect(escapeCell('=1+1')).toBe("'=1+1");
    expect(escapeCell('-12.5')).toBe('-12.5');
    expect(unescapeCell("'hello")).toBe("'hello");
    expect(CSV_BOM).toBe('\uFEFF');
  });
});
