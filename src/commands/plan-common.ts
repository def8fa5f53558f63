// What `plan` and `week` share: the profile in effect (asking for it on a terminal when nobody gave it, and saving
// the answers when the person says so).
import { overridesFrom, type App, type LoadedProfile, type ProfileFlags } from '../app.js';
import type { OutputFlags } from '../deliver.js';
import { RuntimeError, UsageError } from '../errors.js';
import { toProfileFile } from '../profile.js';
import { defaultProfilePath, saveProfile } from '../profile-store.js';
import type { PromptOptions } from '../prompts.js';
import type { PlanEvent } from '../rules/types.js';

export interface PlanningProfile extends LoadedProfile {
  /** Events the person mentioned when asked (week only). */
  events: PlanEvent[];
}

/**
 * Asks the profile questions and saves the answers when the person says so: over the profile they came from, else
 * as the new one at the default path. A failed save is reported, not fatal: the plan still uses the answers.
 */
export async function askAndSave(
  app: App,
  current: LoadedProfile,
  opts: { command: 'plan' | 'week' } & PromptOptions,
): Promise<PlanningProfile> {
  const { askProfile } = await import('../prompts.js');
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
  if (app.canPrompt(flags) && (flags.interactive || !answered))
    return askAndSave(app, loaded, { command, color: flags.color });
  return { ...loaded, events: [] };
}
