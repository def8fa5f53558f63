// Reading the journal: every line that can be read, and the line number and reason of each that cannot. Lines
// that cannot be read are skipped here and never touched in the file.
import { readFile } from 'node:fs/promises';
import { RuntimeError, UsageError } from '../errors.js';
import { checkRecord, type JournalRecord } from './record.js';

/** A line that could not be read. */
export interface BadLine {
  line: number;
  message: string;
}

export interface JournalText {
  records: JournalRecord[];
  bad: BadLine[];
}

/** Parses the text of a journal (JSON Lines). Blank lines are allowed and skipped. */
export function parseJournal(text: string): JournalText {
  const records: JournalRecord[] = [];
  const bad: BadLine[] = [];
  const lines = text.split('\n');
  const torn = lines.length > 0 && lines[lines.length - 1] !== '';
  lines.forEach((raw, i) => {
    const body = (i === 0 ? raw.replace(/^\uFEFF/, '') : raw).replace(/\r$/, '');
    if (body.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(body);
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
    text = await readFile(path, 'utf8');
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
