// glowplan week: the schedule, serums daily and masks spaced through the week.
import { Command } from 'commander';
import type { App, ProfileFlags } from '../cli/app.js';
import type { OutputFlags } from '../cli/deliver.js';
import { mondayOf } from '../domain/dates.js';
import { UsageError } from '../lib/errors.js';
import { parseDate, parseEvent, parseTime, parseWhole } from '../cli/flags/parse.js';
import { weekResult } from '../results/plan.js';
import { WEEKS } from '../domain/validators.js';
import { RESULT_FORMATS, type WeekResult } from '../results/types.js';
import type { PlanEvent } from '../rules/types.js';
import { planningJournal } from '../journal/store.js';
import { planningProfile, planOrBatch } from './plan-common.js';
import { addExplainOption, addJournalOptions, addOutputOptions, addProfileOptions } from '../cli/flags/define.js';

export interface WeekFlags extends OutputFlags, ProfileFlags {
  start?: string;
  weeks?: number;
  event?: PlanEvent[];
  explain?: boolean;
  amTime?: string;
  pmTime?: string;
  batch?: string;
  journal?: string | false;
}

export function weekCommand(app: App): Command {
  const cmd = new Command('week')
    .description('the weekly schedule: serums every day, masks 2–4 nights a week, spaced')
    .option('--start <YYYY-MM-DD>', 'first day (default: Monday of this week)', parseDate('--start'))
    .option('--weeks <n>', 'how many weeks, 1 to 520', parseWhole('--weeks', WEEKS.min, WEEKS.max), 1)
    .option(
      '--event <YYYY-MM-DD[:label]>',
      'an event: a mask goes on the evening before (repeatable)',
      parseEvent('--event'),
    )
    .option('--am-time <HH:MM>', 'with --format ics: morning routine time (default 07:30)', parseTime('--am-time'))
    .option(
      '--pm-time <HH:MM>',
      'with --format ics: evening routine time (default 21:30); earlier than --am-time means after midnight, so on the next calendar day',
      parseTime('--pm-time'),
    )
    .option(
      '--batch <file|->',
      'many people at once: JSON Lines in, one profile a line (- reads stdin); JSON Lines out',
    );
  addProfileOptions(cmd);
  addJournalOptions(cmd);
  addExplainOption(cmd);
  addOutputOptions(cmd, RESULT_FORMATS.week);
  cmd.addHelpText(
    'after',
    `
Examples:
  glowplan week                                     this week, from your profile (asks on a terminal if none)
  glowplan week --weeks 4 --start 2026-12-07        four weeks from a Monday
  glowplan week --serum retinol --new retinol       starting retinol today: patch test, then a slow ramp-up
  glowplan week --event 2026-12-12:wedding          a brightening mask the evening before
  glowplan week --format ics -o week.ics            for your calendar (--am-time, --pm-time)
  glowplan week --batch people.jsonl > plans.jsonl  one plan a line, for many people`,
  );
  return cmd.action(async (flags: WeekFlags) => {
    const format = flags.json ? 'json' : (flags.format ?? 'table');
    if (format === 'ics' && flags.explain)
      throw new UsageError(
        '--explain is not shown in a calendar: leave it out, or use --format table, json or markdown',
      );
    const time = flags.amTime !== undefined ? '--am-time' : flags.pmTime !== undefined ? '--pm-time' : undefined;
    if (time && (format !== 'ics' || flags.batch !== undefined))
      throw new UsageError(
        `${time} sets the calendar's routine times: add --format ics${flags.batch !== undefined ? ' (not with --batch)' : ''}, or leave ${time} out`,
      );
    return planOrBatch(app, 'week', flags, () => week(app, flags));
  });
}

/** The schedule for one or more weeks (asking for the profile on a terminal when nobody gave it). */
export async function week(app: App, flags: WeekFlags): Promise<WeekResult> {
  const { profile, events, byDefault } = await planningProfile(app, flags, 'week');
  const start = flags.start ?? mondayOf(app.today());
  const weeks = flags.weeks ?? 1;
  const all = [...(flags.event ?? []), ...events];
  const journal = await planningJournal(app, flags.journal);
  const result = weekResult(profile, start, weeks, { events: all, journal }, Boolean(flags.explain), app.data);
  return { ...result, byDefault, calendar: { amTime: flags.amTime, pmTime: flags.pmTime } };
}
