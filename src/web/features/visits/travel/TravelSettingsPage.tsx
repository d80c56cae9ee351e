import { Empty, Select } from 'antd';
import { useSearchParams } from 'react-router';
import { useSession } from '../../../app/session';
import { useT } from '../../../shared/i18n/lang';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { QueryView } from '../../../shared/ui/QueryView';
import { useReps } from '../api';
import { useTravel } from './api';
import { TravelForm } from './TravelForm';
import { travelText } from './text';

/**
 * 出行设置: a rep's start point, end point, transport and visits a day. A rep sees and changes their own; an office
 * manager picks a rep of the office; organisation-wide managers read them. The rep is kept in the address.
 */
export function TravelSettingsPage() {
  const t = useT();
  const { me, can } = useSession();
  const isRep = me.user.role === 'rep';
  const [params, setParams] = useSearchParams();
  const reps = useReps(!isRep);
  const repId = isRep ? me.user.id : (params.get('rep') ?? reps.data?.[0]?.id);
  const travel = useTravel(repId);

  return (
    <div data-testid="travel-page">
      <PageHeader title={t(travelText.title)} description={t(isRep ? travelText.intro : travelText.introManager)} />
      {isRep ? null : (
        <Select
          value={repId}
          onChange={(id: string) => setParams({ rep: id }, { replace: true })}
          loading={reps.isPending}
          placeholder={t(travelText.pickRep)}
          aria-label={t(travelText.rep)}
          data-testid="travel-rep"
          showSearch={{ optionFilterProp: 'label' }}
          style={{ minWidth: 220, marginBottom: 16 }}
          options={(reps.data ?? []).map((u) => ({ value: u.id, label: `${u.displayName}${u.officeName ? ` · ${u.officeName}` : ''}` }))}
        />
      )}
      {repId ? (
        <QueryView query={travel}>
          {(s) => <TravelForm key={`${s.userId}-${s.version}`} settings={s} editable={can('visitTravel.manage')} own={isRep} onReload={() => void travel.refetch()} />}
        </QueryView>
      ) : reps.isPending ? null : (
        <Empty description={t(travelText.noReps)} />
      )}
    </div>
  );
}
