/** A sentence in both languages the product speaks, Chinese first. */
export interface Bilingual {
  zh: string;
  en: string;
}

export type Lang = 'zh' | 'en';

export function pick(text: Bilingual, lang: Lang): string {
  return lang === 'en' ? text.en : text.zh;
}
