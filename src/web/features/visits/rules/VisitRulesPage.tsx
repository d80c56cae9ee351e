import { useSession } from '../../../app/session';
import { useT } from '../../../shared/i18n/lang';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { QueryView } from '../../../shared/ui/QueryView';
import { useVisitSettings } from './api';
import { VisitRulesForm } from './VisitRulesForm';
import { visitRulesText } from './text';

/** 拜访规则: visits a month per grade and per customer type, and the plan settings. Read-only without visitRules.manage. */
export function VisitRulesPage() {
  const t = useT();
  const { can } = useSession();
  const settings = useVisitSettings();
  return (
    <div data-testid="visit-rules-page">
      <PageHeader title={t(visitRulesText.title)} description={t(visitRulesText.intro)} />
      <QueryView query={settings}>{(s) => <VisitRulesForm key={s.version} settings={s} editable={can('visitRules.manage')} onReload={() => void settings.refetch()} />}</QueryView>
    </div>
  );
}
