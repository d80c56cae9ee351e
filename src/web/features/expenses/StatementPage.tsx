import { Link, useParams } from 'react-router';
import { useSession } from '../../app/session';
import { useT } from '../../shared/i18n/lang';
import { PageHeader } from '../../shared/ui/PageHeader';
import { QueryView } from '../../shared/ui/QueryView';
import { useStatement } from './api';
import { StatementView } from './StatementView';
import { expenseText } from './text';

/** /expenses/statements/:id — a statement as any role in its scope sees it (404 outside the scope). */
export function StatementPage() {
  const { id } = useParams();
  const t = useT();
  const { can } = useSession();
  const query = useStatement(id);
  return (
    <div data-testid="statement-page">
      <QueryView query={query}>
        {(s) => (
          <>
            <PageHeader title={t(expenseText.statementTitle, { month: s.month, rep: s.repName })} extra={can('expenseStatement.review') ? <Link to="/expenses/review">{t(expenseText.reviewTitle)}</Link> : null} />
            <StatementView statement={s} />
          </>
        )}
      </QueryView>
    </div>
  );
}
