import { useSession } from '../../../app/session';
import { useT } from '../../../shared/i18n/lang';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { QueryView } from '../../../shared/ui/QueryView';
import { useExpenseSettings } from './api';
import { ExpenseSettingsForm } from './ExpenseSettingsForm';
import { expenseSettingsText } from './text';

/** 客情费规则: usages, payout conditions, borrowing limit, spot checks and deadlines. Read-only without expenseSettings.manage. */
export function ExpenseSettingsPage() {
  const t = useT();
  const { can } = useSession();
  const settings = useExpenseSettings();
  return (
    <div data-testid="expense-settings-page">
      <PageHeader title={t(expenseSettingsText.title)} description={t(expenseSettingsText.intro)} />
      <QueryView query={settings}>{(v) => <ExpenseSettingsForm key={v.version} view={v} editable={can('expenseSettings.manage')} onReload={() => void settings.refetch()} />}</QueryView>
    </div>
  );
}
