import { Input, type InputProps } from 'antd';
import type { FormRule } from 'antd';
import { formatYuan, parseYuan } from '../../../domain/sales/money';
import type { Lang } from '../../shared/i18n/lang';
import { salesText } from './text';

/** A text box for yuan (¥ prefix, two decimals); the form keeps the text and parseYuan turns it into fen. */
export function YuanInput(props: InputProps) {
  return <Input prefix="¥" inputMode="decimal" style={{ maxWidth: 200 }} {...props} />;
}

/** Accepts an empty box unless required; otherwise an amount parseYuan understands, not negative. */
export function yuanRule(lang: Lang, required = true): FormRule {
  return {
    validator: async (_, value: string | undefined) => {
      if (!value?.trim()) {
        if (required) throw new Error(salesText.required[lang]);
        return;
      }
      const fen = parseYuan(value);
      if (fen === null || fen < 0) throw new Error(salesText.yuanInvalid[lang]);
    },
  };
}

/** "12.50" for a form field from fen. */
export const yuanText = (fen: number) => formatYuan(fen, '').replace(/,/g, '');
