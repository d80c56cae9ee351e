import type { StatementDocument } from './statement-document';

/** A statement as the renderers' tests use it: `n` customers, one adjusted with a reason, one without a rate. */
export function sampleStatement(n: number): StatementDocument {
  const rows = Array.from({ length: n }, (_, i) => ({
    customerName: i === 0 ? '中牟县人民医院' : i === 1 ? '巩义市康泰大药房 Kangtai Pharmacy' : `荥阳市广武镇王村村卫生室${i}`,
    purchasesFen: 1_234_567 + i,
    collectedFen: 1_000_000,
    collectionRateBp: i === 2 ? null : 8100,
    standardFen: 30_000,
    payableFen: 24_300,
    adjustedFen: i === 1 ? 30_000 : null,
    adjustmentReason: i === 1 ? '院长年终联谊，经办事处经理同意按标准全额兑付' : null,
    finalFen: i === 1 ? 30_000 : 24_300,
  }));
  return {
    orgName: '华康医药有限公司',
    month: '2025-09',
    repName: '张伟',
    officeName: '郑州办事处',
    statusLabel: '审核完成',
    submittedOn: '2025-10-09',
    rows,
    totals: { purchasesFen: 9_999_999, collectedFen: 8_888_888, collectionRateBp: 8888, standardFen: 180_000, payableFen: 150_000, finalFen: 160_000 },
    reviewers: [
      { roleLabel: '销售文员', name: '刘燕', on: '2025-10-10' },
      { roleLabel: '销售部经理', name: '赵刚', on: '2025-10-11' },
      { roleLabel: '财务', name: null, on: null },
    ],
    printedAt: '2025-10-20 09:30',
  };
}
