import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Bilingual, Lang } from '../../../domain/shared/messages';

export type { Bilingual, Lang };

const STORAGE_KEY = 'kq.lang';

function storedLang(): Lang {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh';
  } catch {
    return 'zh';
  }
}

interface LangState {
  lang: Lang;
  setLang: (lang: Lang) => void;
}

const LangContext = createContext<LangState>({ lang: 'zh', setLang: () => undefined });

/** Holds the UI language (Chinese first), remembers it in localStorage and keeps dayjs and <html lang> in step. */
export function LangProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(storedLang);
  const setLang = useCallback((next: Lang) => {
    setLangState(next);
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // private mode: the choice lasts for this page only
    }
  }, []);
  useEffect(() => {
    dayjs.locale(lang === 'en' ? 'en' : 'zh-cn');
    document.documentElement.lang = lang === 'en' ? 'en' : 'zh-CN';
  }, [lang]);
  const value = useMemo(() => ({ lang, setLang }), [lang, setLang]);
  return <LangContext.Provider value={value}>{children}</LangContext.Provider>;
}

export function useLang(): LangState {
  return useContext(LangContext);
}

export type Vars = Record<string, string | number>;

/** Picks the text for the language and fills `{name}` placeholders. */
export function translate(text: Bilingual, lang: Lang, vars?: Vars): string {
  const raw = lang === 'en' ? text.en : text.zh;
  if (!vars) return raw;
  return raw.replace(/\{(\w+)\}/g, (whole, key: string) => (key in vars ? String(vars[key]) : whole));
}

export type Translate = (text: Bilingual, vars?: Vars) => string;

export function useT(): Translate {
  const { lang } = useLang();
  return useCallback((text: Bilingual, vars?: Vars) => translate(text, lang, vars), [lang]);
}
