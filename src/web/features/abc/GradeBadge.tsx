import { Tag } from 'antd';
import { useT } from '../../shared/i18n/lang';
import type { GradeOrNone } from './api';
import { abcText } from './text';

export const GRADE_COLORS: Record<'A' | 'B' | 'C', string> = { A: '#cf1322', B: '#d48806', C: '#1677ff' };

/** A customer's ABC grade as a coloured tag; "no sales" in grey; nothing when not graded yet. */
export function GradeBadge({ grade }: { grade: GradeOrNone | null | undefined }) {
  const t = useT();
  if (!grade) return null;
  if (grade === 'none') return <Tag data-testid="grade-badge">{t(abcText.gradeNone)}</Tag>;
  return (
    <Tag color={GRADE_COLORS[grade]} data-testid="grade-badge" style={{ fontWeight: 600 }}>
      {grade}
    </Tag>
  );
}
