import { formatPercent } from '../../../domain/sales/basis-points';
import { formatYuan, parseYuan } from '../../../domain/sales/money';
import type { Lang } from '../../shared/i18n/lang';
import type { FormRule } from 'antd';
import { expenseText } from './text';

/** ¥1,234.50 — every amount on the 客情费 pages. */
export const yuan = (fen: number) => formatYuan(fen);

/** 55.00%, or — when nothing was bought. */
export const rate = (bp: number | null) => (bp === null ? '—' : formatPercent(bp));

/** "12.50" for a text box from fen. */
export const yuanText = (fen: number) => formatYuan(fen, '').replace(/,/g, '');

/** A yuan text box's rule: empty allowed unless required, otherwise an amount parseYuan reads, above zero when asked. */
export function yuanRule(lang: Lang, opts: { required: boolean; positive?: boolean }): FormRule {
  return {
    validator: async (_, value: string | undefined) => {
      if (!value?.trim()) {
        if (opts.required) throw new Error(expenseText.required[lang]);
        return;
      }
      const fen = parseYuan(value);
      if (fen === null || fen < 0 || (opts.positive && fen === 0)) throw new Error(expenseText.yuanInvalid[lang]);
    },
  };
}
