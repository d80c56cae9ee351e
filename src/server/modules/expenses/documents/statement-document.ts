import { formatPercent } from '../../../../domain/sales/basis-points';
import type { Fen } from '../../../../domain/sales/fen';
import { formatYuan } from '../../../../domain/sales/money';

/**
 * What the printed forms of the 客情费 cycle show, as plain data (no database): the statement
 * 《月客户采购及客情费统计表》 (xlsx and PDF), the 《月新客户特殊费用申请汇总表》 and the ledger. The services fill
 * these; the renderers only lay them out, so they are tested without a database.
 */
export interface Reviewer {
  /** 销售文员 / 销售部经理 / 财务. */
  roleLabel: string;
  name: string | null;
  on: string | null;
}

export interface StatementDocumentRow {
  customerName: string;
  purchasesFen: Fen;
  collectedFen: Fen;
  collectionRateBp: number | null;
  standardFen: Fen;
  payableFen: Fen;
  adjustedFen: Fen | null;
  adjustmentReason: string | null;
  finalFen: Fen;
}

export interface StatementDocument {
  orgName: string;
  /** YYYY-MM, the month of the purchases. */
  month: string;
  repName: string;
  officeName: string;
  statusLabel: string;
  submittedOn: string | null;
  rows: StatementDocumentRow[];
  totals: Omit<StatementDocumentRow, 'customerName' | 'adjustedFen' | 'adjustmentReason'>;
  /** Clerk, sales manager, finance, in the order they sign. */
  reviewers: Reviewer[];
  /** When the document was made, Beijing time, "YYYY-MM-DD HH:mm". */
  printedAt: string;
}

/** 2025-09 → 2025年9月. */
export function monthTitle(month: string): string {
  const [y, m] = month.split('-');
  return `${y}年${Number(m)}月`;
}

export const yuan = (fen: Fen | null): string => (fen === null ? '' : formatYuan(fen));
export const rate = (bp: number | null): string => (bp === null ? '—' : formatPercent(bp));

export interface Column<Row> {
  header: string;
  /** Relative width (xlsx characters; the PDF scales them to the page). */
  width: number;
  align: 'left' | 'right' | 'center';
  /** The cell's text as printed; index is the row's position, -1 for the totals row. */
  text: (row: Row, index: number) => string;
  /** For xlsx: the cell's value when it is money (yuan as a number with two decimals) or a rate (a fraction). */
  kind?: 'money' | 'rate';
  value?: (row: Row) => number | null;
}

const money = <Row>(header: string, get: (r: Row) => Fen | null): Column<Row> => ({
  header,
  width: 14,
  align: 'right',
  text: (r) => yuan(get(r)),
  kind: 'money',
  value: get,
});

/** The statement's columns, as on the paper form. */
export const STATEMENT_COLUMNS: Column<StatementDocumentRow>[] = [
  { header: '序号', width: 6, align: 'center', text: (_r, i) => (i < 0 ? '' : String(i + 1)) },
  { header: '客户名称', width: 30, align: 'left', text: (r) => r.customerName },
  money('采购金额', (r) => r.purchasesFen),
  money('回款金额', (r) => r.collectedFen),
  { header: '回款率', width: 10, align: 'right', text: (r) => rate(r.collectionRateBp), kind: 'rate', value: (r) => r.collectionRateBp },
  money('客情费标准', (r) => r.standardFen),
  money('应付金额', (r) => r.payableFen),
  /** What is paid: the rep's adjusted amount, or the payable one when not adjusted. */
  money('调整后金额', (r) => r.finalFen),
  { header: '调整原因', width: 30, align: 'left', text: (r) => r.adjustmentReason ?? '' },
];

/** The totals row in the same columns. */
export function statementTotalsRow(doc: StatementDocument): StatementDocumentRow {
  return { customerName: '合计', adjustedFen: null, adjustmentReason: null, ...doc.totals };
}

export const STATEMENT_TITLE = '月客户采购及客情费统计表';
export const STATEMENT_NOTE = '缺少任何一方签字，视为无效。原件留存财务部，复印件留档销售部。';
