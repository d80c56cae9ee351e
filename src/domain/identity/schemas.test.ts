import { describe, expect, it } from 'vitest';
import { createUserInput, mobileSchema, newPasswordSchema, usernameSchema } from './schemas';

describe('identity inputs', () => {
  it('accepts pinyin user names and lower-cases them', () => {
    expect(usernameSchema.parse(' ZhangWei ')).toBe('zhangwei');
    expect(usernameSchema.safeParse('张伟').success).toBe(false);
    expect(usernameSchema.safeParse('ab').success).toBe(false);
    expect(usernameSchema.safeParse('9abc').success).toBe(false);
  });

  it('wants passwords of 8+ characters with letters and digits', () => {
    expect(newPasswordSchema.safeParse('abcdefgh').success).toBe(false);
    expect(newPasswordSchema.safeParse('12345678').success).toBe(false);
    expect(newPasswordSchema.safeParse('abc12').success).toBe(false);
    expect(newPasswordSchema.safeParse('keqing2026').success).toBe(true);
  });

  it('knows mainland mobile numbers', () => {
    expect(mobileSchema.safeParse('13800138000').success).toBe(true);
    expect(mobileSchema.safeParse('12800138000').success).toBe(false);
    expect(mobileSchema.safeParse('1380013800').success).toBe(false);
  });

  it('turns empty optional fields into null', () => {
    const parsed = createUserInput.parse({ username: 'lisi', displayName: '李四', role: 'finance', phone: '', email: '', password: 'keqing2026' });
    expect(parsed.phone).toBeNull();
    expect(parsed.email).toBeNull();
  });
});
