// Reading the journal: every line that can be read, and the line number and reason of each that cannot. Lines
// that cannot be read are skipped here and never touched in the file.
import { readFileSync } from 'node:fs';
import { RuntimeError, UsageError } from '../lib/errors.js';
import { ACTIVES, MASK_TYPES, SKIN_STATES } from '../domain/vocabulary.js';
import { checkRecord, isJournalDate, MAX_NOTE, type JournalRecord } from './record.js';

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
 * A line exactly as glowplan writes it (recordLine: the fields in order, no spaces, known ids), so that only the
 * checks a pattern cannot make are left to do in code (real dates, the note's length, repeats in a list). A
 * journal holds thousands of lines: checking them this way takes a fraction of the time checkRecord takes.
 */
const CANONICAL = new RegExp(
  '\\{"schemaVersion":1,"date":"\\d{4}-\\d\\d-\\d\\d","loggedAt":"\\d{4}-\\d\\d-\\d\\dT([01]\\d|2[0-3]):[0-5]\\d' +
    '(:[0-5]\\d(\\.\\d{1,9})?)?(Z|[+-]([01]\\d|2[0-3]):[0-5]\\d)"' +
    '(,"clear":true|(,"am":"(done|skipped)")?(,"pm":"(done|skipped)")?' +
    `(,"skin":${idList(SKIN_STATES)})?(,"note":"([^"\\\\\\n]|\\\\.)*")?` +
    `(,"planned":\\{"mask":(null|"(${alternatives(MASK_TYPES)})"),"am":${idList(ACTIVES)},"pm":${idList(ACTIVES)}\\})?)\\}(\\n|$)`,
  'y',
);

/** The number of lines from the start of text that are CANONICAL, when all of them are; else -1. */
function canonicalLines(text: string): number {
  CANONICAL.lastIndex = 0;
  let count = 0;
  while (CANONICAL.lastIndex < text.length) {
    if (!CANONICAL.test(text)) return -1;
    count++;
  }
  return count;
}

const noRepeats = (list: readonly string[] | undefined) =>
  !list || list.length < 2 || list.every((x, i) => list.indexOf(x) === i);

/** For a value parsed from a CANONICAL line: true when checkRecord would accept it exactly as it is. */
function canonicalValid(r: JournalRecord): boolean {
  return (
    isJournalDate(r.date) &&
    isJournalDate(r.loggedAt!.slice(0, 10)) &&
    (r.note === undefined || r.note.length <= MAX_NOTE) &&
    noRepeats(r.skin) &&
    (!r.planned || (noRepeats(r.planned.am) && noRepeats(r.planned.pm)))
  );
}

/** Parses the text of a journal (JSON Lines). Blank lines are allowed and skipped. */
export function parseJournal(text: string): JournalText {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  // Fast path: a journal as glowplan writes it is one JSON array once its newlines are commas (one parse instead
  // of one a line), and its lines need only the checks the pattern cannot make.
  const count = body === '' ? -1 : canonicalLines(body);
  if (count > 0) {
    let values: JournalRecord[] | undefined;
    try {
      values = JSON.parse(
        `[${(body.endsWith('\n') ? body.slice(0, -1) : body).replaceAll('\n', ',')}]`,
      ) as JournalRecord[];
    } catch {
      values = undefined; // an escape the pattern let through that JSON does not accept: read line by line
    }
    if (values && values.length === count && values.every(canonicalValid)) return { records: values, bad: [] };
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
    if (checked.ok) records.push(checked.value);
    else bad.push({ line: i + 1, message: checked.message });
  });
  return { records, bad };
}

/**
 * Reads the journal at `path`. A missing file (or a path under something that is not a folder) is an empty
 * journal; one that exists but cannot be read is an error.
 */
export async function readJournal(path: string, given: boolean): Promise<JournalText> {
  let text: string;
  try {
    // Read at once: at start-up a synchronous read of a small file is cheaper than setting up promise-based I/O.
    text = readFileSync(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { records: [], bad: [] };
    const Err = given ? UsageError : RuntimeError;
    if (code === 'EISDIR') throw new Err(`the journal ${path} is a folder, not a file`);
    if (code === 'EACCES' || code === 'EPERM') throw new Err(`cannot read the journal ${path}: permission denied`);
    throw new Err(`cannot read the journal ${path}: ${(err as Error).message}`);
  }
  return parseJournal(text);
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
