import { useMemo } from 'react';
import { useT } from '../../shared/i18n/lang';
import { EChart, type ChartOption } from '../abc/EChart';
import { COMPLIANCE_GRADES, type ComplianceFigures } from './compliance-api';
import { complianceText } from './compliance-text';

/** Bars per grade: the contacts the plan holds, those the rules ask for, and those done. */
export function ComplianceChart({ figures, height = 260 }: { figures: ComplianceFigures; height?: number }) {
  const t = useT();
  const option = useMemo<ChartOption>(() => {
    const labels = COMPLIANCE_GRADES.map((g) => (g === 'none' ? t(complianceText.ungraded) : t(complianceText.gradeLabel, { g })));
    return {
      grid: { left: 8, right: 8, top: 36, bottom: 8, containLabel: true },
      legend: { top: 0 },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: labels },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        { name: t(complianceText.seriesPlanned), type: 'bar', data: COMPLIANCE_GRADES.map((g) => figures.planned[g]), itemStyle: { color: '#91caff' } },
        { name: t(complianceText.seriesRequired), type: 'bar', data: COMPLIANCE_GRADES.map((g) => figures.byGrade[g].required), itemStyle: { color: '#d9d9d9' } },
        { name: t(complianceText.seriesDone), type: 'bar', data: COMPLIANCE_GRADES.map((g) => figures.byGrade[g].counted), itemStyle: { color: '#1677ff' } },
      ],
    };
  }, [figures, t]);
  return <EChart option={option} height={height} testId="compliance-chart" />;
}
