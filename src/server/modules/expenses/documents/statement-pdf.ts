import PDFDocument from 'pdfkit';
import { drawLine, wrapLines } from './pdf-text';
import { monthTitle, STATEMENT_COLUMNS, STATEMENT_NOTE, STATEMENT_TITLE, statementTotalsRow, type StatementDocument, type StatementDocumentRow } from './statement-document';

type Doc = InstanceType<typeof PDFDocument>;

/**
 * The printable 《月客户采购及客情费统计表》: A4 landscape, title and header fields, the table with borders (its header
 * repeated on every page), the totals row in ¥ with two decimals, and at the foot the three reviewers' names and
 * dates (a missing signature is printed as 未签, since the form is void without it). Chinese text is drawn with
 * Noto Sans SC from npm (pdf-fonts.ts), embedded as subsets, so the text can be searched and copied.
 */
const PAGE = { width: 841.89, height: 595.28, margin: 36 };
const CONTENT = PAGE.width - 2 * PAGE.margin;
const BODY = 9;
const LINE = 12;
const PAD = 4;
const HEADER_ROW = 22;
const SIGNATURE_BLOCK = 78;
const FOOTER = 20;

const totalWidth = STATEMENT_COLUMNS.reduce((s, c) => s + c.width, 0);
const widths = STATEMENT_COLUMNS.map((c) => (c.width / totalWidth) * CONTENT);

function cellLines(doc: Doc, row: StatementDocumentRow, index: number, bold: boolean): string[][] {
  return STATEMENT_COLUMNS.map((c, i) => {
    const text = c.text(row, index);
    return c.align === 'left' ? wrapLines(doc, text, widths[i]! - 2 * PAD, BODY, bold ? 700 : 400) : [text];
  });
}

function drawRow(doc: Doc, y: number, lines: string[][], opts: { bold?: boolean; fill?: string; header?: boolean } = {}): number {
  const height = opts.header ? HEADER_ROW : Math.max(...lines.map((l) => l.length)) * LINE + 2 * PAD;
  let x = PAGE.margin;
  if (opts.fill) doc.rect(PAGE.margin, y, CONTENT, height).fill(opts.fill).fillColor('#000');
  STATEMENT_COLUMNS.forEach((c, i) => {
    const w = widths[i]!;
    doc.rect(x, y, w, height).lineWidth(0.6).strokeColor('#333').stroke();
    const cell = lines[i]!;
    const top = opts.header ? y + (HEADER_ROW - BODY - 3) / 2 : y + PAD;
    cell.forEach((text, k) => drawLine(doc, text, x + PAD, top + k * LINE, { size: BODY, weight: opts.bold ? 700 : 400, align: opts.header ? 'center' : c.align, width: w - 2 * PAD }));
    x += w;
  });
  return y + height;
}

function drawTableHeader(doc: Doc, y: number): number {
  return drawRow(
    doc,
    y,
    STATEMENT_COLUMNS.map((c) => [c.header]),
    { bold: true, fill: '#e8ecf2', header: true },
  );
}

function drawHeading(doc: Doc, s: StatementDocument): number {
  let y = PAGE.margin;
  drawLine(doc, STATEMENT_TITLE, PAGE.margin, y, { size: 18, weight: 700, align: 'center', width: CONTENT });
  y += 26;
  drawLine(doc, `${s.orgName}\u3000${monthTitle(s.month)}`, PAGE.margin, y, { size: 11, align: 'center', width: CONTENT });
  y += 22;
  const fields = [
    ['办事处', s.officeName],
    ['销售代表', s.repName],
    ['统计月份', s.month],
    ['报送日期', s.submittedOn ?? '未报送'],
    ['状态', s.statusLabel],
  ];
  const slot = CONTENT / fields.length;
  fields.forEach(([label, value], i) => drawLine(doc, `${label}：${value}`, PAGE.margin + i * slot, y, { size: 10 }));
  return y + 20;
}

/** The top line of a continuation page, so a page on its own still says which statement it belongs to. */
function drawContinued(doc: Doc, s: StatementDocument): number {
  drawLine(doc, `${STATEMENT_TITLE}（续）\u3000${s.month}\u3000${s.officeName}\u3000${s.repName}`, PAGE.margin, PAGE.margin, { size: 9 });
  return PAGE.margin + 16;
}

function drawSignatures(doc: Doc, s: StatementDocument, y: number): void {
  const slot = CONTENT / s.reviewers.length;
  drawLine(doc, '审核签字', PAGE.margin, y + 6, { size: 10, weight: 700 });
  const top = y + 22;
  s.reviewers.forEach((r, i) => {
    const x = PAGE.margin + i * slot;
    doc.rect(x, top, slot - 8, 46).lineWidth(0.6).strokeColor('#333').stroke();
    drawLine(doc, r.roleLabel, x + 8, top + 6, { size: 10, weight: 700 });
    drawLine(doc, `签字：${r.name ?? '未签'}`, x + 8, top + 20, { size: 10 });
    drawLine(doc, `日期：${r.on ?? '—'}`, x + 8 + (slot - 8) / 2, top + 20, { size: 10 });
  });
  drawLine(doc, STATEMENT_NOTE, PAGE.margin, top + 52, { size: 8 });
}

function drawFooters(doc: Doc, s: StatementDocument): void {
  const range = doc.bufferedPageRange();
  for (let i = 0; i < range.count; i += 1) {
    doc.switchToPage(range.start + i);
    const y = PAGE.height - PAGE.margin + 4;
    drawLine(doc, `打印时间：${s.printedAt}`, PAGE.margin, y, { size: 8 });
    drawLine(doc, `第 ${i + 1} 页 / 共 ${range.count} 页`, PAGE.margin, y, { size: 8, align: 'right', width: CONTENT });
  }
}

/** The statement as a PDF file. */
export function renderStatementPdf(s: StatementDocument): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margin: PAGE.margin,
    bufferPages: true,
    info: { Title: `${STATEMENT_TITLE} ${s.month} ${s.repName}`, Author: s.orgName, Subject: STATEMENT_TITLE },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const bottom = PAGE.height - PAGE.margin - FOOTER;
  let y = drawTableHeader(doc, drawHeading(doc, s));
  const newPage = () => {
    doc.addPage();
    y = drawTableHeader(doc, drawContinued(doc, s));
  };
  s.rows.forEach((row, index) => {
    const lines = cellLines(doc, row, index, false);
    const height = Math.max(...lines.map((l) => l.length)) * LINE + 2 * PAD;
    if (y + height > bottom) newPage();
    y = drawRow(doc, y, lines);
  });
  if (s.rows.length === 0) {
    if (y + LINE + 2 * PAD > bottom) newPage();
    drawLine(doc, '本月没有客户采购或回款', PAGE.margin, y + PAD, { size: BODY, align: 'center', width: CONTENT });
    y += LINE + 2 * PAD;
    doc.moveTo(PAGE.margin, y).lineTo(PAGE.margin + CONTENT, y).lineWidth(0.6).stroke();
  }
  const totals = cellLines(doc, statementTotalsRow(s), -1, true);
  if (y + LINE + 2 * PAD > bottom) newPage();
  y = drawRow(doc, y, totals, { bold: true, fill: '#f5f5f5' });
  if (y + SIGNATURE_BLOCK > bottom) {
    doc.addPage();
    y = drawContinued(doc, s);
  }
  drawSignatures(doc, s, y + 6);
  drawFooters(doc, s);
  doc.end();
  return done;
}
