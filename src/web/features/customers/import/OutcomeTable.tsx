import { List, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useLang, useT } from '../../../shared/i18n/lang';
import { useIsMobile } from '../../../shared/ui/use-media-query';
import { customerFieldLabel } from '../labels';
import { importWizardText as wizardText } from '../../../shared/import/text';
import type { CustomerImport } from './api';
import { importText } from './text';

type Outcome = CustomerImport['outcomes'][number];

const ACTION = {
  create: { text: importText.actionCreate, color: 'green' },
  update: { text: importText.actionUpdate, color: 'blue' },
  unchanged: { text: importText.actionUnchanged, color: 'default' },
} as const;

/** What the check decided for each row: 新建, 更新 (with the fields that change) or 不变. */
export function OutcomeTable({ outcomes }: { outcomes: Outcome[] }) {
  const t = useT();
  const { lang } = useLang();
  const isMobile = useIsMobile();
  const tag = (a: Outcome['action']) => <Tag color={ACTION[a].color}>{t(ACTION[a].text)}</Tag>;
  const fields = (c: string[]) => c.map((f) => customerFieldLabel(f, lang)).join('、');
  if (isMobile) {
    return (
      <List
        size="small"
        dataSource={outcomes}
        pagination={outcomes.length > 10 ? { pageSize: 10, size: 'small', showSizeChanger: false } : false}
        renderItem={(o) => (
          <List.Item extra={tag(o.action)}>
            <div>
              <Typography.Text>{t(wizardText.rowColumn, { row: o.row, column: o.name })}</Typography.Text>
              {o.changes.length ? <Typography.Text type="secondary" style={{ display: 'block' }}>{fields(o.changes)}</Typography.Text> : null}
            </div>
          </List.Item>
        )}
      />
    );
  }
  const columns: TableColumnsType<Outcome> = [
    { key: 'row', title: t(wizardText.row), dataIndex: 'row', width: 70 },
    { key: 'name', title: t(importText.name), dataIndex: 'name', width: 260 },
    { key: 'action', title: t(importText.outcomes), dataIndex: 'action', width: 100, render: tag },
    { key: 'changes', title: t(importText.changes), dataIndex: 'changes', render: (c: string[]) => fields(c) || '—' },
  ];
  return <Table<Outcome> rowKey="row" size="small" columns={columns} dataSource={outcomes} pagination={{ pageSize: 10, hideOnSinglePage: true, showSizeChanger: false }} />;
}
