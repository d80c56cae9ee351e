import { useMemo } from 'react';
import { formatPercent } from '../../../domain/sales/basis-points';
import { formatYuan } from '../../../domain/sales/money';
import { useT } from '../../shared/i18n/lang';
import type { AbcAnalysis } from './api';
import { EChart, type ChartOption } from './EChart';
import { GRADE_COLORS } from './GradeBadge';
import { abcText } from './text';

/** Bars of each customer's sales, largest first, the cumulative share as a line, and the A and A+B thresholds marked. */
export function ParetoChart({ data }: { data: AbcAnalysis }) {
  const t = useT();
  const option = useMemo<ChartOption>(() => {
    const ranks = data.pareto.map((p) => String(p.rank));
    return {
      grid: { left: 8, right: 8, top: 36, bottom: 8, containLabel: true },
      legend: { top: 0, data: [t(abcText.chartSales), t(abcText.chartCumulative)] },
      tooltip: {
        trigger: 'axis',
        formatter: (params: { dataIndex: number }[]) => {
          const p = data.pareto[params[0]?.dataIndex ?? 0];
          return p ? `#${p.rank} · ${p.grade}<br/>${t(abcText.chartSales)} ${formatYuan(p.salesFen)}<br/>${t(abcText.chartCumulative)} ${formatPercent(p.cumulativeBp)}` : '';
        },
      },
      xAxis: { type: 'category', data: ranks, name: t(abcText.rank), axisLabel: { hideOverlap: true } },
      yAxis: [
        { type: 'value', axisLabel: { formatter: (v: number) => formatYuan(Math.round(v)).replace(/\.\d\d$/, '') } },
        { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' }, splitLine: { show: false } },
      ],
      series: [
        {
          name: t(abcText.chartSales),
          type: 'bar',
          data: data.pareto.map((p) => ({ value: p.salesFen, itemStyle: { color: GRADE_COLORS[p.grade] } })),
          barCategoryGap: data.pareto.length > 60 ? 0 : '20%',
        },
        {
          name: t(abcText.chartCumulative),
          type: 'line',
          yAxisIndex: 1,
          showSymbol: data.pareto.length <= 60,
          data: data.pareto.map((p) => p.cumulativeBp / 100),
          lineStyle: { color: '#389e0d' },
          itemStyle: { color: '#389e0d' },
          markLine: {
            symbol: 'none',
            lineStyle: { type: 'dashed', color: '#8c8c8c' },
            label: { formatter: '{c}%', position: 'insideEndTop' },
            data: [{ yAxis: data.settings.aPercent }, { yAxis: data.settings.bPercent }],
          },
        },
      ],
    };
  }, [data, t]);
  return <EChart option={option} testId="pareto-chart" />;
}
