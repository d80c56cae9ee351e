import { sampleRow, sampleStatement as sampleAround } from './sample-statement';
import type { StatementDocument } from './statement-document';

/** A statement as the renderers' tests use it: `n` customers, one adjusted with a reason, one without a rate. */
export function sampleStatement(n: number): StatementDocument {
  const rows = Array.from({ length: n }, (_, i) => {
    const name = i === 0 ? '中牟县人民医院' : i === 1 ? '巩义市康泰大药房 Kangtai Pharmacy' : `荥阳市广武镇王村村卫生室${i}`;
    const row = sampleRow(name, i, i === 1 ? '院长年终联谊，经办事处经理同意按标准全额兑付' : null);
    return i === 2 ? { ...row, collectionRateBp: null } : row;
  });
  return sampleAround(rows, '华康医药有限公司', '审核完成');
}
