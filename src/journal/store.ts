// The journal as commands use it: where it is, its days (unreadable lines reported once per run), and the days
// the planner is given.
import type { App } from '../cli/app.js';
import type { LoggedDay } from '../rules/types.js';
import { loggedDays, mergeRecords, type JournalDay } from './merge.js';
import { defaultJournalPath } from './path.js';
import { badLineReport, readJournal } from './read.js';
import type { JournalRecord } from './record.js';

/** The journal flag as commander gives it: a path, false for --no-journal, undefined for the default. */
export type JournalFlag = string | false | undefined;

export interface LoadedJournal {
  path: string;
  /** The records read (with a range, those of its dates). */
  records: JournalRecord[];
  days: JournalDay[];
}

/** Unreadable lines already reported in this run, per App (a run), so each is reported once. */
const reported = new WeakMap<App, Set<string>>();

/** The journal path in effect: --journal, else the default. */
export function journalPath(app: App, flag: JournalFlag): string {
  return typeof flag === 'string' ? flag : defaultJournalPath(app.io.env);
}

/**
 * Reads and merges the journal; reports each unreadable line on stderr once per run. `range`: only the days from
 * `from` to `to` are wanted (records of other days are left out, unparsed where they can be, which changes none of
 * these; every line is still checked and reported the same).
 */
export async function loadJournal(
  app: App,
  flag: JournalFlag,
  range?: { from: string; to: string },
): Promise<LoadedJournal> {
  const path = journalPath(app, flag);
  const { records, bad } = await readJournal(path, typeof flag === 'string', range);
  if (bad.length) {
    let seen = reported.get(app);
    if (!seen) reported.set(app, (seen = new Set()));
    if (!seen.has(path)) {
      seen.add(path);
      for (const line of badLineReport(path, bad)) app.io.stderr.write(`${line}\n`);
    }
  }
  return { path, records, days: mergeRecords(records) };
}

/** The days `plan` and `week` hand the planner: none with --no-journal. */
export async function planningJournal(app: App, flag: JournalFlag): Promise<LoggedDay[]> {
  if (flag === false) return [];
  return loggedDays((await loadJournal(app, flag)).days);
}
