// What `plan` and `week` share: the profile in effect (asking for it on a terminal when nobody gave it).
import { overridesFrom, type App, type LoadedProfile, type ProfileFlags } from '../app.js';
import type { OutputFlags } from '../deliver.js';
import type { PlanEvent } from '../rules/types.js';

export interface PlanningProfile extends LoadedProfile {
  /** Events the person mentioned when asked (week only). */
  events: PlanEvent[];
}

/** The profile for a plan; prompts only per clarification 2 (terminal, table, no answers given) or with -i. */
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
  return { ...loaded, events: [] };
}
