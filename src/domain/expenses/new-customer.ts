import type { IsoDate } from '../calendar/dates';
import type { Bilingual } from '../shared/messages';
import { isAfter } from './deadlines';

/**
 * 《新客户特殊费用申请表》 (seed 002 第三条 1): the special cost of winning a new customer must be applied for
 * before the contract is signed, and approved level by level before it is paid; 签订合同后申请一律无效.
 * The first contract is the customer's first order (its earliest sale).
 *
 * Dates are days, not times, so "before the first order" cannot see the hour. An application filed or
 * approved on the day of the first order is accepted (the signing may well come later that day); one
 * filed or approved on any later day is refused. Payment still waits for collection (原则上回款之后才能兑现),
 * which the payout rules decide.
 */
export type SpecialApplicationCheck = { ok: true } | ({ ok: false; reason: 'filed-after-first-order' | 'not-approved' | 'approved-after-first-order' } & Bilingual);

/** Whether an application may be filed on `filedOn` for a customer whose first order was on `firstOrderOn` (null: none yet). */
export function checkSpecialFiling(filedOn: IsoDate, firstOrderOn: IsoDate | null): SpecialApplicationCheck {
  if (firstOrderOn !== null && isAfter(filedOn, firstOrderOn)) {
    return {
      ok: false,
      reason: 'filed-after-first-order',
      zh: `该客户已于 ${firstOrderOn} 首次下单（签订合同），之后提交的新客户特殊费用申请一律无效`,
      en: `The customer placed its first order (signed) on ${firstOrderOn}; a new-customer special expense applied for after that is void`,
    };
  }
  return { ok: true };
}

export interface SpecialApplication {
  filedOn: IsoDate;
  /** The day of the last signature; null while not fully approved. */
  approvedOn: IsoDate | null;
}

/** Whether the application is valid, given the customer's first order date as it stands now (null: no order yet). */
export function specialApplicationValid(application: SpecialApplication, firstOrderOn: IsoDate | null): SpecialApplicationCheck {
  const filing = checkSpecialFiling(application.filedOn, firstOrderOn);
  if (!filing.ok) return filing;
  if (application.approvedOn === null) {
    return { ok: false, reason: 'not-approved', zh: '申请尚未审批通过，不能兑现', en: 'The application has not been approved yet, so it cannot be paid' };
  }
  if (firstOrderOn !== null && isAfter(application.approvedOn, firstOrderOn)) {
    return {
      ok: false,
      reason: 'approved-after-first-order',
      zh: `申请在客户首次下单（${firstOrderOn}）之后才审批通过，按规定无效`,
      en: `The application was approved only after the customer's first order (${firstOrderOn}), so it is void`,
    };
  }
  return { ok: true };
}
