import type { FormRule } from 'antd';
import type { ZodType } from 'zod';
import { explainIssue } from '../../../domain/shared/bilingual-issue';
import { pick, type Lang } from '../../../domain/shared/messages';

/**
 * Checks a form field against the same Zod schema the server validates with, so the browser and the
 * server say the same thing. Empty values are left to a `required` rule.
 */
export function zodRule(schema: ZodType, lang: Lang): FormRule {
  return {
    validator: async (_rule, value: unknown) => {
      if (value === undefined || value === null || value === '') return;
      const result = schema.safeParse(value);
      if (result.success) return;
      const issue = result.error.issues[0];
      if (issue) throw new Error(pick(explainIssue(issue), lang));
    },
  };
}
