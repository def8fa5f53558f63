// Checks shared by flags, prompts, batch lines and the profile file. Each is a pure function that returns what is
// wrong (a phrase that follows the value's name, e.g. "must be at most 200 characters") or undefined when the value
// is fine; each caller words its error around it (a flag, a prompt's red line, a batch record, a file's field).
import { isPlannableDate, PLAN_YEARS } from './dates.js';

/** Longest label or product name, in characters once trimmed. */
export const LABEL_MAX = 200;

/** How many weeks `week` plans at most (ten years). */
export const WEEKS = { min: 1, max: 520 } as const;

/** Days a new product is patch-tested before it goes on the face. */
export const PATCH_TEST_DAYS = { min: 7, max: 14, default: 7 } as const;

/** Months a product keeps once opened (the open-jar number on the pack). */
export const PAO_MONTHS = { min: 1, max: 60 } as const;

/** A label or product name: not longer than LABEL_MAX once trimmed (empty is for the caller to decide). */
export function labelProblem(text: string): string | undefined {
  return text.trim().length > LABEL_MAX ? `must be at most ${LABEL_MAX} characters` : undefined;
}

/** A whole number within [min, max] (a number, not a numeric string). */
export function wholeProblem(value: unknown, min: number, max: number): string | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max
    ? undefined
    : `must be a whole number from ${min} to ${max}`;
}

/** How many weeks to plan. */
export function weeksProblem(value: unknown): string | undefined {
  return wholeProblem(value, WEEKS.min, WEEKS.max);
}

/** A calendar date 'YYYY-MM-DD' within the plannable years. */
export function dateProblem(value: unknown): string | undefined {
  if (typeof value === 'string' && isPlannableDate(value)) return undefined;
  return `must be a calendar date YYYY-MM-DD from ${PLAN_YEARS.min} to ${PLAN_YEARS.max}`;
}
