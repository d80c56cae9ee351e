import { App } from 'antd';
import { useState } from 'react';
import { hasCode } from '../../shared/api/client';
import { useLang, useT, type Bilingual } from '../../shared/i18n/lang';
import { breachesOf, useEditPlan, useReloadPlan, useReopenPlan, useReviewStep, type Breach, type Plan, type PlanChange } from './api';
import { pick, problemLines } from './problems';
import { visitsText } from './text';

export interface Notes {
  kind: 'warning' | 'error';
  title: string;
  lines: string[];
}

/**
 * The plan's changes and review steps with what they report: notes (warnings after a change, or why it was
 * refused), the breaches a submission lists, and a reload with a message on a version conflict.
 */
export function usePlanActions(plan: Plan) {
  const t = useT();
  const { lang } = useLang();
  const { message } = App.useApp();
  const edit = useEditPlan(plan.id);
  const review = useReviewStep(plan.id);
  const reopening = useReopenPlan(plan.id);
  const reload = useReloadPlan();
  const [notes, setNotes] = useState<Notes | null>(null);
  const [breaches, setBreaches] = useState<{ list: Breach[]; refused: boolean } | null>(null);

  const failed = (err: unknown) => {
    if (hasCode(err, 'VERSION_CONFLICT')) {
      void reload(plan.id);
      setNotes({ kind: 'warning', title: t(visitsText.conflict), lines: [] });
      void message.warning(t(visitsText.conflict));
      return;
    }
    // The plan's status changed meanwhile (submitted, approved or returned elsewhere): show it as it is now.
    if (hasCode(err, 'VISIT_PLAN_LOCKED', 'VISIT_PLAN_NOT_IN_REVIEW', 'VISIT_PLAN_NOT_APPROVED')) void reload(plan.id);
    const [first, ...details] = problemLines(err, lang);
    setNotes({ kind: 'error', title: first ?? '', lines: details });
    void message.error(first);
  };

  const change = (changes: PlanChange[], done: Bilingual, vars: Record<string, string> = {}) => {
    setNotes(null);
    setBreaches(null);
    return edit.mutateAsync({ version: plan.version, changes }).then((saved) => {
      void message.success(t(done, vars));
      const lines = saved.warnings.map((w) => pick(w, lang));
      if (lines.length > 0) setNotes({ kind: 'warning', title: t(visitsText.editWarnings), lines });
    });
  };

  /** For a modal: errors are reported to it (so it stays open) as well as above the days. */
  const changeOrThrow = (changes: PlanChange[], done: Bilingual, vars?: Record<string, string>) =>
    change(changes, done, vars).catch((err: unknown) => {
      if (hasCode(err, 'VERSION_CONFLICT')) failed(err);
      throw err;
    });

  const step = (name: 'submit' | 'approve' | 'return', comment: string | undefined, done: Bilingual) => {
    setNotes(null);
    setBreaches(null);
    return review.mutateAsync({ step: name, version: plan.version, comment }).then((saved) => {
      void message.success(t(done));
      const warnings = saved.warnings ?? [];
      if (warnings.length > 0) setBreaches({ list: warnings, refused: false });
    });
  };

  const submit = () =>
    step('submit', undefined, visitsText.submitted_done).catch((err: unknown) => {
      const list = breachesOf(err);
      if (list) {
        setBreaches({ list, refused: true });
        void message.error(problemLines(err, lang)[0]);
      } else failed(err);
    });

  return {
    busy: edit.isPending || review.isPending || reopening.isPending,
    notes,
    clearNotes: () => setNotes(null),
    breaches,
    clearBreaches: () => setBreaches(null),
    move: (customerId: string, from: string, to: string, toLabel: string) => void change([{ action: 'move', customerId, from, to }], visitsText.moved, { date: toLabel }).catch(failed),
    remove: (customerId: string, date: string) => void change([{ action: 'remove', customerId, date }], visitsText.removed).catch(failed),
    place: (customerId: string, date: string, dateLabel: string) => void change([{ action: 'add', customerId, date, kind: 'visit' }], visitsText.placed, { date: dateLabel }).catch(failed),
    add: (c: Extract<PlanChange, { action: 'add' }>) => changeOrThrow([c], visitsText.added),
    submit,
    /** For the reason modal: refusals other than a conflict or a changed status are reported to it. */
    reopen: (reason: string) =>
      reopening.mutateAsync({ version: plan.version, reason }).then(
        () => void message.success(t(visitsText.reopened_done)),
        (err: unknown) => {
          if (hasCode(err, 'VERSION_CONFLICT', 'VISIT_PLAN_NOT_APPROVED', 'VISIT_PLAN_PAST')) {
            failed(err);
            return;
          }
          throw err;
        },
      ),
    review: (name: 'approve' | 'return', comment: string | undefined) =>
      step(name, comment, name === 'approve' ? visitsText.approved_done : visitsText.returned_done).catch((err: unknown) => {
        if (hasCode(err, 'VERSION_CONFLICT', 'VISIT_PLAN_NOT_SUBMITTED')) {
          failed(err);
          return;
        }
        throw err;
      }),
  };
}
