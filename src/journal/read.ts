// Reading the journal: every line that can be read, and the line number and reason of each that cannot. Lines
// that cannot be read are skipped here and never touched in the file.
import type { Stats } from 'node:fs';
import { RuntimeError, UsageError } from '../lib/errors.js';
import { isDevice } from '../lib/file-kind.js';
import { readTextUpTo } from '../lib/read-file.js';
import { ACTIVES, MASK_TYPES, SKIN_STATES } from '../domain/vocabulary.js';
import { checkRecord, isJournalDate, isJournalDateAt, MAX_NOTE, type JournalRecord } from './record.js';

/** A line that could not be read. */
export interface BadLine {
  line: number;
  message: string;
}

export interface JournalText {
  records: JournalRecord[];
  bad: BadLine[];
}

const alternatives = (ids: readonly string[]) => ids.join('|');
const idList = (ids: readonly string[]) => `\\[(?:"(?:${alternatives(ids)})"(?:,"(?:${alternatives(ids)})")*)?\\]`;
/**
 * A line exactly as glowplan writes it (recordLine: the fields in order, no spaces, known ids, a note of JSON's own
 * characters and escapes, so the line is always valid JSON), so that only the checks a pattern cannot make are left
 * to do in code (real dates, the note's length, repeats in a list). A
 * journal holds thousands of lines: checking them this way takes a fraction of the time checkRecord takes.
 */
const CANONICAL = new RegExp(
  '\\{"schemaVersion":1,"date":"\\d{4}-\\d\\d-\\d\\d","loggedAt":"\\d{4}-\\d\\d-\\d\\dT([01]\\d|2[0-3]):[0-5]\\d' +
    '(:[0-5]\\d(\\.\\d{1,9})?)?(Z|[+-]([01]\\d|2[0-3]):[0-5]\\d)"' +
    '(,"clear":true|(,"am":"(done|skipped)")?(,"pm":"(done|skipped)")?' +
    `(,"skin":${idList(SKIN_STATES)})?(,"note":"([^"\\\\\\u0000-\\u001f]|\\\\(["\\\\/bfnrt]|u[0-9a-fA-F]{4}))*")?` +
    `(,"planned":\\{"mask":(null|"(${alternatives(MASK_TYPES)})"),"am":${idList(ACTIVES)},"pm":${idList(ACTIVES)}\\})?)\\}(\\n|$)`,
  'y',
);

/** Where each line of text starts when every line is CANONICAL (then its end too); undefined when one is not. */
function canonicalLines(text: string): number[] | undefined {
  CANONICAL.lastIndex = 0;
  const starts: number[] = [];
  while (CANONICAL.lastIndex < text.length) {
    starts.push(CANONICAL.lastIndex);
    if (!CANONICAL.test(text)) return undefined;
  }
  starts.push(text.length);
  return starts;
}

/** Where the date and the loggedAt date sit in a CANONICAL line (its fixed opening: `{"schemaVersion":1,"date":"`). */
const DATE_AT = 27;
const LOGGED_AT = DATE_AT + '2026-01-01","loggedAt":"'.length;

const noRepeats = (list: readonly string[] | undefined) =>
  !list || list.length < 2 || list.every((x, i) => list.indexOf(x) === i);

/** For a value parsed from a CANONICAL line: true when checkRecord would accept it (perhaps not as it is). */
const reportsNothing = (r: JournalRecord) =>
  isJournalDate(r.date) &&
  isJournalDate(r.loggedAt!.slice(0, 10)) &&
  (r.note === undefined || r.note.length <= MAX_NOTE);

/** For a value parsed from a CANONICAL line: true when checkRecord would accept it exactly as it is. */
function canonicalValid(r: JournalRecord): boolean {
  return reportsNothing(r) && noRepeats(r.skin) && (!r.planned || (noRepeats(r.planned.am) && noRepeats(r.planned.pm)));
}

/** The dates a reader wants (both ends included, YYYY-MM-DD). */
export interface DateRange {
  from: string;
  to: string;
}

/**
 * A CANONICAL line (from `start` to `end` in `text`) of a date outside the range wanted: true when checkRecord surely
 * accepts it (real dates; a line no longer than a note may be), told without parsing it or cutting it out. False
 * means only "parse it to know". (A list that repeats an item is read as one of each, never reported: it does not
 * matter for a record left out.)
 */
const validUnparsed = (text: string, start: number, end: number) =>
  end - start <= MAX_NOTE && isJournalDateAt(text, start + DATE_AT) && isJournalDateAt(text, start + LOGGED_AT);

/**
 * The journal size (in characters) from which the fast path below is taken. V8 compiles CANONICAL to machine code on
 * its second use, about 3 million CPU instructions on Node 22: a journal of a few hundred lines is checked line by
 * line in less. Measured for `week --json` with journals of daily lines: 8 lines 1.6 million fewer line by line, 200
 * lines 3.0 million fewer, 400 lines (75,000 characters) 0.8 million fewer, 1,000 lines 13 million more.
 */
export const FAST_JOURNAL_FROM = 65_536;

