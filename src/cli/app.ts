// What commands share: the Io, the data, the profile in effect, and whether a question may be asked.
import { DATA_CHECKED, loadData, type Data } from '../domain/data.js';
import type { OutputFlags } from './deliver.js';
import { UsageError } from '../lib/errors.js';
import type { Io } from './io.js';
import {
  markProducts,
  overridesFromFlags,
  resolveProfile,
  validateProfile,
  type ProductMark,
  type ProfileFile,
  type ProfileOverrides,
} from '../profile/schema.js';
import { defaultProfilePath, readProfileFile } from '../profile/store.js';
import type { Profile } from '../rules/types.js';
import { toIsoDate, type IsoDate } from '../domain/dates.js';

/** The output flags (defined in deliver.ts); still exported here for commands that import them from App. */
export type { OutputFlags };

/** Profile flags (`plan`, `week`, `profile`), named as commander names them. */
export interface ProfileFlags {
  profile?: string;
  skin?: ProfileOverrides['skin'];
  concern?: ProfileOverrides['concerns'];
  serum?: ProfileOverrides['serums'];
  /** In `week` and `profile`: the masks to rotate (in `plan`, --mask is tonight's mask instead). */
  mask?: ProfileOverrides['masks'] | string | false;
  masksPerWeek?: number;
  pregnancySafe?: boolean;
  /** --cycle. */
  cycle?: ProfileOverrides['cycle'];
  /** --new: products started on a date (plan and week). */
  new?: ProductMark[];
  /** --patch-tested: products whose patch test is done (plan and week). */
  patchTested?: ProductMark[];
  input?: boolean;
  interactive?: boolean;
}

export interface LoadedProfile {
  profile: Profile;
  /** The file it came from; null for the built-in default. */
  path: string | null;
  /** The parsed file, when there was one. */
  file?: ProfileFile;
}

/** The profile overrides the flags give (plan's single --mask is not one of them). */
export function overridesFrom(flags: ProfileFlags): ProfileOverrides {
  return overridesFromFlags(flags);
}

/** The profile with --new and --patch-tested applied; a name that matches nothing is a usage error. */
export function withMarks(profile: Profile, flags: Pick<ProfileFlags, 'new' | 'patchTested'>, today: IsoDate): Profile {
  for (const [flag, marks] of [
    ['--new', { started: flags.new }],
    ['--patch-tested', { patchTested: flags.patchTested }],
  ] as const) {
    const marked = markProducts(profile, marks, today);
    if (!marked.ok) throw new UsageError(`${flag} ${marked.message}`);
    profile = marked.profile;
  }
  return profile;
}

export class App {
  constructor(readonly io: Io) {}

  get data(): Data {
    return loadData();
  }

  /** Today, as a local calendar date, from the one injected clock. */
  today(): IsoDate {
    return toIsoDate(this.io.now());
  }

  /** The built-in default profile, validated like any other (in the built program, by the build). */
  defaultProfileFile(): ProfileFile {
    if (DATA_CHECKED) return this.data.defaultProfile as ProfileFile;
    const result = validateProfile(this.data.defaultProfile);
    if (!result.ok) throw new Error(`data/default-profile.json: ${result.problems[0]!.message}`);
    return result.value;
  }

  /** The profile in effect: --profile, else the saved one, else the built-in default; flags on top. */
  async loadProfile(flags: ProfileFlags): Promise<LoadedProfile> {
    const base = this.defaultProfileFile();
    const path = flags.profile ?? defaultProfilePath(this.io.env);
    const file = await readProfileFile(path, flags.profile !== undefined);
    const profile = withMarks(resolveProfile(base, file, overridesFrom(flags)), flags, this.today());
    return { profile, path: file ? path : null, file };
  }

  /** True when a prompt may be shown: both ends on a terminal, table output to stdout, no --no-input. */
  canPrompt(flags: OutputFlags & ProfileFlags): boolean {
    const format = flags.json ? 'json' : (flags.format ?? 'table');
    // Cheapest checks first: touching stdin sets up a stream, which costs start-up time.
    return Boolean(
      format === 'table' && !flags.output && flags.input !== false && this.io.stdout.isTTY && this.io.stdin.isTTY,
    );
  }
}
