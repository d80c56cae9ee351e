import { parseYuan } from '../../../../domain/sales/money';
import type { ExpenseSettings } from '../../../../domain/expenses/settings';
import { yuanText } from '../format';

/** The settings as the form holds them: the borrowing limit as a yuan text box, the rest as stored. */
export type ExpenseSettingsValues = Omit<ExpenseSettings, 'borrowingLimitFen'> & { borrowingLimit: string };

export const toValues = ({ borrowingLimitFen, ...rest }: ExpenseSettings): ExpenseSettingsValues => ({ ...rest, borrowingLimit: yuanText(borrowingLimitFen) });

/** The settings to send; an amount that does not read is sent as null so the server names the field. */
export const toSettings = ({ borrowingLimit, ...rest }: ExpenseSettingsValues): ExpenseSettings => ({ ...rest, borrowingLimitFen: parseYuan(borrowingLimit ?? '') as number });

/** The form item of an API field ("settings.borrowingLimitFen" → borrowingLimit). */
export function formNameOf(field: string): string | null {
  const [head, name, ...rest] = field.split('.');
  if (head !== 'settings' || !name || rest.length > 1) return null;
  return name === 'borrowingLimitFen' ? 'borrowingLimit' : name;
}
