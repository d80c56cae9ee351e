import { describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../identity/roles';
import {
  isEditable,
  newReviewState,
  REVIEW_STATUSES,
  statusAt,
  transition,
  type ReviewAction,
  type ReviewActor,
  type ReviewState,
  type ReviewStatus,
  type TransitionResult,
} from './review';

const REVIEW_BY = '2025-10-17';
const rep: ReviewActor = { userId: 'rep-1', role: 'rep' };
const otherRep: ReviewActor = { userId: 'rep-2', role: 'rep' };
const actor = (role: Role): ReviewActor => ({ userId: `${role}-1`, role });
const clerk = actor('clerk');
const manager = actor('sales_manager');
const finance = actor('finance');

const submit = (on = '2025-10-11'): ReviewAction => ({ type: 'submit', on });
const approve = (on = '2025-10-14'): ReviewAction => ({ type: 'approve', on });
const sendBack = (comment = '第 3 行回款金额与财务记录不符', on = '2025-10-14'): ReviewAction => ({ type: 'return', on, comment });

function run(state: ReviewState, ...steps: [ReviewAction, ReviewActor][]): ReviewState {
  return steps.reduce((s, [action, who]) => {
    const r = transition(s, action, who);
    if (!r.ok) throw new Error(`refused: ${r.zh}`);
    return r.state;
  }, state);
}

const draft = newReviewState('rep-1', REVIEW_BY);
const states: Record<ReviewStatus, ReviewState> = {
  draft,
  submitted: run(draft, [submit(), rep]),
  returned: run(draft, [submit(), rep], [sendBack(), clerk]),
  clerk_approved: run(draft, [submit(), rep], [approve(), clerk]),
  manager_approved: run(draft, [submit(), rep], [approve(), clerk], [approve(), manager]),
  finance_approved: run(draft, [submit(), rep], [approve(), clerk], [approve(), manager], [approve(), finance]),
};

describe('statement review workflow', () => {
  it('goes rep → clerk → sales manager → finance, recording each signature in order', () => {
    const done = states.finance_approved;
    expect(done.status).toBe('finance_approved');
    expect(done.submittedOn).toBe('2025-10-11');
    expect(done.signatures.map((s) => [s.role, s.userId])).toEqual([
      ['clerk', 'clerk-1'],
      ['sales_manager', 'sales_manager-1'],
      ['finance', 'finance-1'],
    ]);
  });

  it('lets any reviewer return a statement with a comment; the rep edits and resubmits, and review starts over', () => {
    const returned = run(states.manager_approved, [sendBack('客户 c3 的采购数量有误', '2025-10-15'), finance]);
    expect(returned).toMatchObject({ status: 'returned', signatures: [], lastReturn: { role: 'finance', comment: '客户 c3 的采购数量有误', on: '2025-10-15' } });
    expect(isEditable(statusAt(returned, '2025-10-15'))).toBe(true);
    const again = run(returned, [submit('2025-10-15'), rep]);
    expect(again).toMatchObject({ status: 'submitted', submittedOn: '2025-10-15', signatures: [] });
    expect(transition(again, approve('2025-10-16'), manager)).toMatchObject({ ok: false, reason: 'not-your-turn' });
    expect(run(again, [approve('2025-10-16'), clerk]).status).toBe('clerk_approved');
  });

  it('allows exactly the documented actions: every other status × action × role is refused', () => {
    const actors: ReviewActor[] = [rep, otherRep, ...ROLES.filter((r) => r !== 'rep').map(actor)];
    const actions: ReviewAction[] = [submit('2025-10-14'), approve(), sendBack()];
    const allowed = new Set([
      'draft submit rep-1',
      'returned submit rep-1',
      'submitted approve clerk',
      'clerk_approved approve sales_manager',
      'manager_approved approve finance',
      ...['submitted', 'clerk_approved', 'manager_approved'].flatMap((s) => ['clerk', 'sales_manager', 'finance'].map((r) => `${s} return ${r}`)),
    ]);
    let checked = 0;
    for (const status of REVIEW_STATUSES) {
      for (const action of actions) {
        for (const who of actors) {
          const result = transition(states[status], action, who);
          const name = `${status} ${action.type} ${who.role === 'rep' ? who.userId : who.role}`;
          expect(result.ok, name).toBe(allowed.has(name));
          if (!result.ok) {
            expect(result.zh, name).toMatch(/[\u4e00-\u9fff]/);
            expect(result.en, name).toMatch(/[a-z]/);
          }
          checked += 1;
        }
      }
    }
    expect(checked).toBe(6 * 3 * 7);
  });

  it('explains refusals by kind: role, owner, order, state', () => {
    const reason = (r: TransitionResult) => (r.ok ? 'ok' : r.reason);
    expect(reason(transition(states.submitted, approve(), rep))).toBe('wrong-role');
    expect(reason(transition(states.submitted, approve(), actor('admin')))).toBe('wrong-role');
    expect(reason(transition(states.submitted, sendBack(), actor('office_manager')))).toBe('wrong-role');
    expect(reason(transition(states.draft, submit(), otherRep))).toBe('not-owner');
    expect(reason(transition(states.draft, submit(), clerk))).toBe('not-owner');
    expect(reason(transition(states.submitted, approve(), finance))).toBe('not-your-turn');
    expect(reason(transition(states.manager_approved, approve(), clerk))).toBe('not-your-turn');
    expect(reason(transition(states.draft, approve(), clerk))).toBe('not-under-review');
    expect(reason(transition(states.finance_approved, sendBack(), finance))).toBe('not-under-review');
    expect(reason(transition(states.submitted, submit(), rep))).toBe('not-editable');
    expect(transition(states.submitted, sendBack('   '), clerk)).toMatchObject({ ok: false, reason: 'comment-required', zh: '退回时请写明原因' });
    expect(transition(states.manager_approved, approve(), clerk)).toMatchObject({ zh: '您这一级已经审核过了' });
    expect(transition(states.submitted, approve(), finance)).toMatchObject({ zh: '须按 销售文员 → 销售部经理 → 财务 的顺序审核，前一级尚未签字' });
  });
});

describe('void after the review deadline', () => {
  it('voids a statement missing any signature once the deadline day is over', () => {
    for (const status of REVIEW_STATUSES.filter((s) => s !== 'finance_approved')) {
      expect(statusAt(states[status], REVIEW_BY), status).toBe(status);
      expect(statusAt(states[status], '2025-10-18'), status).toBe('void');
    }
    expect(statusAt(states.finance_approved, '2026-06-30')).toBe('finance_approved');
  });

  it('refuses every action on a void statement, including the last signature one day late', () => {
    const late = transition(states.manager_approved, approve('2025-10-18'), finance);
    expect(late).toMatchObject({ ok: false, reason: 'void', zh: '已过审核截止日且未完成全部签字，统计表已作废' });
    expect(transition(states.draft, submit('2025-10-20'), rep)).toMatchObject({ ok: false, reason: 'void' });
    expect(transition(states.manager_approved, approve(REVIEW_BY), finance)).toMatchObject({ ok: true });
  });
});
