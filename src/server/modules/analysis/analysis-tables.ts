import { formatPercent } from '../../../domain/sales/basis-points';
import type { customerValues } from './customer-value.service';
import type { SalesAnalysis } from './sales-analysis.service';
import { yuanText } from './table-file';

const GROUP_HEADERS = { category: '产品类别', customerType: '客户类型', region: '地区', office: '办事处', rep: '业务员' } as const;
const TREND_ZH = { inactive: '无销售', new: '新增', stopped: '停止购买', rising: '上升', steady: '平稳', falling: '下降' } as const;
const pct = (bp: number | null) => (bp === null ? '' : formatPercent(bp));

/** The sales analysis as a table: one row per group, a column per month or quarter (yuan), then total and margin. */
export function salesRows(a: SalesAnalysis) {
  const headers = [GROUP_HEADERS[a.groupBy], ...a.buckets.map((b) => `${b}（元）`), '合计（元）', '毛利（元）'];
  const rows = a.series.map((s) => [s.label, ...s.salesFen.map(yuanText), yuanText(s.totalSalesFen), yuanText(s.marginFen)]);
  rows.push(['合计', ...a.totals.map(yuanText), yuanText(a.totalSalesFen), yuanText(a.totalSalesFen - a.totalCostFen)]);
  return { headers, rows };
}

/** The customer value table as exported: every customer in scope, in the order chosen. */
export function customerValueRows(v: Awaited<ReturnType<typeof customerValues>>) {
  const headers = ['客户', '办事处', '业务员', '当前等级', '累计销售额（元）', '累计毛利（元）', '累计毛利率', '近12个月销售额（元）', '近12个月毛利（元）', '近12个月毛利率', '前12个月销售额（元）', '变化', '趋势', '服务成本（元）'];
  const rows = v.items.map((i) => [
    i.customer.name,
    i.customer.officeName ?? '',
    i.customer.ownerName ?? '',
    i.customer.grade === null || i.customer.grade === 'none' ? '' : i.customer.grade,
    yuanText(i.historicalSalesFen),
    yuanText(i.historicalMarginFen),
    pct(i.historicalMarginBp),
    yuanText(i.currentSalesFen),
    yuanText(i.currentMarginFen),
    pct(i.currentMarginBp),
    yuanText(i.previousSalesFen),
    pct(i.changeBp),
    TREND_ZH[i.trend],
    '',
  ]);
  return { headers, rows };
}
