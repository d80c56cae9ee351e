import { WORKING_WEEK_LENGTH } from '../calendar/calendar';

/**
 * When in the month each of a customer's contacts is due, as positions in the month's list of working days
 * (0 = the first working day). The month's working days are cut into as many equal stretches as the customer
 * needs contacts, and contact k (0-based) of r falls in stretch k: working days ⌊k·n/r⌋ … ⌊(k+1)·n/r⌋ − 1.
 * So three visits fall one in each third of the month, and since the stretches do not overlap, two contacts of
 * one customer are never on the same day. An A customer's first contact must also fall in the first week (the
 * first five working days, 000: A级客户尽量排在月初第一周优先拜访).
 *
 * A customer needing more contacts than the month has working days gets empty windows (`to < from`) for the
 * ones that cannot be kept apart.
 */
export interface ContactWindow {
  /** First and last working-day position (inclusive). */
  from: number;
  to: number;
}

export function contactWindows(required: number, workingDays: number, firstInFirstWeek: boolean): ContactWindow[] {
  const windows: ContactWindow[] = [];
  for (let k = 0; k < required; k++) {
    const from = Math.floor((k * workingDays) / required);
    let to = Math.floor(((k + 1) * workingDays) / required) - 1;
    if (k === 0 && firstInFirstWeek) to = Math.min(to, WORKING_WEEK_LENGTH - 1);
    windows.push({ from, to });
  }
  return windows;
}

export const isEmptyWindow = (w: ContactWindow) => w.to < w.from;