/**
 * Parses the text of a journal (JSON Lines). Blank lines are allowed and skipped. With `range`, only the records
 * of dates in it are returned; every line is still checked, so what `bad` reports is the same whatever the range.
 * `fastFrom`: the size from which the fast path is taken (tests set 0 to check it against the line-by-line reading).
 */
export function parseJournal(text: string, range?: DateRange, fastFrom = FAST_JOURNAL_FROM): JournalText {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  // Fast path: a journal as glowplan writes it is one JSON array once its newlines are commas (one parse instead
  // of one a line), and its lines need only the checks the pattern cannot make. With a range, a line of another
  // date is checked from its text (its date sits at a fixed place) and parsed only when that cannot tell.
  const starts = body === '' || body.length < fastFrom ? undefined : canonicalLines(body);
  if (starts) {
    const wanted: string[] = [];
    const toCheck: string[] = [];
    for (let i = 0; i + 1 < starts.length; i++) {
      const start = starts[i]!;
      const next = starts[i + 1]!;
      const end = body.charCodeAt(next - 1) === 10 ? next - 1 : next;
      const date = range && body.slice(start + DATE_AT, start + DATE_AT + 10);
      if (!date || (date >= range.from && date <= range.to)) wanted.push(body.slice(start, end));
      else if (!validUnparsed(body, start, end)) toCheck.push(body.slice(start, end));
    }
    const parse = (lines: string[], valid: (r: JournalRecord) => boolean) => {
      try {
        const values = JSON.parse(`[${lines.join(',')}]`) as JournalRecord[];
        return values.length === lines.length && values.every(valid) ? values : undefined;
      } catch {
        return undefined; // not expected (the pattern admits JSON only): read line by line all the same
      }
    };
    const records = parse(wanted, canonicalValid);
    if (records && (!toCheck.length || parse(toCheck, reportsNothing))) return { records, bad: [] };
  }
  const records: JournalRecord[] = [];
  const bad: BadLine[] = [];
  const lines = body.split('\n');
  const torn = lines.length > 0 && lines[lines.length - 1] !== '';
  lines.forEach((raw, i) => {
    const line = raw.replace(/\r$/, '');
    if (line.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      const last = torn && i === lines.length - 1;
      bad.push({ line: i + 1, message: last ? 'an unfinished last line (not valid JSON)' : 'not valid JSON' });
      return;
    }
    const checked = checkRecord(value, { requireLoggedAt: true });
    if (!checked.ok) bad.push({ line: i + 1, message: checked.message });
    else if (!range || (checked.value.date >= range.from && checked.value.date <= range.to))
      records.push(checked.value);
  });
  return { records, bad };
}

/**
 * The most a journal file may hold, in bytes (and in words, for the message). A line takes a few hundred bytes (under
 * 2 KB with the longest note), so this is a century of daily logs and amendments, yet small enough to read at once.
 */
export const MAX_JOURNAL_BYTES = 64_000_000;
const MAX_JOURNAL_WORDS = '64 MB';

/**
 * Reads the journal at `path` (with `range`: the records of those dates; every line is checked all the same). A
 * missing file (or a path under something that is not a folder) is an empty journal, and so is the null device; a
 * pipe is read to its end; one that exists but cannot be read, or another device (/dev/zero, a terminal), is an error.
 */
export async function readJournal(path: string, given: boolean, range?: DateRange): Promise<JournalText> {
  let text: string | undefined;
  const Err = given ? UsageError : RuntimeError;
  const device = (info: Stats) => {
    if (isDevice(info)) throw new Err(`the journal ${path} is a device, not a file: give a file path for the journal`);
  };
  try {
    // Read at once: at start-up a synchronous read of a small file is cheaper than setting up promise-based I/O.
    text = readTextUpTo(path, MAX_JOURNAL_BYTES, device);
  } catch (err) {
    if (err instanceof Err) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { records: [], bad: [] };
    if (code === 'EISDIR') throw new Err(`the journal ${path} is a folder, not a file`);
    if (code === 'EACCES' || code === 'EPERM') throw new Err(`cannot read the journal ${path}: permission denied`);
    throw new Err(`cannot read the journal ${path}: ${(err as Error).message}`);
  }
  if (text === undefined)
    throw new Err(
      `cannot read the journal ${path}: it holds more than ${MAX_JOURNAL_WORDS}, the most glowplan reads (move it aside to start a new one)`,
    );
  return parseJournal(text, range);
}

/** Most unreadable lines reported one by one; the rest are counted. */
const REPORT_AT_MOST = 10;

/** The stderr lines for unreadable lines: each with its number, at most REPORT_AT_MOST, then a count. */
export function badLineReport(path: string, bad: readonly BadLine[]): string[] {
  const out = bad
    .slice(0, REPORT_AT_MOST)
    .map((b) => `glowplan: journal ${path} line ${b.line}: ${b.message}; skipped (the line stays in the file)`);
  if (bad.length > REPORT_AT_MOST)
    out.push(`glowplan: journal ${path}: ${bad.length - REPORT_AT_MOST} more lines could not be read; skipped`);
  return out;
}
