import type { Bilingual } from '../shared/messages';
import { toHalfWidth } from './half-width';

/** A choice with a stable code and its labels: a status, a source, a customer type. */
export interface LabelledOption extends Bilingual {
  code: string;
}

export function optionsOf<K extends string>(labels: Record<K, Bilingual>): LabelledOption[] {
  return (Object.entries(labels) as [K, Bilingual][]).map(([code, label]) => ({ code, ...label }));
}

function simplify(s: string): string {
  return toHalfWidth(s).trim().toLowerCase().replace(/\s+/g, ' ');
}

/**
 * The option a person means by what they wrote: its code, its Chinese or English label, or one
 * part of a label written with a slash (经销商/商业公司 is found by 经销商 and by 商业公司).
 */
export function findOption<T extends LabelledOption>(options: readonly T[], written: string): T | undefined {
  const w = simplify(written);
  if (w === '') return undefined;
  const names = (o: T) => [o.code, o.zh, o.en, ...o.zh.split('/'), ...o.en.split('/')].map(simplify);
  return options.find((o) => names(o).includes(w));
}
