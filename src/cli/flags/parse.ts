// Option parsers shared by the commands: each returns the value or throws a UsageError naming it.
import { dayNumber, parseIsoDate, PLAN_YEARS, type IsoDate } from '../../domain/dates.js';
import { UsageError } from '../../lib/errors.js';
import type { ProductMark } from '../../profile/schema.js';
import { closest } from '../../lib/closest.js';
import type { PlanEvent } from '../../rules/types.js';
import { labelProblem } from '../../domain/validators.js';

const show = (value: string) => JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);

/** A calendar date 'YYYY-MM-DD'. */
export function parseDate(flag: string) {
  return (value: string): IsoDate => {
    if (!parseIsoDate(value.trim())) {
      if (dayNumber(value.trim()) !== undefined)
        throw new UsageError(
          `${flag} ${show(value)} is out of range: use a date from ${PLAN_YEARS.min} to ${PLAN_YEARS.max}`,
        );
      throw new UsageError(`${flag} ${show(value)} is not a calendar date: use YYYY-MM-DD, e.g. 2026-11-30`);
    }
    return value.trim();
  };
}

/** A whole number within [min, max]. */
export function parseWhole(flag: string, min: number, max: number) {
  return (value: string): number => {
    const text = value.trim();
    const n = /^[+-]?\d+$/.test(text) ? Number(text) : NaN;
    if (!Number.isSafeInteger(n) || n < min || n > max)
      throw new UsageError(`${flag} must be a whole number from ${min} to ${max}, got ${show(value)}`);
    return n;
  };
}

/** One of a fixed list of ids, with a "did you mean". */
export function parseChoice<T extends string>(flag: string, ids: readonly T[], what = 'one of') {
  return (value: string): T => {
    const v = value.trim().toLowerCase();
    if ((ids as readonly string[]).includes(v)) return v as T;
    const hint = closest(v, ids);
    throw new UsageError(
      `${flag} ${show(value)} is not ${what === 'one of' ? 'known' : what}: use one of ${ids.join(', ')}${hint ? ` (did you mean "${hint}"?)` : ''}`,
    );
  };
}

/** A repeatable choice; also accepts comma-separated lists (`--serum retinol,vitamin-c`). */
export function parseChoices<T extends string>(flag: string, ids: readonly T[]) {
  const one = parseChoice(flag, ids);
  return (value: string, previous: T[] | undefined): T[] => {
    const items = value.split(',').filter((s) => s.trim() !== '');
    if (!items.length) throw new UsageError(`${flag} needs a value: use one of ${ids.join(', ')}`);
    return [...new Set([...(previous ?? []), ...items.map(one)])];
  };
}

/** The list `none` gives (`--mask none`): no items, and marked so that adding an item to it is refused. */
const NONE: readonly string[] = Object.freeze([]);

/**
 * A repeatable choice that `none` clears (`--mask none`, `--concern none`); `none` with any item is a
 * contradiction, refused naming both.
 */
export function parseChoicesOrNone<T extends string>(flag: string, ids: readonly T[]) {
  const some = parseChoices(flag, ids);
  return (value: string, previous: T[] | undefined): T[] => {
    const isNone = value.trim().toLowerCase() === 'none';
    if (isNone && previous?.length)
      throw new UsageError(`${flag} none and ${flag} ${previous.join(',')} contradict each other: pick one`);
    if (isNone) return NONE as T[] & readonly string[];
    if ((previous as readonly string[] | undefined) === NONE)
      throw new UsageError(`${flag} none and ${flag} ${value.trim()} contradict each other: pick one`);
    return some(value, previous);
  };
}

/**
 * `--new <active|mask type|product name>[:YYYY-MM-DD]` and `--patch-tested <…>`, repeatable. Only the last colon
 * may start a date, so a product name may hold colons; which product it names is checked against the shelf later.
 */
export function parseMark(flag: string, withDate: boolean) {
  const date = parseDate(flag);
  return (value: string, previous: ProductMark[] | undefined): ProductMark[] => {
    const at = value.lastIndexOf(':');
    const dated = withDate && at !== -1 && /^\s*\d{4}-/.test(value.slice(at + 1));
    const target = (dated ? value.slice(0, at) : value).trim();
    if (!target)
      throw new UsageError(
        `${flag} needs an active, a mask type or a product name${withDate ? ', e.g. retinol or retinol:2026-12-01' : ', e.g. retinol'}`,
      );
    const problem = labelProblem(target);
    if (problem) throw new UsageError(`${flag} product name ${problem}`);
    const mark: ProductMark = dated ? { target, date: date(value.slice(at + 1)) } : { target };
    return [...(previous ?? []), mark];
  };
}

/** `--event YYYY-MM-DD[:label]`, repeatable. */
export function parseEvent(flag: string) {
  const date = parseDate(flag);
  return (value: string, previous: PlanEvent[] | undefined): PlanEvent[] => {
    const at = value.indexOf(':');
    const day = date(at === -1 ? value : value.slice(0, at));
    const label = at === -1 ? null : value.slice(at + 1).trim() || null;
    const problem = label ? labelProblem(label) : undefined;
    if (problem) throw new UsageError(`${flag} label ${problem} (this one has ${label!.length})`);
    return [...(previous ?? []), { date: day, label }];
  };
}

/** A time of day 'HH:MM' (24-hour). */
export function parseTime(flag: string) {
  return (value: string): string => {
    const m = /^(\d{1,2}):(\d{2})$/.exec(value.trim());
    if (!m || Number(m[1]) > 23 || Number(m[2]) > 59)
      throw new UsageError(`${flag} ${show(value)} is not a time: use HH:MM (24-hour), e.g. 21:30`);
    return `${m[1]!.padStart(2, '0')}:${m[2]}`;
  };
}
