import type { IsoDate } from '../calendar/dates';
import type { Role } from '../identity/roles';
import type { Bilingual } from '../shared/messages';
import { isAfter } from './deadlines';

/**
 * The review of a monthly statement (seed 002 第二条 2: 销售文员、销售部经理、财务部逐层检核, 缺少任何一方签字视为无效,
 * 检核在第8个工作日下班前完成).
 *
 *   draft ──submit──▶ submitted ──clerk──▶ clerk_approved ──sales manager──▶ manager_approved ──finance──▶ finance_approved
 *     ▲                   │                     │                                  │
 *     └── (rep edits) ◀── returned ◀──────── return with a comment, by any of the three reviewers
 *
 * - Only the statement's own rep submits, from draft or returned.
 * - Approvals go strictly in order, each by its role (clerk, sales_manager, finance); no role signs twice.
 * - Any reviewer (clerk, sales_manager or finance) may return a statement under review, with a comment;
 *   returning drops every signature: the edited statement is reviewed again from the clerk on.
 * - After the review deadline a statement without all three signatures is void (statusAt), and nothing
 *   more can be done to it. All three signatures are therefore dated on or before the deadline.
 * Other roles (office manager, administrator) never act on a statement.
 */
export const REVIEW_STATUSES = ['draft', 'submitted', 'returned', 'clerk_approved', 'manager_approved', 'finance_approved'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];
export type StatementStatus = ReviewStatus | 'void';

export const STATEMENT_STATUS_LABELS: Record<StatementStatus, Bilingual> = {
  draft: { zh: '草稿', en: 'Draft' },
  submitted: { zh: '已报送，待文员审核', en: 'Submitted, awaiting the clerk' },
  returned: { zh: '已退回修改', en: 'Returned for changes' },
  clerk_approved: { zh: '文员已审核，待销售部经理审核', en: 'Clerk approved, awaiting the sales manager' },
  manager_approved: { zh: '销售部经理已审核，待财务审核', en: 'Sales manager approved, awaiting finance' },
  finance_approved: { zh: '审核完成', en: 'Approved' },
  void: { zh: '已作废（审核截止前未完成签字）', en: 'Void (not signed by all before the review deadline)' },
};

/** The signatures in the order they are given: the status each one moves to, from which status, by which role. */
export const REVIEW_STEPS = [
  { role: 'clerk', from: 'submitted', to: 'clerk_approved' },
  { role: 'sales_manager', from: 'clerk_approved', to: 'manager_approved' },
  { role: 'finance', from: 'manager_approved', to: 'finance_approved' },
] as const satisfies readonly { role: Role; from: ReviewStatus; to: ReviewStatus }[];

export const REVIEWER_ROLES: readonly Role[] = REVIEW_STEPS.map((s) => s.role);
const UNDER_REVIEW: readonly ReviewStatus[] = REVIEW_STEPS.map((s) => s.from);

export interface ReviewActor {
  userId: string;
  role: Role;
}

export interface Signature {
  role: Role;
  userId: string;
  on: IsoDate;
}

export interface ReturnNote extends Signature {
  comment: string;
}

export interface ReviewState {
  status: ReviewStatus;
  /** The rep whose statement it is. */
  repId: string;
  /** The review deadline (8th working day of the next month by default); see statementDeadlines. */
  reviewBy: IsoDate;
  submittedOn: IsoDate | null;
  /** The signatures of the current round, in order. */
  signatures: Signature[];
  /** The latest return, kept after resubmission so the rep's answer can be read against it. */
  lastReturn: ReturnNote | null;
}

export type ReviewAction = { type: 'submit'; on: IsoDate } | { type: 'approve'; on: IsoDate } | { type: 'return'; on: IsoDate; comment: string };

export type RefusalReason = 'wrong-role' | 'not-owner' | 'not-your-turn' | 'not-under-review' | 'not-editable' | 'void' | 'comment-required';

export type TransitionResult = { ok: true; state: ReviewState } | ({ ok: false; reason: RefusalReason } & Bilingual);

export const RETURN_COMMENT_MAX = 500;

export function newReviewState(repId: string, reviewBy: IsoDate): ReviewState {
  return { status: 'draft', repId, reviewBy, submittedOn: null, signatures: [], lastReturn: null };
}

