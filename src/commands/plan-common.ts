// What `plan` and `week` share: the profile in effect (asking for it on a terminal when nobody gave it).
import { overridesFrom, type App, type LoadedProfile, type OutputFlags, type ProfileFlags } from '../app.js';
import type { PlanEvent } from '../rules/types.js';

export interface PlanningProfile extends LoadedProfile {
  /** Events the person mentioned when asked (week only). */
  events: PlanEvent[];
  /** True when no profile file and no profile flag was given: the plan is the built-in default profile's. */
  byDefault?: boolean;
}

/** The profile for a plan; asks only on a terminal, for table output, when nothing answered it (or with -i). */
export async function planningProfile(
  app: App,
  flags: ProfileFlags & OutputFlags,
  command: 'plan' | 'week',
): Promise<PlanningProfile> {
  const loaded = await app.loadProfile(flags);
  const given = overridesFrom(flags);
  const answered =
    loaded.path !== null ||
    given.skin !== undefined ||
    given.serums !== undefined ||
    given.masks !== undefined ||
    given.masksPerWeek !== undefined;
  if (app.canPrompt(flags) && (flags.interactive || !answered)) {
    const { askProfile } = await import('../prompts.js');
    return askProfile(app, loaded, { command, color: flags.color });
  }
  // Nobody said anything about the person: the table says the plan is the built-in default's.
  return { ...loaded, events: [], byDefault: loaded.path === null && !Object.keys(given).length };
}
