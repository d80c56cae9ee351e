import { describe, expect, it } from 'vitest';
import { abcSettingsSchema } from './abc';
import { SALES_FIELD_LABELS } from './field-labels';

describe('ABC settings labels', () => {
  it('name every settings field', () => {
    expect(Object.keys(abcSettingsSchema.shape).filter((f) => !(f in SALES_FIELD_LABELS))).toEqual([]);
  });
});
