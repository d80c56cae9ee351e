import { Card, Flex, Segmented, Select, Table, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { formatYuan } from '../../../domain/sales/money';
import { useT } from '../../shared/i18n/lang';
import { QueryView } from '../../shared/ui/QueryView';
import type { AbcScope } from '../abc/api';
import { EChart, type ChartOption } from '../abc/EChart';
import { useSalesAnalysis, type GroupBy, type SalesAnalysis } from './api';
import { ExportLinks } from './ExportLinks';
import { analysisText } from './text';

const GROUP_BYS: GroupBy[] = ['category', 'customerType', 'region', 'office', 'rep'];
/** Groups beyond this many are drawn together as "others" in the chart (the table lists all of them). */
const CHART_GROUPS = 8;

function chartOption(a: SalesAnalysis, others: string): ChartOption {
  const top = a.series.slice(0, CHART_GROUPS);
  const rest = a.series.slice(CHART_GROUPS);
  const series = [...top.map((s) => ({ name: s.label, values: s.salesFen }))];
  if (rest.length) series.push({ name: others, values: a.buckets.map((_, i) => rest.reduce((sum, s) => sum + (s.salesFen[i] ?? 0), 0)) });
  return {
    grid: { left: 8, right: 8, top: 40, bottom: 8, containLabel: true },
    legend: { top: 0, type: 'scroll' },
    tooltip: { trigger: 'axis', valueFormatter: (v: number) => formatYuan(Math.round(v)) },
    xAxis: { type: 'category', data: a.buckets },
    yAxis: { type: 'value', axisLabel: { formatter: (v: number) => formatYuan(Math.round(v)).replace(/\.\d\d$/, '') } },
    series: series.map((s) => ({ name: s.name, type: 'bar', stack: 'sales', data: s.values })),
  };
}

/** Sales by category, customer type, region, office or rep per month or quarter: a stacked chart and the table. */
export function SalesAnalysisCard({ scope, onPeriod }: { scope: AbcScope; onPeriod: (period: SalesAnalysis['period']) => void }) {
  const t = useT();
  const [groupBy, setGroupBy] = useState<GroupBy>('category');
  const [interval, setInterval] = useState<'month' | 'quarter'>('month');
  const query = useSalesAnalysis(scope, groupBy, interval);
  const period = query.data?.period;
  useEffect(() => {
    if (period) onPeriod(period);
  }, [period, onPeriod]);
  const others = t({ zh: '其他', en: 'Others' });
  const option = useMemo(() => (query.data ? chartOption(query.data, others) : null), [query.data, others]);
  return (
    <Card
      size="small"
      title={t(analysisText.salesTab)}
      extra={
        <Flex gap={8}>
          <ExportLinks path="/analysis/sales/export" query={{ ...scope, groupBy, interval }} />
        </Flex>
      }
    >
      <Flex wrap gap={8} style={{ marginBottom: 12 }}>
        <Select<GroupBy>
          value={groupBy}
          onChange={setGroupBy}
          options={GROUP_BYS.map((g) => ({ value: g, label: t(analysisText.groups[g]) }))}
          style={{ width: 140 }}
          aria-label={t(analysisText.groupBy)}
          data-testid="sales-group-by"
        />
        <Segmented<'month' | 'quarter'>
          value={interval}
          onChange={setInterval}
          options={[
            { value: 'month', label: t(analysisText.month) },
            { value: 'quarter', label: t(analysisText.quarter) },
          ]}
        />
      </Flex>
      <QueryView query={query}>
        {(data) =>
          data.series.length === 0 ? (
            <Typography.Text type="secondary">{t(analysisText.noData)}</Typography.Text>
          ) : (
            <>
              {option ? <EChart option={option} height={300} testId="sales-chart" /> : null}
              <Table
                size="small"
                rowKey={(r) => r.key ?? ''}
                dataSource={data.series}
                pagination={false}
                scroll={{ x: 'max-content' }}
                style={{ marginTop: 12 }}
                columns={[
                  { title: t(analysisText.groups[groupBy]), dataIndex: 'label', fixed: 'left' },
                  ...data.buckets.map((b, i) => ({ title: b, key: b, align: 'right' as const, render: (_: unknown, r: SalesAnalysis['series'][number]) => formatYuan(r.salesFen[i] ?? 0) })),
                  { title: t(analysisText.total), align: 'right', render: (_, r) => formatYuan(r.totalSalesFen) },
                  { title: t(analysisText.margin), align: 'right', render: (_, r) => formatYuan(r.marginFen) },
                ]}
              />
            </>
          )
        }
      </QueryView>
    </Card>
  );
}
