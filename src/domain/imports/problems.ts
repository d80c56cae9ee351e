import type { Bilingual } from '../shared/messages';

/** One thing wrong with an imported row, where the person will look for it: row number and column header. */
export interface ImportProblem {
  row: number;
  column: string;
  reason_zh: string;
  reason_en: string;
}

export const problemAt = (row: number, column: string, reason: Bilingual): ImportProblem => ({ row, column, reason_zh: reason.zh, reason_en: reason.en });

/** Problems by row, then in the order they were found. */
export const byRow = (problems: ImportProblem[]): ImportProblem[] => problems.sort((a, b) => a.row - b.row);
