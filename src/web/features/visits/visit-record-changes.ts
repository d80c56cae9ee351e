import { PROFILE_ITEMS } from '../../../domain/customers/customer-options';
import type { VisitChanges, VisitRecord } from './visit-record-api';

/** The visit record form's values: one text per questionnaire item, notes and next steps. */
export type Values = Record<string, string | undefined> & { notes?: string; nextSteps?: string };

const text = (v: string | null | undefined) => (v ?? '').trim();

/** The form filled from the record: the archive's answers, the notes and next steps so far. */
export function initialValues(visit: VisitRecord): Values {
  return { ...Object.fromEntries(PROFILE_ITEMS.map((item) => [item, visit.profile?.[item] ?? ''])), notes: visit.notes ?? '', nextSteps: visit.nextSteps ?? '' };
}

/** What the form changed: only the questionnaire answers that differ from the archive, and notes and next steps when edited. */
export function changesOf(visit: VisitRecord, values: Values): Omit<VisitChanges, 'version'> | null {
  const answers = Object.fromEntries(PROFILE_ITEMS.filter((item) => text(values[item]) !== text(visit.profile?.[item])).map((item) => [item, text(values[item]) || null]));
  const notes = text(values.notes) !== text(visit.notes) ? text(values.notes) || null : undefined;
  const nextSteps = text(values.nextSteps) !== text(visit.nextSteps) ? text(values.nextSteps) || null : undefined;
  if (Object.keys(answers).length === 0 && notes === undefined && nextSteps === undefined) return null;
  return { ...(Object.keys(answers).length ? { answers } : {}), ...(notes !== undefined ? { notes } : {}), ...(nextSteps !== undefined ? { nextSteps } : {}) };
}
