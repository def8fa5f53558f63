// glowplan log: records a day in the journal (what was done, how the skin felt), as a new line; never rewrites.
// The work is in log-run.ts, loaded only when `log` runs.
import { Command } from 'commander';
import { deliver } from '../cli/deliver.js';
import type { App } from '../cli/app.js';
import { SKIN_STATES } from '../domain/vocabulary.js';
import { UsageError } from '../lib/errors.js';
import { MAX_NOTE, ROUTINE_STATES } from '../journal/record.js';
import { parseChoice, parseChoices, parseDate } from '../cli/flags/parse.js';
import type { LogFlags } from './log-run.js';

function parseNote(value: string): string {
  if (value.length > MAX_NOTE)
    throw new UsageError(`--note is ${value.length} characters long: a note may be at most ${MAX_NOTE} characters`);
  return value;
}

export function logCommand(app: App): Command {
  return new Command('log')
    .description('record a day in your journal: routines done or skipped, how your skin feels, a note')
    .option('--date <YYYY-MM-DD>', 'the day (default: today; never a day to come)', parseDate('--date'))
    .option('--am <done|skipped>', 'the morning routine (default: done)', parseChoice('--am', ROUTINE_STATES))
    .option('--pm <done|skipped>', 'the evening routine (default: done)', parseChoice('--pm', ROUTINE_STATES))
    .option(
      '--skin <state>',
      `how your skin feels (repeatable): ${SKIN_STATES.join(', ')}`,
      parseChoices('--skin', SKIN_STATES),
    )
    .option('--note <text>', `a note, up to ${MAX_NOTE} characters ("" removes the day's note)`, parseNote)
    .option('--clear', 'remove what was logged for the day (a new line saying so; nothing is deleted)')
    .option(
      '--journal <path>',
      'journal file, in a folder that exists (default: $XDG_DATA_HOME/glowplan/journal.jsonl)',
    )
    .option('--profile <path>', 'profile whose plan the record keeps a copy of (default: the saved one)')
    .option('--json', 'print the record written (and the day it makes) as one JSON document')
    .option('--no-input', 'never ask questions')
    .option('--no-color', 'no colour in the questions')
    .addHelpText(
      'after',
      `
A second log of the same day amends it: the fields it gives win, the others stay. Each record keeps a copy of
what was planned that day, so history stays right when your profile changes.

Examples:
  glowplan log                                  asks, on a terminal
  glowplan log --pm skipped --skin red --note "stung after the peel"
  glowplan log --date 2026-11-30 --skin dry     amend an earlier day
  glowplan log --date 2026-11-30 --clear        forget what was logged for it`,
    )
    .action(async (flags: LogFlags) => {
      const { runLog } = await import('./log-run.js');
      const result = await runLog(app, flags);
      // The confirmation went to stderr; the record is data, printed only when asked for.
      if (flags.json) await deliver(result, { json: true }, app.io);
    });
}
