// glowplan log, the work: reads the journal, asks or takes the flags, appends one record. Loaded only by `log`.
import type { App } from '../cli/app.js';
import { daysBetween } from '../domain/dates.js';
import { SCHEMA_VERSION, type SkinState } from '../domain/vocabulary.js';
import { RuntimeError, UsageError } from '../lib/errors.js';
import { appendLine, notAFile, requireFolder } from '../journal/append.js';
import { applyRecord, loggedDays } from '../journal/merge.js';
import { plannedCopy } from '../journal/planned.js';
import { localTimestamp, recordLine, type JournalRecord, type RoutineState } from '../journal/record.js';
import { journalPath, loadJournal } from '../journal/store.js';
import { planResult } from '../results/plan.js';
import { logLine, longDate } from '../render/text.js';
import { safeText } from '../render/safe-text.js';
import type { LogResult } from '../results/types.js';

export interface LogFlags {
  date?: string;
  am?: RoutineState;
  pm?: RoutineState;
  skin?: SkinState[];
  note?: string;
  clear?: boolean;
  json?: boolean;
  input?: boolean;
  journal?: string;
  profile?: string;
  color?: boolean;
}

/** Records a day (the `log` command's action). */
export async function runLog(app: App, flags: LogFlags): Promise<LogResult> {
  const today = app.today();
  const date = flags.date ?? today;
  if (daysBetween(today, date) > 0)
    throw new UsageError(`--date ${date} is in the future: log today (${today}) or an earlier day`);
  const answers = (['am', 'pm', 'skin', 'note'] as const).filter((k) => flags[k] !== undefined);
  if (flags.clear && answers.length)
    throw new UsageError(`--clear takes no --${answers[0]}: it removes everything logged for the day`);

  // The journal is written only as a regular file: anything else there is refused before it is read (a pipe would
  // be read to its end) and before anything is asked.
  const typedPath = flags.journal !== undefined;
  const path = journalPath(app, flags.journal);
  const problem = await notAFile(path);
  if (problem) throw typedPath ? new UsageError(problem) : new RuntimeError(problem);
  const journal = await loadJournal(app, flags.journal);
  // A journal path the user typed goes only into a folder that exists (a typo makes no folders); the default
  // location's folder is made when missing.
  if (typedPath) await requireFolder(journal.path);
  const current = journal.days.find((d) => d.date === date);
  const stamp = { schemaVersion: SCHEMA_VERSION, date, loggedAt: localTimestamp(app.io.now()) } as const;
  let record: JournalRecord;
  if (flags.clear) {
    if (!current) {
      app.io.stderr.write(`Nothing is logged for ${longDate(date)}: nothing to clear\n`);
      return { kind: 'log', command: 'log', payload: { journal: journal.path, record: null, day: null } };
    }
    record = { ...stamp, clear: true };
  } else {
    // The plan of that day, as the planner makes it from the days logged before it, with today's profile.
    const planned =
      current?.planned ??
      plannedCopy(
        planResult(
          (await app.loadProfile({ profile: flags.profile })).profile,
          date,
          undefined,
          { events: [], journal: loggedDays(journal.days) },
          false,
          app.data,
        ).payload,
      );
    let given: Pick<JournalRecord, 'am' | 'pm' | 'skin' | 'note'> = {
      ...(flags.am ? { am: flags.am } : {}),
      ...(flags.pm ? { pm: flags.pm } : {}),
      ...(flags.skin ? { skin: flags.skin } : {}),
      ...(flags.note !== undefined ? { note: flags.note } : {}),
    };
    if (!answers.length && app.canPrompt({ input: flags.input, json: flags.json })) {
      const { askLog } = await import('../prompts/log.js');
      const asked = await askLog(app, { date, today, current, planned }, { color: flags.color });
      if (asked) given = asked;
    }
    // A day already logged, and nothing new said of it: nothing to write.
    if (current && !Object.keys(given).length) {
      const { am, pm, skin, note } = current;
      const shown = { date, am, pm, ...(skin.length ? { skin } : {}), ...(note ? { note } : {}) };
      app.io.stderr.write(
        `Already logged ${logLine({ journal: safeText(journal.path), record: shown })}` +
          'Nothing changed: --am, --pm, --skin or --note amend the day, --clear removes it\n',
      );
      return { kind: 'log', command: 'log', payload: { journal: journal.path, record: null, day: current } };
    }
    // A day's first log: routines not mentioned were done, as planned.
    record = {
      ...stamp,
      ...((given.am ?? current?.am) ? {} : { am: 'done' }),
      ...((given.pm ?? current?.pm) ? {} : { pm: 'done' }),
      ...given,
      planned,
    };
  }
  await appendLine(journal.path, recordLine(record), { createFolder: !typedPath });
  const day = applyRecord(current, record);
  const what = record.clear ? 'Cleared' : current ? 'Amended' : 'Logged';
  // The journal's path, as the confirmation shows it: a file name is not terminal-safe until it is sanitized.
  app.io.stderr.write(`${what} ${logLine({ journal: safeText(journal.path), record })}`);
  // The record as the journal has it (the line written, read back), and the day it makes.
  const written = JSON.parse(recordLine(record)) as JournalRecord;
  return { kind: 'log', command: 'log', payload: { journal: journal.path, record: written, day: day ?? null } };
}