/** The status on a given day: void once the review deadline has passed without the last signature. */
export function statusAt(state: ReviewState, date: IsoDate): StatementStatus {
  if (state.status === 'finance_approved') return state.status;
  return isAfter(date, state.reviewBy) ? 'void' : state.status;
}

/** Whether the rep may change the statement's rows (before submission, or after it was returned). */
export function isEditable(status: StatementStatus): boolean {
  return status === 'draft' || status === 'returned';
}

const refuse = (reason: RefusalReason, zh: string, en: string): TransitionResult => ({ ok: false, reason, zh, en });

function submit(state: ReviewState, action: { on: IsoDate }, actor: ReviewActor): TransitionResult {
  if (actor.userId !== state.repId) return refuse('not-owner', '只有填报人本人可以报送这张统计表', 'Only the rep who owns this statement can submit it');
  if (!isEditable(state.status)) return refuse('not-editable', '统计表已报送，不能重复报送', 'The statement has already been submitted');
  return { ok: true, state: { ...state, status: 'submitted', submittedOn: action.on, signatures: [] } };
}

function approve(state: ReviewState, action: { on: IsoDate }, actor: ReviewActor): TransitionResult {
  if (!REVIEWER_ROLES.includes(actor.role)) {
    return refuse('wrong-role', '只有销售文员、销售部经理和财务可以审核统计表', 'Only the sales clerk, the sales manager and finance review statements');
  }
  const step = REVIEW_STEPS.find((s) => s.from === state.status);
  if (!step) {
    return state.status === 'finance_approved'
      ? refuse('not-under-review', '统计表已审核完成', 'The statement has already been approved')
      : refuse('not-under-review', '统计表尚未报送，不能审核', 'The statement has not been submitted, so it cannot be reviewed');
  }
  if (step.role !== actor.role) {
    const waiting = REVIEW_STEPS.findIndex((s) => s === step);
    const mine = REVIEW_STEPS.findIndex((s) => s.role === actor.role);
    return mine < waiting
      ? refuse('not-your-turn', '您这一级已经审核过了', 'Your step has already been signed')
      : refuse('not-your-turn', '须按 销售文员 → 销售部经理 → 财务 的顺序审核，前一级尚未签字', 'Reviews go clerk → sales manager → finance; the previous step has not signed yet');
  }
  const signature: Signature = { role: actor.role, userId: actor.userId, on: action.on };
  return { ok: true, state: { ...state, status: step.to, signatures: [...state.signatures, signature] } };
}

function sendBack(state: ReviewState, action: { on: IsoDate; comment: string }, actor: ReviewActor): TransitionResult {
  if (!REVIEWER_ROLES.includes(actor.role)) {
    return refuse('wrong-role', '只有销售文员、销售部经理和财务可以退回统计表', 'Only the sales clerk, the sales manager and finance can return a statement');
  }
  if (!UNDER_REVIEW.includes(state.status)) {
    return refuse('not-under-review', '只有审核中的统计表可以退回', 'Only a statement under review can be returned');
  }
  const comment = action.comment.trim();
  if (!comment) return refuse('comment-required', '退回时请写明原因', 'Say why the statement is returned');
  if (comment.length > RETURN_COMMENT_MAX) {
    return refuse('comment-required', `退回原因不能超过 ${RETURN_COMMENT_MAX} 个字符`, `The reason must have at most ${RETURN_COMMENT_MAX} characters`);
  }
  const note: ReturnNote = { role: actor.role, userId: actor.userId, on: action.on, comment };
  return { ok: true, state: { ...state, status: 'returned', signatures: [], lastReturn: note } };
}

/**
 * The next state after `action` by `actor`, or why it is refused. 'wrong-role' is for a role that may never
 * do it (HTTP 403); every other refusal is about this statement's state (409), or its owner for 'not-owner'.
 */
export function transition(state: ReviewState, action: ReviewAction, actor: ReviewActor): TransitionResult {
  if (statusAt(state, action.on) === 'void') {
    return refuse('void', '已过审核截止日且未完成全部签字，统计表已作废', 'The review deadline has passed without all signatures, so the statement is void');
  }
  switch (action.type) {
    case 'submit':
      return submit(state, action, actor);
    case 'approve':
      return approve(state, action, actor);
    case 'return':
      return sendBack(state, action, actor);
  }
}
