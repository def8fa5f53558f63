// The journal's record: one JSON object a line, what a person logged for a day. Validation is pure (used for the
// file and for batch lines alike) and names the field and what is accepted.
import { PLAN_YEARS, type IsoDate } from '../domain/dates.js';
import {
  ACTIVES,
  MASK_TYPES,
  SCHEMA_VERSION,
  SKIN_STATES,
  type ActiveId,
  type MaskType,
  type SkinState,
} from '../domain/vocabulary.js';

/** A routine as logged: done, or skipped. */
export const ROUTINE_STATES = ['done', 'skipped'] as const;
export type RoutineState = (typeof ROUTINE_STATES)[number];

/** Longest note, in characters. */
export const MAX_NOTE = 500;

/** What was planned for a day when it was logged: the mask and the serum actives of each routine. */
export interface PlannedCopy {
  mask: MaskType | null;
  am: ActiveId[];
  pm: ActiveId[];
}

/** One line of the journal. A clearing record carries only schemaVersion, date, loggedAt and clear. */
export interface JournalRecord {
  schemaVersion: 1;
  date: IsoDate;
  /** When the line was written (ISO 8601 with the offset); informative only: the order of lines decides. */
  loggedAt?: string;
  am?: RoutineState;
  pm?: RoutineState;
  skin?: SkinState[];
  note?: string;
  planned?: PlannedCopy;
  clear?: true;
}

/** The fields of a record, in the order they are written. */
export const RECORD_FIELDS = [
  'schemaVersion',
  'date',
  'loggedAt',
  'am',
  'pm',
  'skin',
  'note',
  'planned',
  'clear',
] as const;

const FIELD_SET: ReadonlySet<string> = new Set(RECORD_FIELDS);

export type Checked<T> = { ok: true; value: T } | { ok: false; field: string; message: string };

const show = (value: unknown) => {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
};

/** "field must be what, got value"; for a field that is absent, "field is missing: it must be what". */
const wrong = (field: string, must: string, value: unknown) =>
  value === undefined ? `${field} is missing: it must be ${must}` : `${field} must be ${must}, got ${show(value)}`;

