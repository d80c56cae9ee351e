import type { Bilingual } from '../shared/messages';
import type { ExpenseSettings } from './settings';

/** Labels of the 客情费 settings fields, merged into src/domain/shared/field-labels.ts for error messages. */
export const EXPENSE_SETTINGS_FIELD_LABELS: Record<keyof ExpenseSettings, Bilingual> = {
  usages: { zh: '费用用途', en: 'Usages' },
  payOnlyAfterCollection: { zh: '回款后才兑现', en: 'Pay only after collection' },
  payoutFollowsCollectionRate: { zh: '兑现率按回款率', en: 'Payout rate follows collection rate' },
  borrowingLimitFen: { zh: '每人借支限额', en: 'Borrowing limit per rep' },
  spotCheckSampleSize: { zh: '抽查家数', en: 'Customers spot-checked' },
  submitByWorkingDay: { zh: '报送截止（第几个工作日）', en: 'Submit by working day' },
  reviewByWorkingDay: { zh: '审核截止（第几个工作日）', en: 'Review by working day' },
  payoutFromWorkingDay: { zh: '开始兑付（第几个工作日）', en: 'Payout from working day' },
};

/** Labels of the fields of statement rows and special applications, for error messages. */
export const EXPENSE_FIELD_LABELS: Record<string, Bilingual> = {
  adjustedFen: { zh: '调整后金额', en: 'Adjusted amount' },
  reason: { zh: '原因', en: 'Reason' },
  comment: { zh: '意见', en: 'Comment' },
  month: { zh: '月份', en: 'Month' },
  repId: { zh: '销售代表', en: 'Sales rep' },
  customerId: { zh: '客户', en: 'Customer' },
  usage: { zh: '费用用途', en: 'Usage' },
  amountFen: { zh: '金额', en: 'Amount' },
  decision: { zh: '审批结果', en: 'Decision' },
  status: { zh: '状态', en: 'Status' },
};
