import type { Bilingual } from '../shared/messages';
import { yearNotConfigured } from './calendar';

/**
 * What the calendar page says about a year: nothing when the official arrangement knows it; when it does not
 * (chinese-days ships a year with the State Council notice, so 2027 is missing until then), either that nothing is
 * configured, or that the year rests on the administrator's own entries and must hold every day of the notice.
 */
export function yearNotice(year: number, officialKnows: boolean, overridesInYear: number): Bilingual | null {
  if (officialKnows) return null;
  if (overridesInYear === 0) {
    const gap = yearNotConfigured(year);
    return {
      zh: `${gap.zh}：国务院办公厅发布 ${year} 年放假安排后，请在这里逐日录入放假日和调休上班日。录入第一条后，${year} 年的其他日期按周一至周五上班计算；在此之前，${year} 年的拜访计划和费用期限无法生成。`,
      en: `${gap.en}: once the State Council publishes the ${year} holidays, enter each day off and each make-up working day here. After the first entry, the other days of ${year} count Monday to Friday as working days; until then no visit plan or expense deadline can be made for ${year}.`,
    };
  }
  return {
    zh: `${year} 年没有官方的节假日数据，工作日按您录入的 ${overridesInYear} 条调整和周末计算。请核对是否已录入国务院办公厅通知中的全部放假日和调休上班日。`,
    en: `There is no official holiday data for ${year}; working days follow your ${overridesInYear} entries and the weekends. Check that every day off and make-up working day of the State Council notice is entered.`,
  };
}