/** An ISO 8601 timestamp with a time and an offset or Z, e.g. 2026-12-02T21:40:05.120+01:00. */
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,9})?)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The number the digits text[from..to) spell, or -1 when one is not a digit. */
function digits(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/**
 * True for a real calendar date YYYY-MM-DD in the plannable years (as isPlannableDate in dates.ts), by arithmetic
 * on the characters alone: a journal holds thousands of dates, and this runs for each.
 */
export function isJournalDate(text: string): boolean {
  return text.length === 10 && isJournalDateAt(text, 0);
}

/** isJournalDate for the ten characters of `text` from `at` (no string is cut out of a long text for it). */
export function isJournalDateAt(text: string, at: number): boolean {
  if (text.charCodeAt(at + 4) !== 45 || text.charCodeAt(at + 7) !== 45) return false;
  const y = digits(text, at, at + 4);
  const mo = digits(text, at + 5, at + 7);
  const d = digits(text, at + 8, at + 10);
  if (y < PLAN_YEARS.min || y > PLAN_YEARS.max || mo < 1 || mo > 12 || d < 1) return false;
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  return d <= (mo === 2 && leap ? 29 : DAYS_IN_MONTH[mo - 1]!);
}

class Problem extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

/** A list of ids, each known; repeats dropped (the list itself is kept when it has none, as it usually has not). */
function list<T extends string>(value: unknown, field: string, ids: readonly T[], what: string): T[] {
  if (!Array.isArray(value)) throw new Problem(field, `${field} must be a list of ${what}: ${ids.join(', ')}`);
  let repeats = false;
  for (let i = 0; i < value.length; i++) {
    const v: unknown = value[i];
    if (!(ids as readonly unknown[]).includes(v))
      throw new Problem(`${field}[${i}]`, `${field}[${i}] ${show(v)} is not known: use one of ${ids.join(', ')}`);
    if (!repeats && value.indexOf(v) !== i) repeats = true;
  }
  return repeats ? [...new Set(value as T[])] : (value as T[]);
}

function routine(value: unknown, field: 'am' | 'pm'): RoutineState {
  if (value !== 'done' && value !== 'skipped')
    throw new Problem(field, `${field} must be "done" or "skipped", got ${show(value)}`);
  return value;
}

function planned(value: unknown): PlannedCopy {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new Problem('planned', `planned must be {"mask", "am", "pm"}, got ${show(value)}`);
  const v = value as Record<string, unknown>;
  for (const key in v)
    if (key !== 'mask' && key !== 'am' && key !== 'pm')
      throw new Problem(`planned.${key}`, `planned.${key} is not a field; planned has mask, am, pm`);
  if (v.mask !== null && !(MASK_TYPES as readonly unknown[]).includes(v.mask))
    throw new Problem('planned.mask', wrong('planned.mask', `null or one of ${MASK_TYPES.join(', ')}`, v.mask));
  const am = list(v.am, 'planned.am', ACTIVES, 'actives');
  const pm = list(v.pm, 'planned.pm', ACTIVES, 'actives');
  // Usually already as it should be: kept as it is (a journal holds thousands).
  if (am === v.am && pm === v.pm && Object.keys(v).length === 3) return v as unknown as PlannedCopy;
  return { mask: v.mask as MaskType | null, am, pm };
}

/**
 * Checks one record (parsed JSON). `requireLoggedAt`: the file's records always carry one; a batch line's records
 * may leave it out. Unknown fields are refused, so a mistyped field never passes unnoticed.
 */
export function checkRecord(raw: unknown, options: { requireLoggedAt?: boolean } = {}): Checked<JournalRecord> {
  try {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
      throw new Problem('', `a record must be a JSON object, got ${show(raw)}`);
    const r = raw as Record<string, unknown>;
    for (const key in r)
      if (!FIELD_SET.has(key))
        throw new Problem(key, `${show(key)} is not a field; a record has ${RECORD_FIELDS.join(', ')}`);
    if (r.schemaVersion !== SCHEMA_VERSION)
      throw new Problem('schemaVersion', wrong('schemaVersion', String(SCHEMA_VERSION), r.schemaVersion));
    if (typeof r.date !== 'string' || !isJournalDate(r.date))
      throw new Problem('date', wrong('date', 'a calendar date YYYY-MM-DD', r.date));
    if (r.loggedAt !== undefined || options.requireLoggedAt) {
      const at = r.loggedAt;
      if (typeof at !== 'string' || !TIMESTAMP.test(at) || !isJournalDate(at.slice(0, 10)))
        throw new Problem('loggedAt', wrong('loggedAt', 'a date and time such as 2026-12-02T21:40:05+01:00', at));
    }
    if (r.clear !== undefined) {
      if (r.clear !== true) throw new Problem('clear', `clear must be true, got ${show(r.clear)}`);
      const other = ['am', 'pm', 'skin', 'note', 'planned'].find((k) => r[k] !== undefined);
      if (other) throw new Problem(other, `a clearing record carries no ${other}`);
      return { ok: true, value: r as unknown as JournalRecord };
    }
    if (r.am !== undefined) routine(r.am, 'am');
    if (r.pm !== undefined) routine(r.pm, 'pm');
    const skin = r.skin === undefined ? undefined : list(r.skin, 'skin', SKIN_STATES, 'skin states');
    if (r.note !== undefined) {
      if (typeof r.note !== 'string') throw new Problem('note', `note must be a text, got ${show(r.note)}`);
      if (r.note.length > MAX_NOTE) throw new Problem('note', `note is longer than ${MAX_NOTE} characters`);
    }
    const plan = r.planned === undefined ? undefined : planned(r.planned);
    // Every field is known and checked: the record is the object itself, unless a list had repeats to drop.
    const record = r as unknown as JournalRecord;
    if (skin === r.skin && plan === r.planned) return { ok: true, value: record };
    return { ok: true, value: { ...record, ...(skin ? { skin } : {}), ...(plan ? { planned: plan } : {}) } };
  } catch (err) {
    if (err instanceof Problem) return { ok: false, field: err.field, message: err.message };
    throw err;
  }
}

/** A record as one line of the file: the fields in their usual order, then a newline. */
export function recordLine(record: JournalRecord): string {
  const ordered: Record<string, unknown> = {};
  for (const key of RECORD_FIELDS) if (record[key] !== undefined) ordered[key] = record[key];
  return `${JSON.stringify(ordered)}\n`;
}

/** A local time stamp with its offset, e.g. 2026-12-02T21:40:05+01:00 (what loggedAt holds). */
export function localTimestamp(when: Date): string {
  const pad = (n: number, w = 2) => String(Math.abs(n)).padStart(w, '0');
  const offset = -when.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  return (
    `${pad(when.getFullYear(), 4)}-${pad(when.getMonth() + 1)}-${pad(when.getDate())}` +
    `T${pad(when.getHours())}:${pad(when.getMinutes())}:${pad(when.getSeconds())}` +
    `${sign}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`
  );
}
