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
