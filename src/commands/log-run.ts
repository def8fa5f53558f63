// glowplan log, the work: reads the journal, asks or takes the flags, appends one record. Loaded only by `log`.
import type { App } from '../cli/app.js';
import { daysBetween } from '../domain/dates.js';
import { SCHEMA_VERSION, type SkinState } from '../domain/vocabulary.js';
import { UsageError } from '../lib/errors.js';
import { appendLine } from '../journal/append.js';
import { applyRecord, loggedDays } from '../journal/merge.js';
import { plannedCopy } from '../journal/planned.js';
import { localTimestamp, recordLine, type JournalRecord, type RoutineState } from '../journal/record.js';
import { loadJournal } from '../journal/store.js';
import { planResult } from '../results/plan.js';
import { longDate } from '../render/text.js';

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

// eslint-disable-next-line no-control-regex -- control characters never reach the terminal
const CONTROL = /\u001b\[[0-9;?]*[ -/]*[@-~]|[\u0000-\u001f\u007f-\u009f]/g;

/** What a record says, in words, for the confirmation line. */
function describe(record: JournalRecord): string {
  const parts: string[] = [];
  if (record.am) parts.push(`morning ${record.am}`);
  if (record.pm) parts.push(`evening ${record.pm}`);
  if (record.skin) parts.push(record.skin.length ? `skin ${record.skin.join(', ')}` : 'no skin states');
  if (record.note !== undefined) parts.push(record.note ? 'a note' : 'the note removed');
  return parts.join(', ');
}

/** Records a day (the `log` command's action). */
export async function runLog(app: App, flags: LogFlags): Promise<void> {
  const today = app.today();
  const date = flags.date ?? today;
  if (daysBetween(today, date) > 0)
    throw new UsageError(`--date ${date} is in the future: log today (${today}) or an earlier day`);
  const answers = (['am', 'pm', 'skin', 'note'] as const).filter((k) => flags[k] !== undefined);
  if (flags.clear && answers.length)
    throw new UsageError(`--clear takes no --${answers[0]}: it removes everything logged for the day`);

  const journal = await loadJournal(app, flags.journal);
  const current = journal.days.find((d) => d.date === date);
  const stamp = { schemaVersion: SCHEMA_VERSION, date, loggedAt: localTimestamp(app.io.now()) } as const;
  let record: JournalRecord;
  if (flags.clear) {
    if (!current) {
      app.io.stderr.write(`Nothing is logged for ${longDate(date)}: nothing to clear\n`);
      if (flags.json) writeJson(app, journal.path, null, undefined);
      return;
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
    // A day's first log: routines not mentioned were done, as planned.
    record = {
      ...stamp,
      ...((given.am ?? current?.am) ? {} : { am: 'done' }),
      ...((given.pm ?? current?.pm) ? {} : { pm: 'done' }),
      ...given,
      planned,
    };
  }
  await appendLine(journal.path, recordLine(record));
  const day = applyRecord(current, record);
  const what = record.clear ? 'Cleared' : current ? 'Amended' : 'Logged';
  app.io.stderr.write(
    `${what} ${longDate(date)}${record.clear ? '' : `: ${describe(record)}`} (${journal.path.replace(CONTROL, '')})\n`,
  );
  if (flags.json) writeJson(app, journal.path, record, day);
}

function writeJson(app: App, path: string, record: JournalRecord | null, day: ReturnType<typeof applyRecord>): void {
  const doc = {
    schemaVersion: SCHEMA_VERSION,
    command: 'log',
    journal: path,
    record: record && (JSON.parse(recordLine(record)) as JournalRecord),
    day: day ?? null,
  };
  app.io.stdout.write(`${JSON.stringify(doc, null, 2)}\n`);
}
