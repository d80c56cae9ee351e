import type { Bilingual } from './messages';

/**
 * Schema messages that must read well in both languages are written as `both(zh, en)`;
 * the server splits them again when it explains a validation failure.
 */
const SEP = ' ‖ ';

export function both(zh: string, en: string): string {
  return `${zh}${SEP}${en}`;
}

export function splitBoth(message: string): Bilingual | null {
  const at = message.indexOf(SEP);
  if (at < 0) return null;
  return { zh: message.slice(0, at), en: message.slice(at + SEP.length) };
}

/** The parts of a Zod issue this module reads (codes and fields as Zod 4 names them). */
export interface IssueLike {
  code: string;
  message?: string;
  expected?: string;
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  inclusive?: boolean;
  format?: string;
  values?: readonly unknown[];
  keys?: readonly string[];
  input?: unknown;
}

function size(origin: string | undefined): Bilingual {
  if (origin === 'string') return { zh: '个字符', en: 'characters' };
  if (origin === 'array' || origin === 'set') return { zh: '项', en: 'items' };
  return { zh: '', en: '' };
}

/** Turns one validation issue into a message a person can act on, in Chinese and English. */
export function explainIssue(issue: IssueLike): Bilingual {
  const own = issue.message ? splitBoth(issue.message) : null;
  if (own) return own;
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return { zh: '必填', en: 'is required' };
      return { zh: `类型应为 ${issue.expected ?? ''}`, en: `must be of type ${issue.expected ?? ''}` };
    case 'too_small': {
      const unit = size(issue.origin);
      if (issue.origin === 'string' && Number(issue.minimum) === 1) return { zh: '不能为空', en: 'must not be empty' };
      return {
        zh: `不能少于 ${String(issue.minimum)} ${unit.zh}`.trim(),
        en: `must be at least ${String(issue.minimum)} ${unit.en}`.trim(),
      };
    }
    case 'too_big': {
      const unit = size(issue.origin);
      return {
        zh: `不能多于 ${String(issue.maximum)} ${unit.zh}`.trim(),
        en: `must be at most ${String(issue.maximum)} ${unit.en}`.trim(),
      };
    }
    case 'invalid_format':
      return { zh: `格式不正确（${issue.format ?? ''}）`, en: `has the wrong format (${issue.format ?? ''})` };
    case 'invalid_value':
      return {
        zh: `只能是以下之一：${(issue.values ?? []).map(String).join('、')}`,
        en: `must be one of: ${(issue.values ?? []).map(String).join(', ')}`,
      };
    case 'unrecognized_keys':
      return { zh: `不认识的字段：${(issue.keys ?? []).join('、')}`, en: `unknown fields: ${(issue.keys ?? []).join(', ')}` };
    default:
      return { zh: '取值不正确', en: 'is invalid' };
  }
}
