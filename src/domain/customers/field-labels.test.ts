import { describe, expect, it } from 'vitest';
import { FIELD_LABELS } from '../shared/field-labels';
import { PROFILE_ITEMS } from './customer-options';
import { customerInputSchema, keyPersonInputSchema } from './customer-schemas';
import { CUSTOMER_FIELD_LABELS } from './field-labels';

describe('customer field labels', () => {
  it('name every field of the customer and key-person inputs', () => {
    const labelled = { ...FIELD_LABELS, ...CUSTOMER_FIELD_LABELS };
    const fields = [
      ...Object.keys(customerInputSchema({ typeCodes: [] }).shape),
      ...Object.keys(keyPersonInputSchema.in.shape),
      ...PROFILE_ITEMS,
    ];
    expect(fields.filter((f) => !(f in labelled))).toEqual([]);
  });

  it('do not redefine the labels already shared', () => {
    expect(Object.keys(CUSTOMER_FIELD_LABELS).filter((k) => k in FIELD_LABELS)).toEqual([]);
  });
});
