import type { IsoDate } from '../calendar/dates';
import { checkFen, sumFen, type Fen } from '../sales/fen';
import { formatYuan } from '../sales/money';
import type { Bilingual } from '../shared/messages';
import { isAfter } from './deadlines';

/**
 * Drawing cash to pay 客情费 (seed 002 第三条 2: 每月第9个工作日, 代表根据统计表按费用借支规定程序借支, 以现金方式
 * 开始兑付上一月的客情费; 每个销售代表借支限额3000元).
 *
 * - A rep draws against a statement only once it carries all three signatures and from its payout day on.
 * - What a rep owes back is outstanding = Σ drawn − Σ settled (settled: receipts or cash handed back to
 *   finance). A draw may not take outstanding above the borrowing limit, so a rep with a ¥5,000 statement
 *   draws ¥3,000, settles, and draws again.
 * - In total a statement is drawn at most its final amount: drawing a fully drawn statement again is
 *   paying it twice and is refused, as is any draw beyond what is left of it.
 */
export interface PayableStatement {
  statementId: string;
  /** statusAt(today) is finance_approved. */
  approved: boolean;
  /** The first day cash may be drawn for it (9th working day of the next month by default). */
  payoutFrom: IsoDate;
  /** The statement's total final amount (totals.finalFen). */
  finalFen: Fen;
}

export interface Draw {
  statementId: string;
  amountFen: Fen;
}

export interface PayoutInput {
  today: IsoDate;
  limitFen: Fen;
  statements: readonly PayableStatement[];
  /** Every draw the rep made, of every month. */
  draws: readonly Draw[];
  /** Σ of what the rep has settled so far. */
  settledFen: Fen;
}

export type StatementPayoutState = 'not-approved' | 'not-open-yet' | 'nothing-payable' | 'paid' | 'open';

export interface StatementPayout {
  statementId: string;
  finalFen: Fen;
  drawnFen: Fen;
  remainingFen: Fen;
  state: StatementPayoutState;
  /** What may be drawn against it today: min(remaining, headroom) when open, else 0. */
  drawableFen: Fen;
}

export interface PayoutPosition {
  drawnFen: Fen;
  settledFen: Fen;
  outstandingFen: Fen;
  /** limit − outstanding, never below 0. */
  headroomFen: Fen;
  statements: StatementPayout[];
  /** What may be drawn today over all statements: min(headroom, Σ remaining of open statements). */
  drawableNowFen: Fen;
}

function stateOf(s: PayableStatement, today: IsoDate, drawnFen: Fen): StatementPayoutState {
  if (!s.approved) return 'not-approved';
  if (isAfter(s.payoutFrom, today)) return 'not-open-yet';
  if (s.finalFen === 0) return 'nothing-payable';
  return drawnFen >= s.finalFen ? 'paid' : 'open';
}

export function payoutPosition(input: PayoutInput): PayoutPosition {
  checkFen(input.limitFen, 'limit');
  checkFen(input.settledFen, 'settled');
  const ids = new Set(input.statements.map((s) => s.statementId));
  if (ids.size !== input.statements.length) throw new RangeError('a statement is listed twice');
  for (const d of input.draws) {
    checkFen(d.amountFen, 'draw');
    if (d.amountFen <= 0) throw new RangeError(`a draw must be positive, got ${d.amountFen}`);
  }
  const drawnFen = sumFen(input.draws.map((d) => d.amountFen));
  if (input.settledFen < 0 || input.settledFen > drawnFen) throw new RangeError(`settled ${input.settledFen} is not between 0 and drawn ${drawnFen}`);
  const outstandingFen = drawnFen - input.settledFen;
  const headroomFen = Math.max(0, input.limitFen - outstandingFen);

  const statements = input.statements.map((s): StatementPayout => {
    checkFen(s.finalFen, 'statement amount');
    if (s.finalFen < 0) throw new RangeError(`statement ${s.statementId} has a negative amount`);
    const drawn = sumFen(input.draws.filter((d) => d.statementId === s.statementId).map((d) => d.amountFen));
    if (drawn > s.finalFen) throw new RangeError(`statement ${s.statementId} was drawn beyond its amount`);
    const state = stateOf(s, input.today, drawn);
    const remainingFen = s.finalFen - drawn;
    return { statementId: s.statementId, finalFen: s.finalFen, drawnFen: drawn, remainingFen, state, drawableFen: state === 'open' ? Math.min(remainingFen, headroomFen) : 0 };
  });
  const openRemaining = sumFen(statements.filter((s) => s.state === 'open').map((s) => s.remainingFen));
  return { drawnFen, settledFen: input.settledFen, outstandingFen, headroomFen, statements, drawableNowFen: Math.min(headroomFen, openRemaining) };
}

export type DrawRefusalReason = 'amount-invalid' | 'unknown-statement' | StatementPayoutState | 'over-statement' | 'over-limit';
export type DrawCheck = { ok: true } | ({ ok: false; reason: Exclude<DrawRefusalReason, 'open'> } & Bilingual);

const no = (reason: Exclude<DrawRefusalReason, 'open'>, zh: string, en: string): DrawCheck => ({ ok: false, reason, zh, en });

/** Whether the rep may draw `amountFen` against `statementId` today. */
export function checkDraw(input: PayoutInput, draw: Draw): DrawCheck {
  if (!Number.isSafeInteger(draw.amountFen) || draw.amountFen <= 0) return no('amount-invalid', '借支金额须为大于 0 的整数分', 'The amount must be a whole number of fen above zero');
  const position = payoutPosition(input);
  const s = position.statements.find((x) => x.statementId === draw.statementId);
  if (!s) return no('unknown-statement', '找不到这张统计表', 'No such statement');
  const from = input.statements.find((x) => x.statementId === draw.statementId)?.payoutFrom ?? '';
  switch (s.state) {
    case 'not-approved':
      return no('not-approved', '统计表尚未完成 文员、销售部经理、财务 三级审核签字，不能借支', 'The statement is not signed by the clerk, the sales manager and finance, so nothing can be drawn');
    case 'not-open-yet':
      return no('not-open-yet', `${from} 起才能借支兑付`, `Cash can be drawn from ${from}`);
    case 'nothing-payable':
      return no('nothing-payable', '这张统计表没有应兑付的客情费', 'Nothing is payable on this statement');
    case 'paid':
      return no('paid', '这张统计表已全部兑付，不能重复兑付', 'This statement has been paid in full; it cannot be paid twice');
    case 'open':
      break;
  }
  if (draw.amountFen > s.remainingFen) {
    return no('over-statement', `超过了这张统计表尚未兑付的 ${formatYuan(s.remainingFen)}`, `More than the ${formatYuan(s.remainingFen)} still unpaid on this statement`);
  }
  if (draw.amountFen > position.headroomFen) {
    return no(
      'over-limit',
      `超过借支限额：未核销借支 ${formatYuan(position.outstandingFen)}，本次最多可借 ${formatYuan(position.headroomFen)}`,
      `Over the borrowing limit: ${formatYuan(position.outstandingFen)} is outstanding, so at most ${formatYuan(position.headroomFen)} can be drawn now`,
    );
  }
  return { ok: true };
}
