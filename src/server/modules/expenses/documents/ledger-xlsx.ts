import ExcelJS from 'exceljs';
import type { Fen } from '../../../../domain/sales/fen';
import { addFormSheet } from './form-sheet';
import { yuan, type Column } from './statement-document';

/** One balance of the ledger: the keys it is grouped by (null where not grouped) and its movements. */
export interface LedgerLine {
  period: string | null;
  officeName: string | null;
  repName: string | null;
  /** 客户关系维护费——<品种>. */
  account: string | null;
  accruedFen: Fen;
  paidFen: Fen;
  balanceFen: Fen;
}

export interface LedgerPeriodLine {
  period: string;
  openingFen: Fen;
  accruedFen: Fen;
  paidFen: Fen;
  closingFen: Fen;
}

export interface LedgerDocument {
  orgName: string;
  /** YYYY-MM … YYYY-MM. */
  from: string;
  to: string;
  scopeLabel: string;
  byAccount: LedgerLine[];
  byOffice: LedgerLine[];
  byRep: LedgerLine[];
  byPeriod: LedgerPeriodLine[];
  /** Period × office × rep × account. */
  detail: LedgerLine[];
  total: LedgerLine;
  printedAt: string;
}

export const LEDGER_TITLE = '客户关系维护费明细账';

const money = <Row>(header: string, get: (r: Row) => Fen): Column<Row> => ({ header, width: 16, align: 'right', text: (r) => yuan(get(r)), kind: 'money', value: get });
const key = (header: string, get: (r: LedgerLine) => string | null, width = 16): Column<LedgerLine> => ({ header, width, align: 'left', text: (r) => get(r) ?? '' });
const MOVEMENTS = [money<LedgerLine>('计提（已审核）', (r) => r.accruedFen), money<LedgerLine>('已兑付（已核销）', (r) => r.paidFen), money<LedgerLine>('余额', (r) => r.balanceFen)];

const PERIOD_COLUMNS: Column<LedgerPeriodLine>[] = [
  { header: '期间', width: 12, align: 'center', text: (r) => r.period },
  money('期初余额', (r) => r.openingFen),
  money('本期计提', (r) => r.accruedFen),
  money('本期兑付', (r) => r.paidFen),
  money('期末余额', (r) => r.closingFen),
];

/** The ledger as .xlsx: balances per account, per office, per rep, period by period, and the full detail. */
export async function renderLedgerXlsx(d: LedgerDocument): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = d.orgName;
  const fields: [string, string][] = [
    ['单位', d.orgName],
    ['期间', d.from === d.to ? d.from : `${d.from} 至 ${d.to}`],
    ['范围', d.scopeLabel],
  ];
  const totalOf = (label: string, at: keyof LedgerLine): LedgerLine => ({ ...d.total, [at]: label });
  const sheets: { name: string; columns: Column<LedgerLine>[]; rows: LedgerLine[]; label: keyof LedgerLine }[] = [
    { name: '按科目', columns: [key('科目', (r) => r.account, 36), ...MOVEMENTS], rows: d.byAccount, label: 'account' },
    { name: '按办事处', columns: [key('办事处', (r) => r.officeName), ...MOVEMENTS], rows: d.byOffice, label: 'officeName' },
    { name: '按销售代表', columns: [key('销售代表', (r) => r.repName), key('办事处', (r) => r.officeName), ...MOVEMENTS], rows: d.byRep, label: 'repName' },
  ];
  for (const s of sheets) {
    addFormSheet(book, { name: s.name, title: LEDGER_TITLE, subtitle: s.name, fields, columns: s.columns, rows: s.rows, totals: totalOf('合计', s.label) });
  }
  addFormSheet(book, { name: '按期间', title: LEDGER_TITLE, subtitle: '按期间（期初、本期、期末）', fields, columns: PERIOD_COLUMNS, rows: d.byPeriod });
  addFormSheet(book, {
    name: '明细',
    title: LEDGER_TITLE,
    subtitle: '期间 × 办事处 × 销售代表 × 科目',
    fields,
    columns: [key('期间', (r) => r.period, 10), key('办事处', (r) => r.officeName), key('销售代表', (r) => r.repName, 12), key('科目', (r) => r.account, 36), ...MOVEMENTS],
    rows: d.detail,
    totals: totalOf('合计', 'period'),
    note: `打印时间：${d.printedAt}`,
  });
  return Buffer.from(await book.xlsx.writeBuffer());
}
