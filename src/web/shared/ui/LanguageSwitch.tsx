import { Segmented } from 'antd';
import { useLang, type Lang } from '../i18n/lang';

const OPTIONS: { label: string; value: Lang }[] = [
  { label: '中文', value: 'zh' },
  { label: 'English', value: 'en' },
];

/** 中文 / English, each written in its own language so anyone can find theirs. */
export function LanguageSwitch({ size = 'middle' }: { size?: 'small' | 'middle' }) {
  const { lang, setLang } = useLang();
  return <Segmented<Lang> size={size} options={OPTIONS} value={lang} onChange={setLang} data-testid="lang-switch" aria-label="Language / 语言" />;
}
