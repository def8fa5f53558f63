// glowplan plan: one day's morning and evening routine, in layering order.
import { Command } from 'commander';
import type { App, OutputFlags, ProfileFlags } from '../app.js';
import { MASK_TYPES, type MaskType } from '../domain.js';
import { parseChoice, parseDate, parseEvent } from '../options.js';
import { planRange } from '../rules/planner.js';
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
    const { profile, events } = await planningProfile(app, { ...flags, mask: undefined }, 'plan');
    const date = flags.date ?? app.today();
    const override =
      flags.mask === undefined
        ? undefined
        : {
            date,
            mask:
              flags.mask === false
                ? null
                : { name: profile.masks.find((m) => m.type === flags.mask)?.name ?? null, type: flags.mask },
          };
    const plan = planRange(
      profile,
      date,
      1,
      { events: [...(flags.event ?? []), ...events], maskOverride: override },
      app.data,
    );
    const day = plan.days[0]!;
    await app.emit(
      {
        kind: 'plan',
        command: 'plan',
        profile,
        payload: { ...day, warnings: plan.warnings, ...(flags.explain ? { explain: plan.explanations } : {}) },
      },
      flags,
    );
  });
}
