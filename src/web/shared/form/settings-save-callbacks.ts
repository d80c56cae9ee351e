import { hasCode } from '../api/client';

/** What a settings form does with the outcome of a save; each step is given, so the routing can be tested alone. */
export interface SettingsSaveSteps<S> {
  /** Refill the form from the settings the server kept. */
  refill: (saved: S) => void;
  /** Say that it is saved. */
  confirm: () => void;
  /** Say that someone else changed the settings, and load theirs (the form is rebuilt from them). */
  reload: () => void;
  /** Show any other failure: field problems under their fields, the rest in the form's alert. */
  report: (err: unknown) => void;
}

/**
 * The mutate callbacks of a settings form saved under the version it read: success refills the form and confirms;
 * a 409 VERSION_CONFLICT reloads (nothing is reported on the form, which is about to be rebuilt); anything else,
 * a 400 with its field problems included, is reported.
 */
export function settingsSaveCallbacks<S>(steps: SettingsSaveSteps<S>) {
  return {
    onSuccess: (saved: S) => {
      steps.refill(saved);
      steps.confirm();
    },
    onError: (err: unknown) => {
      if (hasCode(err, 'VERSION_CONFLICT')) steps.reload();
      else steps.report(err);
    },
  };
}
