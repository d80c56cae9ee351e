import { isEditable, REVIEW_STEPS, type StatementStatus } from '../../../domain/expenses/review';
import type { Action } from '../../../domain/identity/policies';
import type { Role } from '../../../domain/identity/roles';

export interface StatementRights {
  /** Change a row's amount (its rep, while a draft or returned). */
  edit: boolean;
  submit: boolean;
  /** Sign: only the reviewer whose step it is (clerk → sales manager → finance). */
  approve: boolean;
  /** Send back with a comment: any reviewer while it is under review. */
  return: boolean;
}

/** What a person may do with a statement now, mirroring the domain's review rules so the page offers only what the server accepts. */
export function statementRights(s: { repId: string; status: StatementStatus }, me: { id: string; role: Role }, can: (a: Action) => boolean): StatementRights {
  const own = me.id === s.repId;
  return {
    edit: own && can('expenseStatement.adjust') && isEditable(s.status),
    submit: own && can('expenseStatement.submit') && isEditable(s.status),
    approve: can('expenseStatement.review') && REVIEW_STEPS.some((step) => step.from === s.status && step.role === me.role),
    return: can('expenseStatement.review') && REVIEW_STEPS.some((step) => step.from === s.status),
  };
}
