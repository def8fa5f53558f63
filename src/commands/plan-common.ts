// What `plan` and `week` share: the profile in effect (asking for it on a terminal when nobody gave it, and saving
// the answers when the person says so).
import { overridesFrom, type App, type LoadedProfile, type ProfileFlags } from '../cli/app.js';
import { deliver, type OutputFlags } from '../cli/deliver.js';
import type { BatchFlags } from '../batch/batch.js';
import { RuntimeError, UsageError } from '../lib/errors.js';
import { toProfileFile } from '../profile/schema.js';
import { defaultProfilePath, saveProfile } from '../profile/store.js';
import type * as Prompts from '../prompts/profile.js';
import { safeText } from '../render/safe-text.js';
import type { PlanResult, WeekResult } from '../results/types.js';
import type { PlanEvent } from '../rules/types.js';

export interface PlanningProfile extends LoadedProfile {
  /** Events the person mentioned when asked (week only). */
  events: PlanEvent[];
  /** True when no profile file and no profile flag was given: the plan is the built-in default profile's. */
  byDefault?: boolean;
}

/** The profile fields a flag answered: the questions skip them (unless -i asks everything). */
export function answeredByFlag(flags: ProfileFlags) {
  const given = overridesFrom(flags);
  const fields = new Set<'skin' | 'concerns' | 'serums' | 'masks' | 'masksPerWeek' | 'pregnancySafe' | 'cycle'>();
  for (const k of ['skin', 'concerns', 'serums', 'masks', 'masksPerWeek', 'pregnancySafe', 'cycle'] as const)
    if (given[k] !== undefined) fields.add(k);
  return fields;
}

/**
 * Asks the profile questions and saves the answers when the person says so: over the profile they came from, else
 * as the new one at the default path. A failed save is reported, not fatal: the plan still uses the answers.
 */
export async function askAndSave(
  app: App,
  current: LoadedProfile,
  opts: Parameters<typeof Prompts.askProfile>[2],
): Promise<PlanningProfile> {
  const { askProfile } = await import('../prompts/profile.js');
  const answers = await askProfile(app, current, opts);
  if (!answers) return { ...current, events: [] };
  const { profile, events } = answers;
  const unsaved = { profile, path: current.path, file: current.file, events };
  if (!answers.save) return unsaved;
  const exists = current.path !== null;
  const target = current.path ?? defaultProfilePath(app.io.env);
  try {
    await saveProfile(target, profile, { force: exists, createFolder: !exists });
  } catch (err) {
    if (!(err instanceof UsageError || err instanceof RuntimeError)) throw err;
    app.io.stderr.write(`glowplan: ${err.message} (this plan still uses your answers)\n`);
    return unsaved;
  }
  app.io.stderr.write(`Saved your profile to ${target}\n`);
  return { profile, path: target, file: toProfileFile(profile), events };
}

/** The profile for a plan; asks only when both ends are terminals, the output is the table and no profile or
 * profile flag answered (or with -i). */
export async function planningProfile(
  app: App,
  flags: ProfileFlags & OutputFlags & { event?: PlanEvent[] },
  command: 'plan' | 'week',
  prompts: Prompts.PromptOptions = {},
): Promise<PlanningProfile> {
  const loaded = await app.loadProfile(flags);
  const given = overridesFrom(flags);
  const answered =
    loaded.path !== null ||
    given.skin !== undefined ||
    given.serums !== undefined ||
    given.masks !== undefined ||
    given.masksPerWeek !== undefined;
  // Nobody said anything about the person: the table says the plan is the built-in default's.
  const byDefault = loaded.path === null && !Object.keys(given).length;
  if (!app.canPrompt(flags) || (!flags.interactive && answered)) return { ...loaded, events: [], byDefault };
  const asked = await askAndSave(app, loaded, {
    ...prompts,
    command,
    color: flags.color,
    askEvents: !flags.event?.length,
    skip: flags.interactive ? undefined : answeredByFlag(flags),
  });
  return asked.profile === loaded.profile ? { ...asked, byDefault } : asked;
}

/**
 * How `plan` and `week` end: with --batch, the batch (its code loaded only then); else the one result, whose notes
 * (events outside the planned days) go to stderr, delivered in the format asked for.
 */
export async function planOrBatch(
  app: App,
  command: 'plan' | 'week',
  flags: Omit<BatchFlags, 'batch'> & { batch?: string },
  one: () => Promise<PlanResult | WeekResult>,
): Promise<void> {
  if (flags.batch !== undefined) {
    const { runBatch } = await import('../batch/batch.js');
    return runBatch(app, command, { ...flags, batch: flags.batch });
  }
  const result = await one();
  for (const note of result.payload.notes ?? []) app.io.stderr.write(`glowplan: note: ${safeText(note)}\n`);
  return deliver(result, flags, app.io);
}
