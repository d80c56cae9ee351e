import { DownloadOutlined } from '@ant-design/icons';
import { Button, Flex, List, Table, Typography, type TableColumnsType } from 'antd';
import { useLang, useT } from '../i18n/lang';
import { useIsMobile } from '../ui/use-media-query';
import type { ImportProblem } from './api';
import { importWizardText as wizardText } from './text';

/** Every problem found, as 行 / 列 / 问题, with the full list to download (the table shows the first ones the server sends). */
export function ProblemTable({ problems, total, downloadUrl }: { problems: ImportProblem[]; total: number; downloadUrl: string }) {
  const t = useT();
  const { lang } = useLang();
  const isMobile = useIsMobile();
  const columns: TableColumnsType<ImportProblem & { key: number }> = [
    { key: 'row', title: t(wizardText.row), dataIndex: 'row', width: 70 },
    { key: 'column', title: t(wizardText.column), dataIndex: 'column', width: 160 },
    { key: 'reason', title: t(wizardText.problem), render: (_: unknown, p) => (lang === 'en' ? p.reason_en : p.reason_zh) },
  ];
  return (
    <Flex vertical gap={8} data-testid="import-problems">
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Text strong>{t(wizardText.problems)}</Typography.Text>
        <Button icon={<DownloadOutlined />} href={downloadUrl} download data-testid="import-problems-download">
          {t(wizardText.download)}
        </Button>
      </Flex>
      {total > problems.length ? <Typography.Text type="secondary">{t(wizardText.firstShown, { n: problems.length })}</Typography.Text> : null}
      {isMobile ? (
        <List
          size="small"
          dataSource={problems}
          pagination={problems.length > 20 ? { pageSize: 20, size: 'small', showSizeChanger: false } : false}
          renderItem={(p) => (
            <List.Item data-testid="import-problem">
              <div>
                <Typography.Text strong>{t(wizardText.rowColumn, { row: p.row, column: p.column })}</Typography.Text>
                <div>{lang === 'en' ? p.reason_en : p.reason_zh}</div>
              </div>
            </List.Item>
          )}
        />
      ) : (
        <Table
          rowKey="key"
          size="small"
          columns={columns}
          dataSource={problems.map((p, i) => ({ ...p, key: i }))}
          pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
          onRow={() => ({ 'data-testid': 'import-problem' }) as React.HTMLAttributes<HTMLElement>}
        />
      )}
    </Flex>
  );
}
