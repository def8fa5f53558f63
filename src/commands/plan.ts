// glowplan plan: one day's morning and evening routine, in layering order.
import { Command } from 'commander';
import type { App, ProfileFlags } from '../cli/app.js';
import type { OutputFlags } from '../cli/deliver.js';
import { MASK_TYPES, type MaskType } from '../domain/vocabulary.js';
import { UsageError } from '../lib/errors.js';
import { parseChoice, parseDate, parseEvent } from '../cli/flags/parse.js';
import { planResult } from '../results/plan.js';
import { RESULT_FORMATS, type PlanResult } from '../results/types.js';
import type { PlanEvent } from '../rules/types.js';
import { planningJournal } from '../journal/store.js';
import { planningProfile, planOrBatch } from './plan-common.js';
import {
  addConflicts,
  addExplainOption,
  addJournalOptions,
  addOutputOptions,
  addProfileOptions,
} from '../cli/flags/define.js';

interface PlanFlags extends OutputFlags, Omit<ProfileFlags, 'mask'> {
  date?: string;
  mask?: MaskType | false;
  event?: PlanEvent[];
  explain?: boolean;
  batch?: string;
  journal?: string | false;
}

/** Tonight's mask: one type. A list (week's --mask takes one) is refused, saying that plan takes a single mask. */
function parseTonightMask(): (value: string) => MaskType {
  const one = parseChoice('--mask', MASK_TYPES);
  return (value) => {
    if (value.split(',').filter((s) => s.trim() !== '').length > 1)
      throw new UsageError(
        `--mask ${JSON.stringify(value)}: plan takes a single mask for tonight, one of ${MASK_TYPES.join(', ')} (week --mask takes a list)`,
      );
    return one(value);
  };
}

export function planCommand(app: App): Command {
  const cmd = new Command('plan')
    .description("one day's routine, morning and evening, in the right order")
    .option('--date <YYYY-MM-DD>', 'the day to plan (default: today)', parseDate('--date'))
    .option('--mask <type>', `put this mask on tonight: ${MASK_TYPES.join(', ')}`, parseTonightMask())
    .option('--no-mask', 'no mask tonight')
    .option('--event <YYYY-MM-DD[:label]>', 'an event to prepare for (repeatable), as in week', parseEvent('--event'))
    .option(
      '--batch <file|->',
      'many people at once: JSON Lines in, one profile a line (- reads stdin); JSON Lines out',
    );
  addConflicts(cmd, [['--mask', '--no-mask']]);
  addProfileOptions(cmd, false);
  addJournalOptions(cmd);
  addExplainOption(cmd);
  addOutputOptions(cmd, RESULT_FORMATS.plan);
  cmd.addHelpText(
    'after',
    `
Examples:
  glowplan plan                                tonight and this morning, from your profile
  glowplan plan --mask sheet                   with a sheet mask tonight
  glowplan plan --date 2026-12-24 --explain    another day, with the rule behind each step
  glowplan plan --json | jq '.pm'              the evening routine as data`,
  );
  return cmd.action(async (flags: PlanFlags) => {
    return planOrBatch(app, 'plan', flags, () => plan(app, flags));
  });
}

/** The plan for one day (asking for the profile on a terminal when nobody gave it). */
export async function plan(app: App, flags: PlanFlags): Promise<PlanResult> {
  const { profile, events: asked, byDefault } = await planningProfile(app, { ...flags, mask: undefined }, 'plan');
  const date = flags.date ?? app.today();
  const events = [...(flags.event ?? []), ...asked];
  const journal = await planningJournal(app, flags.journal);
  return { ...planResult(profile, date, flags.mask, { events, journal }, Boolean(flags.explain), app.data), byDefault };
}
