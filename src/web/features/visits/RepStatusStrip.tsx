import { Button, Flex } from 'antd';
import type { User } from '../../shared/api/types';
import type { PlanSummary } from './api';
import { PlanStatusTag } from './PlanStatusTag';

/** Every rep of the scope with the month's plan status (未生成 when none); a click shows that rep's plan. */
export function RepStatusStrip({ reps, plans, selected, onSelect }: { reps: User[]; plans: Map<string, PlanSummary>; selected: string | undefined; onSelect: (id: string) => void }) {
  return (
    <Flex wrap gap={8} style={{ marginBottom: 16 }} data-testid="plan-rep-statuses">
      {reps.map((u) => (
        <Button key={u.id} size="small" type={u.id === selected ? 'primary' : 'default'} ghost={u.id === selected} onClick={() => onSelect(u.id)} data-testid="plan-rep-status">
          {u.displayName} <PlanStatusTag status={plans.get(u.id)?.status ?? null} />
        </Button>
      ))}
    </Flex>
  );
}
