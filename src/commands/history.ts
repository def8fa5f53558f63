// glowplan history: the adherence view of the journal (a calendar grid, streaks, adherence, skin counts).
import { Command } from 'commander';
import type { App } from '../cli/app.js';
import { deliver, type OutputFlags } from '../cli/deliver.js';
import { addDays, daysBetween } from '../domain/dates.js';
import { UsageError } from '../lib/errors.js';
import { loadJournal } from '../journal/store.js';
import { parseDate, parseWhole } from '../cli/flags/parse.js';
import { RESULT_FORMATS } from '../results/types.js';
import { addOutputOptions } from '../cli/flags/define.js';

interface HistoryFlags extends OutputFlags {
  from?: string;
  to?: string;
  weeks?: number;
  journal?: string;
}

/** Longest range shown: 20 years of days. */
const MAX_DAYS = 7305;

export function historyCommand(app: App): Command {
  const cmd = new Command('history')
    .description('how the routine went: a calendar of days done, streaks, adherence, skin states')
    .option('--from <YYYY-MM-DD>', 'first day (default: Monday 3 weeks before this one)', parseDate('--from'))
    .option('--to <YYYY-MM-DD>', 'last day (default: today)', parseDate('--to'))
    .option('--weeks <n>', 'the last n calendar weeks up to --to (default 4)', parseWhole('--weeks', 1, 1043))
    .option('--journal <path>', 'journal file (default: $XDG_DATA_HOME/glowplan/journal.jsonl)');
  addOutputOptions(cmd, RESULT_FORMATS.history);
  cmd.addHelpText(
    'after',
    `
Marks: ● both routines done, ◐ partial, ○ both skipped, · not logged, ! irritation (red, stinging or peeling).
A streak counts days with both routines done; a day not logged or with a routine skipped ends it.

Examples:
  glowplan history                              the last 4 weeks
  glowplan history --weeks 12
  glowplan history --from 2026-01-01 --to 2026-06-30 --json`,
  );
  return cmd.action(async (flags: HistoryFlags) => {
    if (flags.weeks !== undefined && flags.from !== undefined)
      throw new UsageError('--weeks and --from both set the first day: give one of them');
    const { history, rangeOfWeeks } = await import('../journal/history.js');
    const today = app.today();
    const to = flags.to ?? today;
    const from = flags.from ?? rangeOfWeeks(to, flags.weeks ?? 4);
    if (daysBetween(from, to) < 0) throw new UsageError(`--from ${from} is after --to ${to}: swap them`);
    if (daysBetween(from, to) >= MAX_DAYS)
      throw new UsageError(
        `--from ${from} to --to ${to} is more than 20 years: show at most ${MAX_DAYS} days (e.g. --from ${addDays(to, 1 - MAX_DAYS)})`,
      );
    const journal = await loadJournal(app, flags.journal, { from, to });
    return deliver(
      { kind: 'history', command: 'history', payload: history(journal.days, from, to, today) },
      flags,
      app.io,
    );
  });
}
