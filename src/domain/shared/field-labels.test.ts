import { describe, expect, it } from 'vitest';
import { CUSTOMER_FIELD_LABELS } from '../customers/field-labels';
import { EXPENSE_SETTINGS_FIELD_LABELS } from '../expenses/field-labels';
import { LEDGER_FIELD_LABELS } from '../sales/ledger-field-labels';
import { SALES_FIELD_LABELS } from '../sales/field-labels';
import { VISIT_FIELD_LABELS } from '../visits/field-labels';
import { FIELD_LABELS, fieldLabel } from './field-labels';

const MERGED = { FIELD_LABELS, CUSTOMER_FIELD_LABELS, LEDGER_FIELD_LABELS, SALES_FIELD_LABELS, VISIT_FIELD_LABELS, EXPENSE_SETTINGS_FIELD_LABELS };

describe('the shared field label lookup', () => {
  it('merges label sets that never name the same field twice (else one would silently win)', () => {
    const owners = new Map<string, string[]>();
    for (const [set, labels] of Object.entries(MERGED)) {
      for (const key of Object.keys(labels)) owners.set(key, [...(owners.get(key) ?? []), set]);
    }
    expect([...owners].filter(([, sets]) => sets.length > 1)).toEqual([]);
  });

  it('labels the last named segment of a path and falls back to the key itself', () => {
    expect(fieldLabel('phones/1')).toEqual(CUSTOMER_FIELD_LABELS.phones);
    expect(fieldLabel('byCustomerType.hospital.visitsPerMonth')).toEqual(VISIT_FIELD_LABELS.visitsPerMonth);
    expect(fieldLabel('notAField')).toEqual({ zh: 'notAField', en: 'notAField' });
  });
});
