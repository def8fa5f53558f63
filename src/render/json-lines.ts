// A batch record's JSON: one line, written faster than JSON.stringify writes it where the planner shares objects.
// Loaded only by a batch.
import { SCHEMA_VERSION } from '../domain/vocabulary.js';
import { isSharedRoutine } from '../rules/routine.js';
import type { DayPlan, SourceRef, Step, Warning } from '../rules/types.js';
import type { Result } from '../results/types.js';
import { toJson } from './json.js';

/**
 * The result's document on one line without its opening brace, exactly as `JSON.stringify(toJson(result)).slice(1)`
 * (a batch record writes its id and line in front). A week is written day by day, each morning and evening step list
 * once: the planner gives the days that have the same steps one shared list, so most of a week's steps are written
 * once and their text reused (a third less time than writing the whole document at once). The planner shares one
 * reference object per source, and each source's JSON is written once for the process. (Written without the brace
 * rather than sliced: slicing text made of pieces copies all of it first.)
 */
export function compactMembers(result: Result): string {
  if (result.kind !== 'week') return JSON.stringify(toJson(result)).slice(1);
  const payload = result.payload as Record<string, unknown>;
  let out = `"schemaVersion":${SCHEMA_VERSION},"command":${JSON.stringify(result.command)}`;
  for (const key in payload) {
    const value = payload[key];
    // (JSON.stringify leaves out a member whose value is undefined.)
    if (value === undefined) continue;
    const text =
      key === 'days'
        ? daysJson(value as DayPlan[])
        : key === 'warnings'
          ? warningsJson(value as Warning[])
          : JSON.stringify(value);
    out += `,${JSON.stringify(key)}:${text}`;
  }
  return `${out}}`;
}

/**
 * The members daysJson writes, in the planner's order. Typed, so that a new member of DayPlan does not compile until
 * it is listed here; the tests then fail until daysJson writes it.
 */
export const DAY_MEMBERS: readonly (keyof DayPlan)[] = Object.keys({
  date: 0,
  weekday: 0,
  night: 0,
  mask: 0,
  am: 0,
  pm: 0,
} satisfies Record<keyof DayPlan, 0>) as (keyof DayPlan)[];

/**
 * The days as JSON.stringify writes them, each distinct step list written once. A day's date ('YYYY-MM-DD', made by
 * the planner from a day number) and weekday (a name from WEEKDAYS) hold nothing JSON escapes: written as they are.
 */
function daysJson(days: readonly DayPlan[]): string {
  const lists = new Map<readonly Step[], string>();
  const list = (steps: readonly Step[]) => {
    // A routine the planner shares between plans is written once for the process.
    let text = sharedTexts.get(steps) ?? lists.get(steps);
    if (text === undefined) (isSharedRoutine(steps) ? sharedTexts : lists).set(steps, (text = JSON.stringify(steps)));
    return text;
  };
  let out = '[';
  for (let i = 0; i < days.length; i++) {
    const d = days[i]!;
    out +=
      `${i ? ',' : ''}{"date":"${d.date}","weekday":"${d.weekday}",` +
      `"night":${nightJson(d.night)},"mask":${JSON.stringify(d.mask)},"am":${list(d.am)},"pm":${list(d.pm)}}`;
  }
  return `${out}]`;
}

/** Night names as JSON: the planner's few names repeat day after day, each written once (at most NIGHT_TEXTS kept). */
const nightTexts = new Map<string, string>();
const NIGHT_TEXTS = 1024;
function nightJson(night: string): string {
  let text = nightTexts.get(night);
  if (text === undefined) {
    if (nightTexts.size >= NIGHT_TEXTS) nightTexts.clear();
    nightTexts.set(night, (text = JSON.stringify(night)));
  }
  return text;
}

const sharedTexts = new WeakMap<readonly Step[], string>();

/** The members warningsJson writes, in the planner's order (typed, and tested, as DAY_MEMBERS is). */
export const WARNING_MEMBERS: readonly (keyof Warning)[] = Object.keys({
  rule: 0,
  severity: 0,
  message: 0,
  source: 0,
} satisfies Record<keyof Warning, 0>) as (keyof Warning)[];

const sourceTexts = new WeakMap<SourceRef, string>();

/** The warnings as JSON.stringify writes them, each shared source's text written once and kept. */
function warningsJson(warnings: readonly Warning[]): string {
  let out = '[';
  for (let i = 0; i < warnings.length; i++) {
    const w = warnings[i]!;
    // Only a frozen source is remembered: any other may change before the next record.
    let source = sourceTexts.get(w.source);
    if (source === undefined) {
      source = JSON.stringify(w.source);
      if (Object.isFrozen(w.source)) sourceTexts.set(w.source, source);
    }
    out +=
      `${i ? ',' : ''}{"rule":${JSON.stringify(w.rule)},"severity":${JSON.stringify(w.severity)},` +
      `"message":${JSON.stringify(w.message)},"source":${source}}`;
  }
  return `${out}]`;
}
