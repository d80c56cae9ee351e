import { Button } from 'antd';
import { useState } from 'react';
import { useSession } from '../../app/session';
import { useT } from '../../shared/i18n/lang';
import { useConfirmAction } from '../../shared/ui/use-confirm-action';
import { useReviewStep, type StatementDetail } from './api';
import { yuan } from './format';
import { ReturnModal } from './ReturnModal';
import { statementRights } from './statement-rights';
import { expenseText } from './text';

/** What the signed-in person may do with the statement now (statementRights with the session's abilities). */
export function useStatementRights(s: StatementDetail) {
  const { me, can } = useSession();
  return statementRights(s, { id: me.user.id, role: me.user.role }, can);
}

export function ReviewActions({ statement }: { statement: StatementDetail }) {
  const t = useT();
  const rights = useStatementRights(statement);
  const step = useReviewStep(statement.id);
  const confirm = useConfirmAction();
  const [returning, setReturning] = useState(false);
  const vars = { month: statement.month, rep: statement.repName, total: yuan(statement.totals.finalFen) };
  return (
    <>
      {rights.submit ? (
        <Button
          type="primary"
          data-testid="statement-submit"
          onClick={() =>
            confirm({
              texts: { title: expenseText.submitConfirm, body: expenseText.submitBody, ok: expenseText.submit, done: expenseText.submitted },
              vars,
              run: () => step.mutateAsync({ step: 'submit', version: statement.version }),
            })
          }
        >
          {t(expenseText.submit)}
        </Button>
      ) : null}
      {rights.approve ? (
        <Button
          type="primary"
          data-testid="statement-approve"
          onClick={() =>
            confirm({
              texts: { title: expenseText.approveConfirm, body: expenseText.approveBody, ok: expenseText.approve, done: expenseText.approved },
              vars,
              run: () => step.mutateAsync({ step: 'approve', version: statement.version }),
            })
          }
        >
          {t(expenseText.approve)}
        </Button>
      ) : null}
      {rights.return ? (
        <Button danger onClick={() => setReturning(true)} data-testid="statement-return">
          {t(expenseText.return)}
        </Button>
      ) : null}
      {returning ? <ReturnModal statement={statement} onClose={() => setReturning(false)} /> : null}
    </>
  );
}
