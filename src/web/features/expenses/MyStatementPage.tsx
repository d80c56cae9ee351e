import { App, Button, Empty, Select, Space } from 'antd';
import { useState } from 'react';
import { useSession } from '../../app/session';
import { errorText } from '../../shared/api/client';
import { useLang, useT } from '../../shared/i18n/lang';
import { PageHeader } from '../../shared/ui/PageHeader';
import { QueryView } from '../../shared/ui/QueryView';
import { isEditable } from '../../../domain/expenses/review';
import { useGenerate, useStatement, useStatements } from './api';
import { StatementView } from './StatementView';
import { expenseText } from './text';

/** 我的月结单: the rep's own statements, the latest first; make last month's when there is none yet. */
export function MyStatementPage() {
  const t = useT();
  const { lang } = useLang();
  const { me, can } = useSession();
  const { message } = App.useApp();
  const list = useStatements({ repId: me.user.id });
  const generate = useGenerate();
  const [chosen, setChosen] = useState<string | undefined>();
  const items = [...(list.data?.items ?? [])].sort((a, b) => b.month.localeCompare(a.month));
  const selectedId = chosen ?? items[0]?.id;
  const detail = useStatement(selectedId);
  const make = (month?: string) =>
    generate.mutate(
      { month },
      {
        onSuccess: (r) => {
          void message.success(t(expenseText.generated));
          const made = r.items.find((s) => s.repId === me.user.id);
          if (made) setChosen(made.id);
        },
        onError: (err) => void message.error(errorText(err, lang)),
      },
    );
  const selected = items.find((s) => s.id === selectedId);
  return (
    <div data-testid="my-statement-page">
      <PageHeader
        title={t(expenseText.mineTitle)}
        description={t(expenseText.mineIntro)}
        extra={
          <Space wrap>
            {items.length > 1 ? (
              <Select style={{ minWidth: 120 }} value={selectedId} onChange={setChosen} options={items.map((s) => ({ value: s.id, label: s.month }))} data-testid="my-statement-month" />
            ) : null}
            {selected && isEditable(selected.status) && can('expenseStatement.generate') ? (
              <Button loading={generate.isPending} onClick={() => make(selected.month)} data-testid="statement-regenerate">
                {t(expenseText.regenerate)}
              </Button>
            ) : null}
          </Space>
        }
      />
      <QueryView query={list}>
        {() =>
          selectedId ? (
            <QueryView query={detail}>{(s) => <StatementView statement={s} />}</QueryView>
          ) : (
            <Empty description={`${t(expenseText.noStatement)}${t(expenseText.noStatementHint)}`}>
              {can('expenseStatement.generate') ? (
                <Button type="primary" loading={generate.isPending} onClick={() => make()} data-testid="statement-generate">
                  {t(expenseText.generate)}
                </Button>
              ) : null}
            </Empty>
          )
        }
      </QueryView>
    </div>
  );
}
