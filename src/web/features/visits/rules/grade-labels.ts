import type { RuleGrade } from '../../../../domain/visits/rules';
import type { Bilingual } from '../../../shared/i18n/lang';
import { visitRulesText } from './text';

export const GRADE_LABELS: Record<RuleGrade, Bilingual> = {
  A: visitRulesText.gradeA,
  B: visitRulesText.gradeB,
  C: visitRulesText.gradeC,
  none: visitRulesText.gradeNone,
};
