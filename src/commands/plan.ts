// glowplan plan: one day's morning and evening routine, in layering order.
import { Command } from 'commander';
import type { App, OutputFlags, ProfileFlags } from '../app.js';
import { MASK_TYPES, type MaskType } from '../domain.js';
import { parseChoice, parseDate, parseEvent } from '../options.js';
import { planResult } from '../plan-results.js';
import type { PlanEvent } from '../rules/types.js';
import { planningProfile } from './plan-common.js';
import { addExplainOption, addOutputOptions, addProfileOptions } from './shared.js';

interface PlanFlags extends OutputFlags, Omit<ProfileFlags, 'mask'> {
  date?: string;
  mask?: MaskType | false;
  event?: PlanEvent[];
  explain?: boolean;
  batch?: string;
}

export function planCommand(app: App): Command {
  const cmd = new Command('plan')
    .description("one day's routine, morning and evening, in the right order")
    .option('--date <YYYY-MM-DD>', 'the day to plan (default: today)', parseDate('--date'))
    .option('--mask <type>', `put this mask on tonight: ${MASK_TYPES.join(', ')}`, parseChoice('--mask', MASK_TYPES))
    .option('--no-mask', 'no mask tonight')
    .option('--event <YYYY-MM-DD[:label]>', 'an event to prepare for (repeatable), as in week', parseEvent('--event'))
    .option(
      '--batch <file|->',
      'many people at once: JSON Lines in, one profile a line (- reads stdin); JSON Lines out',
    );
  addProfileOptions(cmd, false);
  addExplainOption(cmd);
  addOutputOptions(cmd);
  return cmd.action(async (flags: PlanFlags) => {
    if (flags.batch !== undefined) {
      const { runBatch } = await import('../batch.js');
      return runBatch(app, 'plan', { ...flags, batch: flags.batch });
    }
    const { profile, events: asked } = await planningProfile(app, { ...flags, mask: undefined }, 'plan');
    const date = flags.date ?? app.today();
    const events = [...(flags.event ?? []), ...asked];
    await app.emit(planResult(profile, date, flags.mask, { events }, Boolean(flags.explain), app.data), flags);
  });
}
