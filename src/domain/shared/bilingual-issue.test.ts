import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { both, explainIssue, splitBoth } from './bilingual-issue';

describe('bilingual messages', () => {
  it('splits what both() joins', () => {
    fc.assert(
      fc.property(fc.string().filter((s) => !s.includes('‖')), fc.string(), (zh, en) => {
        expect(splitBoth(both(zh, en))).toEqual({ zh, en });
      }),
    );
  });

  it('explains the common issue kinds in both languages', () => {
    expect(explainIssue({ code: 'invalid_type', expected: 'string', input: undefined })).toEqual({ zh: '必填', en: 'is required' });
    expect(explainIssue({ code: 'too_small', origin: 'string', minimum: 8 }).zh).toBe('不能少于 8 个字符');
    expect(explainIssue({ code: 'too_big', origin: 'number', maximum: 200 }).en).toBe('must be at most 200');
    expect(explainIssue({ code: 'invalid_value', values: ['rep', 'admin'] }).zh).toBe('只能是以下之一：rep、admin');
    expect(explainIssue({ code: 'custom', message: both('须同时包含字母和数字', 'letters and digits') }).zh).toBe('须同时包含字母和数字');
  });
});

describe('field labels', () => {
  it('labels a list element by its list', async () => {
    const { fieldLabel } = await import('./field-labels');
    expect(fieldLabel('/phone/1')).toEqual({ zh: '手机号', en: 'Mobile' });
    expect(fieldLabel('username')).toEqual({ zh: '用户名', en: 'User name' });
  });
});
