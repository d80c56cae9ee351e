import { useState } from 'react';
import { formatDateTime } from '../../shared/format/datetime';
import type { Plan } from './api';

/** The day whose route is shown: the one chosen, else today when the plan has visits today, else the plan's first day with visits. */
export function useRouteDay(plan: Plan): [string | undefined, (day: string) => void] {
  const [chosen, setChosen] = useState<string | null>(null);
  const today = formatDateTime(new Date()).slice(0, 10);
  const withVisits = plan.days.filter((d) => d.visitCount > 0);
  const day = plan.days.some((d) => d.date === chosen) ? chosen! : (withVisits.find((d) => d.date === today) ?? withVisits[0] ?? plan.days[0])?.date;
  return [day, setChosen];
}
