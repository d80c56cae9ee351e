import { Alert, Button, Flex, Select, Table, Typography, type TableColumnsType } from 'antd';
import type { MappingProblem } from '../../../domain/imports/mapping';
import type { Bilingual } from '../../../domain/shared/messages';
import { pick } from '../../../domain/shared/messages';
import { useLang, useT } from '../i18n/lang';
import { useIsMobile } from '../ui/use-media-query';
import type { AnyImport, ImportMapping as Mapping, ImportTarget, Uploaded } from './api';
import { importWizardText as wizardText } from './text';

interface Props {
  upload: Pick<Uploaded<AnyImport>, 'fileName' | 'rowCount' | 'headers' | 'sample' | 'targets'>;
  mapping: Mapping;
  onChange: (mapping: Mapping) => void;
  onBack: () => void;
  onCheck: () => void;
  starting: boolean;
  /** The import's own mapping rules (given the fields the columns can go to) and what several columns may fill. */
  check: (mapping: Mapping, headers: readonly string[], targets: readonly ImportTarget[]) => MappingProblem[];
  repeatable: (target: string) => boolean;
  /** What the step asks of the person. */
  intro: Bilingual;
}

interface Row {
  header: string;
  samples: string[];
}

const IGNORE = '';

/** Step 2: each column of the file → a field or 不导入; the required fields and fields taken twice are pointed out. */
export function MappingStep({ upload, mapping, onChange, onBack, onCheck, starting, check, repeatable, intro }: Props) {
  const t = useT();
  const { lang } = useLang();
  const isMobile = useIsMobile();
  const problems = check(mapping, upload.headers, upload.targets);
  const taken = new Set(Object.values(mapping).filter((f): f is string => f !== null && !repeatable(f)));
  const options = (header: string) => [
    { value: IGNORE, label: t(wizardText.ignore) },
    ...upload.targets.map((target) => ({
      value: target.value,
      label: `${pick(target, lang)}${target.required ? `（${t(wizardText.required)}）` : ''}`,
      disabled: taken.has(target.value) && mapping[header] !== target.value,
    })),
  ];
  const select = (header: string) => (
    <Select
      showSearch={{ optionFilterProp: 'label' }}
      value={mapping[header] ?? IGNORE}
      options={options(header)}
      onChange={(value: string) => onChange({ ...mapping, [header]: value === IGNORE ? null : value })}
      style={{ width: '100%', minWidth: 180 }}
      aria-label={header}
      data-testid="import-mapping-select"
    />
  );
  const rows: Row[] = upload.headers.map((header, i) => ({ header, samples: upload.sample.map((r) => r[i] ?? '').filter(Boolean).slice(0, 2) }));
  const columns: TableColumnsType<Row> = [
    { key: 'header', title: t(wizardText.column), dataIndex: 'header', width: 180, render: (h: string) => <Typography.Text strong>{h}</Typography.Text> },
    { key: 'sample', title: t(wizardText.sample), dataIndex: 'samples', render: (s: string[]) => <Typography.Text type="secondary">{s.join('；') || '—'}</Typography.Text> },
    { key: 'field', title: t(wizardText.field), width: 240, render: (_: unknown, r) => select(r.header) },
  ];

  return (
    <Flex vertical gap={16} data-testid="import-mapping">
      <Typography.Text>
        {t(wizardText.fileLine, { name: upload.fileName, rows: upload.rowCount })}。{t(intro)}
      </Typography.Text>
      {isMobile ? (
        <Flex vertical gap={12}>
          {rows.map((r) => (
            <div key={r.header}>
              <Typography.Text strong>{r.header}</Typography.Text>
              {r.samples.length ? <Typography.Text type="secondary">（{r.samples.join('；')}）</Typography.Text> : null}
              <div style={{ marginTop: 4 }}>{select(r.header)}</div>
            </div>
          ))}
        </Flex>
      ) : (
        <Table<Row> rowKey="header" columns={columns} dataSource={rows} pagination={false} size="small" scroll={{ x: 'max-content' }} />
      )}
      {problems.length ? (
        <Alert
          type="warning"
          showIcon
          title={problems.map((p) => <div key={`${p.header}-${p.reason.zh}`}>{pick(p.reason, lang)}</div>)}
          data-testid="import-mapping-problems"
        />
      ) : null}
      <Flex gap={8} wrap justify="flex-end">
        <Button onClick={onBack}>{t(wizardText.chooseAgain)}</Button>
        <Button type="primary" disabled={problems.length > 0} loading={starting} onClick={onCheck} data-testid="import-check">
          {t(wizardText.startCheck)}
        </Button>
      </Flex>
    </Flex>
  );
}
