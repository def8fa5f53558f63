// glowplan week: the schedule, serums daily and masks spaced through the week.
import { Command } from 'commander';
import type { App, OutputFlags, ProfileFlags } from '../app.js';
import { mondayOf } from '../dates.js';
import { parseDate, parseEvent, parseTime, parseWhole } from '../options.js';
import { weekResult } from '../plan-results.js';
import type { PlanEvent } from '../rules/types.js';
import { planningProfile } from './plan-common.js';
import { addExplainOption, addOutputOptions, addProfileOptions } from './shared.js';

export interface WeekFlags extends OutputFlags, ProfileFlags {
  start?: string;
  weeks?: number;
  event?: PlanEvent[];
  explain?: boolean;
  amTime?: string;
  pmTime?: string;
  batch?: string;
}

export function weekCommand(app: App): Command {
  const cmd = new Command('week')
    .description('the weekly schedule: serums every day, masks 2–4 nights a week, spaced')
    .option('--start <YYYY-MM-DD>', 'first day (default: Monday of this week)', parseDate('--start'))
    .option('--weeks <n>', 'how many weeks, 1 to 520', parseWhole('--weeks', 1, 520), 1)
    .option(
      '--event <YYYY-MM-DD[:label]>',
      'an event: a mask goes on the evening before (repeatable)',
      parseEvent('--event'),
    )
    .option('--am-time <HH:MM>', 'calendar: morning routine time (default 07:30)', parseTime('--am-time'))
    .option('--pm-time <HH:MM>', 'calendar: evening routine time (default 21:30)', parseTime('--pm-time'))
    .option(
      '--batch <file|->',
      'many people at once: JSON Lines in, one profile a line (- reads stdin); JSON Lines out',
    );
  addProfileOptions(cmd);
  addExplainOption(cmd);
  addOutputOptions(cmd, ['table', 'json', 'markdown', 'ics']);
  return cmd.action(async (flags: WeekFlags) => {
    if (flags.batch !== undefined) {
      const { runBatch } = await import('../batch.js');
      return runBatch(app, 'week', { ...flags, batch: flags.batch });
    }
    const { profile, events } = await planningProfile(app, flags, 'week');
    const start = flags.start ?? mondayOf(app.today());
    const weeks = flags.weeks ?? 1;
    const all = [...(flags.event ?? []), ...events];
    await app.emit(weekResult(profile, start, weeks, { events: all }, Boolean(flags.explain), app.data), flags, [
      'table',
      'json',
      'markdown',
      'ics',
    ]);
  });
}
