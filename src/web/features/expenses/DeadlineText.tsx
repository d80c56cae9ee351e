import { Typography } from 'antd';
import { useT } from '../../shared/i18n/lang';
import { expenseText } from './text';

/** A deadline as YYYY-MM-DD, in red with 已逾期 when it has passed with the step undone. */
export function DeadlineText({ date, late, testId }: { date: string; late: boolean; testId?: string }) {
  const t = useT();
  return (
    <Typography.Text type={late ? 'danger' : undefined} strong={late} data-testid={testId}>
      {date}
      {late ? ` · ${t(expenseText.late)}` : ''}
    </Typography.Text>
  );
}
