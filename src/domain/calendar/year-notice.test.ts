import { describe, expect, it } from 'vitest';
import { yearNotice } from './year-notice';

describe('the calendar page notice about a year', () => {
  it('is silent for a year the official data knows', () => {
    expect(yearNotice(2026, true, 0)).toBeNull();
    expect(yearNotice(2026, true, 3)).toBeNull();
  });

  it('says the year is not configured and what to do', () => {
    const notice = yearNotice(2027, false, 0);
    expect(notice?.zh).toMatch(/^2027 年的节假日尚未配置：/);
    expect(notice?.zh).toContain('逐日录入放假日和调休上班日');
    expect(notice?.en).toMatch(/^The holidays of 2027 have not been configured yet/);
  });

  it('asks to check a year that rests on the administrator’s entries', () => {
    expect(yearNotice(2027, false, 12)?.zh).toBe('2027 年没有官方的节假日数据，工作日按您录入的 12 条调整和周末计算。请核对是否已录入国务院办公厅通知中的全部放假日和调休上班日。');
  });
});
