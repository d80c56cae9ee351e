import { ThunderboltOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useLang, useT } from '../../shared/i18n/lang';
import { common } from '../../shared/text';
import { useGeneratePlan, type PlanSummary } from './api';
import { monthLabel } from './plan-dates';
import { problemLines } from './problems';
import { visitsText } from './text';

/**
 * 生成计划 for a month without a plan; 重新生成 (after a confirmation) for a draft or returned one. A rep generates
 * their own plan; an office manager one for a rep of the office (repId).
 */
export function GenerateButton({ month, repId, existing, primary }: { month: string; repId: string | undefined; existing: PlanSummary | undefined; primary: boolean }) {
  const t = useT();
  const { lang } = useLang();
  const { modal, message } = App.useApp();
  const generate = useGeneratePlan();
  const run = () =>
    generate.mutateAsync({ month, repId }).then(
      () => void message.success(t(visitsText.generated)),
      (err: unknown) => void message.error({ content: problemLines(err, lang).join('：'), duration: 8 }),
    );
  const onClick = () => {
    if (!existing) return void run();
    modal.confirm({
      title: t(visitsText.regenerateTitle, { month: monthLabel(t, month) }),
      content: t(visitsText.regenerateBody),
      okText: t(visitsText.regenerate),
      cancelText: t(common.cancel),
      okButtonProps: { danger: true },
      onOk: run,
    });
  };
  return (
    <Button type={primary ? 'primary' : 'default'} icon={<ThunderboltOutlined />} loading={generate.isPending} onClick={onClick} data-testid="plan-generate">
      {t(existing ? visitsText.regenerate : visitsText.generate)}
    </Button>
  );
}
