import { DatePicker, Empty, Flex, Select, Skeleton } from 'antd';
import dayjs from 'dayjs';
import { useCallback, useEffect } from 'react';
import { useSearchParams } from 'react-router';
import { useSession } from '../../app/session';
import type { User } from '../../shared/api/types';
import { useT } from '../../shared/i18n/lang';
import { PageHeader } from '../../shared/ui/PageHeader';
import { QueryView } from '../../shared/ui/QueryView';
import { useIsMobile } from '../../shared/ui/use-media-query';
import { usePlan, usePlans, useReps, type PlanSummary } from './api';
import { GenerateButton } from './GenerateButton';
import { defaultMonth, monthLabel } from './plan-dates';
import { PlanPanel } from './PlanPanel';
import { statusText } from './PlanStatusTag';
import { RepStatusStrip } from './RepStatusStrip';
import { visitsText } from './text';

const EDITABLE = ['draft', 'returned'];
const ORDER: Record<PlanSummary['status'], number> = { submitted: 0, returned: 1, draft: 2, approved: 3 };

/** The rep shown first to a manager: one whose plan awaits review, else one with a plan, else the first. */
function firstToShow(reps: User[], plans: Map<string, PlanSummary>): string | undefined {
  const rank = (u: User) => ORDER[plans.get(u.id)?.status ?? 'approved'] + (plans.has(u.id) ? 0 : 10);
  return [...reps].sort((a, b) => rank(a) - rank(b))[0]?.id;
}

/**
 * 拜访计划: the month's plan of a rep. A rep sees their own; an office manager picks a rep of the office (each
 * shown with the plan's status) to generate, approve or return it. Month and rep are kept in the address.
 */
export function VisitPlansPage() {
  const t = useT();
  const { me, can } = useSession();
  const isMobile = useIsMobile();
  const [params, setParams] = useSearchParams();
  const month = params.get('month') ?? defaultMonth(new Date());
  const isRep = me.user.role === 'rep';
  const reps = useReps(!isRep);
  const plans = usePlans(month);
  const byRep = new Map<string, PlanSummary>((plans.data ?? []).map((p) => [p.repId, p]));
  const repId = isRep ? me.user.id : (params.get('rep') ?? firstToShow(reps.data ?? [], byRep));
  const summary = plans.data?.find((p) => p.repId === repId);
  const plan = usePlan(summary?.id);
  const set = useCallback((key: string, value: string) => setParams((p) => ({ ...Object.fromEntries(p), [key]: value }), { replace: true }), [setParams]);
  // Keep the rep first shown in the address, so that approving their plan does not switch to another rep.
  const pinned = params.get('rep');
  useEffect(() => {
    if (!isRep && !pinned && repId && plans.isSuccess) set('rep', repId);
  }, [isRep, pinned, repId, plans.isSuccess, set]);

  const canGenerate = can('visitPlan.generate') && Boolean(repId) && (!summary || EDITABLE.includes(summary.status));
  const generate = canGenerate ? <GenerateButton month={month} repId={isRep ? undefined : repId} existing={summary} primary={!summary} /> : null;

  const pickers = (
    <Flex wrap gap={8} style={{ marginBottom: 16 }}>
      <DatePicker
        picker="month"
        value={dayjs(`${month}-01`)}
        format="YYYY-MM"
        allowClear={false}
        onChange={(d) => d && set('month', d.format('YYYY-MM'))}
        aria-label={t(visitsText.month)}
        data-testid="plan-month"
        style={{ width: isMobile ? 130 : 150 }}
      />
      {isRep ? null : (
        <Select
          value={repId}
          onChange={(id: string) => set('rep', id)}
          loading={reps.isPending}
          placeholder={t(visitsText.pickRep)}
          notFoundContent={t(visitsText.noReps)}
          aria-label={t(visitsText.rep)}
          data-testid="plan-rep"
          style={{ minWidth: 200, flex: isMobile ? '1 1 180px' : undefined }}
          options={(reps.data ?? []).map((u) => ({ value: u.id, label: `${u.displayName} · ${t(statusText(byRep.get(u.id)?.status ?? null))}` }))}
        />
      )}
    </Flex>
  );

  const hint = isRep ? visitsText.noPlanRep : can('visitPlan.generate') ? visitsText.noPlanManager : visitsText.noPlanReadOnly;
  return (
    <div data-testid="visit-plans-page">
      <PageHeader title={t(visitsText.title)} description={isMobile ? undefined : t(visitsText.intro)} />
      {pickers}
      {!isRep && !isMobile && reps.data && reps.data.length > 1 ? <RepStatusStrip reps={reps.data} plans={byRep} selected={repId} onSelect={(id) => set('rep', id)} /> : null}
      <QueryView query={plans}>
        {() =>
          summary ? (
            plan.data ? (
              <PlanPanel plan={plan.data} generateButton={generate} />
            ) : (
              <QueryView query={plan}>{() => null}</QueryView>
            )
          ) : repId || isRep ? (
            <Empty data-testid="plan-empty" description={`${t(visitsText.noPlan, { month: monthLabel(t, month) })}${t(hint)}`}>
              {generate}
            </Empty>
          ) : reps.isPending ? (
            <Skeleton active />
          ) : (
            <Empty description={t(visitsText.noReps)} />
          )
        }
      </QueryView>
    </div>
  );
}
