import { Tag } from 'antd';
import { useT } from '../../shared/i18n/lang';
import { GradeBadge } from '../abc/GradeBadge';
import type { PlanGrade } from './api';
import { visitsText } from './text';

/** A planned customer's grade: A/B/C or 无销售 as on the ABC page, and 未分级 for a customer never graded. */
export function PlanGradeBadge({ grade }: { grade: PlanGrade }) {
  const t = useT();
  if (grade === null) return <Tag data-testid="grade-badge">{t(visitsText.ungraded)}</Tag>;
  return <GradeBadge grade={grade} />;
}
