// What `plan` and `week` share: the profile in effect (asking for it on a terminal when nobody gave it).
import { overridesFrom, type App, type LoadedProfile, type OutputFlags, type ProfileFlags } from '../app.js';
import { RuntimeError, UsageError } from '../errors.js';
import { toProfileFile } from '../profile.js';
import { defaultProfilePath, saveProfile } from '../profile-store.js';
import type { PromptOptions } from '../prompts.js';
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
 * The profile for a plan. Asks only when stdin and stdout are terminals, the output is the table, and nobody gave
 * the answers (no saved profile, none of skin, serums, masks, masks a week by flag), or with -i; saves the
 * answers when the person says so.
 */
export async function planningProfile(
  app: App,
  flags: ProfileFlags & OutputFlags & { event?: PlanEvent[] },
  command: 'plan' | 'week',
  prompts: PromptOptions = {},
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
  const { askProfile } = await import('../prompts.js');
  const answers = await askProfile(app, loaded, {
    ...prompts,
    command,
    color: flags.color,
    askEvents: !flags.event?.length,
    skip: flags.interactive ? undefined : answeredByFlag(flags),
  });
  if (!answers) return { ...loaded, events: [], byDefault };
  const { profile, events } = answers;
  if (!answers.save) return { ...loaded, profile, events };
  const target = loaded.path ?? defaultProfilePath(app.io.env);
  try {
    await saveProfile(target, profile, { force: loaded.path !== null, createFolder: loaded.path === null });
  } catch (err) {
    if (!(err instanceof UsageError || err instanceof RuntimeError)) throw err;
    app.io.stderr.write(`glowplan: ${err.message} (this plan still uses your answers)\n`);
    return { ...loaded, profile, events };
  }
  app.io.stderr.write(`Saved your profile to ${target}\n`);
  return { profile, path: target, file: toProfileFile(profile), events };
}
