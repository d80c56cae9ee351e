import ExcelJS from 'exceljs';
import { sumFen, type Fen } from '../../../../domain/sales/fen';
import { addFormSheet } from './form-sheet';
import { monthTitle, yuan, type Column, type Reviewer } from './statement-document';

/** One 《新客户特殊费用申请表》 on the month's summary. */
export interface SpecialApplicationLine {
  customerName: string;
  repName: string;
  officeName: string;
  usageLabel: string;
  amountFen: Fen;
  reason: string;
  filedOn: string;
  statusLabel: string;
  /** Counts toward the approved total. */
  approved: boolean;
  decidedByName: string | null;
  decidedOn: string | null;
}

export interface SpecialApplicationsDocument {
  orgName: string;
  /** YYYY-MM: the month the applications were filed in. */
  month: string;
  /** Whose summary: a rep's name, an office, or the whole organisation. */
  scopeLabel: string;
  lines: SpecialApplicationLine[];
  /** The statement's three reviewers when the summary goes with a rep's statement. */
  reviewers?: Reviewer[];
  printedAt: string;
}

export const SPECIAL_SUMMARY_TITLE = '月新客户特殊费用申请汇总表';

const COLUMNS: Column<SpecialApplicationLine>[] = [
  { header: '序号', width: 6, align: 'center', text: (_r, i) => (i < 0 ? '' : String(i + 1)) },
  { header: '客户名称', width: 28, align: 'left', text: (r) => r.customerName },
  { header: '销售代表', width: 10, align: 'left', text: (r) => r.repName },
  { header: '办事处', width: 12, align: 'left', text: (r) => r.officeName },
  { header: '费用用途', width: 16, align: 'left', text: (r) => r.usageLabel },
  { header: '申请金额', width: 14, align: 'right', text: (r) => yuan(r.amountFen), kind: 'money', value: (r) => r.amountFen },
  { header: '申请日期', width: 12, align: 'center', text: (r) => r.filedOn },
  { header: '申请原因', width: 30, align: 'left', text: (r) => r.reason },
  { header: '审批状态', width: 10, align: 'center', text: (r) => r.statusLabel },
  { header: '审批人', width: 10, align: 'left', text: (r) => r.decidedByName ?? '' },
  { header: '审批日期', width: 12, align: 'center', text: (r) => r.decidedOn ?? '' },
];

/** 《月新客户特殊费用申请汇总表》 as .xlsx: every application filed in the month, the total, and the approved total. */
export async function renderSpecialApplicationsXlsx(d: SpecialApplicationsDocument): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = d.orgName;
  const total = sumFen(d.lines.map((l) => l.amountFen));
  const approved = sumFen(d.lines.filter((l) => l.approved).map((l) => l.amountFen));
  const blank = { customerName: '', repName: '', officeName: '', usageLabel: '', reason: '', filedOn: '', statusLabel: '', approved: false, decidedByName: null, decidedOn: null };
  addFormSheet(book, {
    name: '新客户特殊费用汇总',
    title: SPECIAL_SUMMARY_TITLE,
    subtitle: `${d.orgName}\u3000${monthTitle(d.month)}`,
    fields: [
      ['范围', d.scopeLabel],
      ['申请月份', d.month],
      ['申请份数', String(d.lines.length)],
      ['其中已批准', yuan(approved)],
    ],
    columns: COLUMNS,
    rows: d.lines,
    totals: { ...blank, customerName: '合计', amountFen: total },
    reviewers: d.reviewers,
    note: `新客户特殊费用须在签订合同前申请，签订合同后申请一律无效。\u3000打印时间：${d.printedAt}`,
  });
  return Buffer.from(await book.xlsx.writeBuffer());
}
