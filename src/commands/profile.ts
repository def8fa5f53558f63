// glowplan profile: save your skin and shelf once (init), and see the profile in effect (show).
import { Command } from 'commander';
import { overridesFrom, withMarks, type App, type ProfileFlags } from '../cli/app.js';
import { deliver, type OutputFlags } from '../cli/deliver.js';
import { UsageError } from '../lib/errors.js';
import { RESULT_FORMATS, type ProfileResult } from '../results/types.js';
import { resolveProfile, toProfileFile, type ProfileFile } from '../profile/schema.js';
import { defaultProfilePath, pathExists, readProfileFile, saveProfile } from '../profile/store.js';
import { closest } from '../lib/closest.js';
import type { Profile } from '../rules/types.js';
import { answeredByFlag } from './plan-common.js';
import { addOutputOptions, addProfileOptions } from '../cli/flags/define.js';

interface InitFlags extends ProfileFlags {
  force?: boolean;
  json?: boolean;
  color?: boolean;
}

type ShowFlags = OutputFlags & Pick<ProfileFlags, 'profile'>;

/** The result `profile show` and `profile init --json` print. */
const profileResult = (path: string | null, profile: Profile): ProfileResult => ({
  kind: 'profile',
  command: 'profile',
  payload: { path, profile: toProfileFile(profile) },
});

async function init(app: App, flags: InitFlags): Promise<void> {
  const atDefault = flags.profile === undefined;
  const path = flags.profile ?? defaultProfilePath(app.io.env);
  const exists = await pathExists(path);
  if (exists && !flags.force)
    throw new UsageError(
      `${path} already exists; add --force to replace it (glowplan profile show${atDefault ? '' : ` --profile ${path}`} prints it)`,
    );
  let file: ProfileFile | undefined;
  if (exists) {
    // Never replace a file glowplan could not read: it may hold products the person typed by hand.
    try {
      file = await readProfileFile(path, true);
    } catch (err) {
      if (!(err instanceof UsageError)) throw err;
      throw new UsageError(
        `${err.message}\nnot replacing ${path}, which glowplan could not read: fix it or delete it, then run profile init again`,
      );
    }
  }
  let profile = withMarks(resolveProfile(app.defaultProfileFile(), file, overridesFrom(flags)), flags, app.today());
  const answered = answeredByFlag(flags);
  // --pregnancy-safe can only say yes, so it is not needed for "every answer came by flag".
  const everyAnswer = (['skin', 'concerns', 'serums', 'masks', 'masksPerWeek'] as const).every((k) => answered.has(k));
  if (app.canPrompt(flags) && (flags.interactive || !everyAnswer)) {
    const { askProfileFields } = await import('../prompts/profile.js');
    profile =
      (await askProfileFields(app, profile, { color: flags.color, skip: flags.interactive ? undefined : answered })) ??
      profile;
  }
  await saveProfile(path, profile, { force: flags.force, createFolder: atDefault });
  app.io.stderr.write(
    `Saved your profile to ${path}${exists ? ' (replaced the old one)' : ''}; ${
      atDefault ? 'plan and week use it from now on' : `use it with --profile ${path}`
    }\n`,
  );
  if (flags.json) await deliver(profileResult(path, profile), { json: true }, app.io);
}

/** Commander settings a subcommand needs to behave like the top-level ones (errors thrown, output via Io). */
function settle(app: App, cmd: Command): Command {
  return cmd
    .exitOverride()
    .showSuggestionAfterError(true)
    .configureOutput({
      writeOut: (s) => app.io.stdout.write(s),
      writeErr: (s) => app.io.stderr.write(s),
      outputError: () => {},
    });
}

/** `glowplan profile init|show`. */
export function profileCommand(app: App): Command {
  const initCmd = new Command('init')
    .description('save your profile: asks on a terminal, else takes the flags (see --no-input)')
    .option('--force', 'replace an existing profile')
    .option('--json', 'also print the saved profile as JSON on stdout (never asks questions)')
    .option('--no-color', 'no colour in the questions');
  addProfileOptions(initCmd);
  // Same flags as plan and week; two read differently here.
  const describe = (long: string, text: string) => {
    const option = initCmd.options.find((o) => o.long === long);
    if (option) option.description = text;
  };
  describe('--profile', 'where to write (default: $XDG_CONFIG_HOME/glowplan/profile.json)');
  describe('--interactive', 'ask every question, even those a flag answered');
  initCmd
    .addHelpText(
      'after',
      `
The profile is written to --profile, else $XDG_CONFIG_HOME/glowplan/profile.json (~/.config/glowplan/...).

Examples:
  glowplan profile init                                 answer the questions
  glowplan profile init --skin oily --serum bha --mask clay --masks-per-week 2 --no-input`,
    )
    .action((flags: InitFlags) => init(app, flags));

  const showCmd = new Command('show')
    .description('the profile in effect and where it came from')
    .option('--profile <path>', 'profile file (default: $XDG_CONFIG_HOME/glowplan/profile.json if it exists)');
  addOutputOptions(showCmd, RESULT_FORMATS.profile);
  showCmd.action(async (flags: ShowFlags, cmd: Command) => {
    // Words reach show only when `profile` alone ran it (see the hook below): a mistyped subcommand, or a
    // subcommand after options (`profile --json show` is show all the same).
    const named = cmd.args[0] === 'show';
    const words = named ? cmd.args.slice(1) : cmd.args;
    const word = words[0];
    if (named && word !== undefined)
      throw new UsageError(
        `profile show takes no arguments but was given ${words.length}; see glowplan profile show --help`,
      );
    if (word === 'init') throw new UsageError('options of init go after it: glowplan profile init [options]');
    if (word !== undefined) {
      const hint = closest(word, ['init', 'show']);
      throw new UsageError(
        `unknown profile command ${JSON.stringify(word)}: use init or show${hint ? ` (did you mean "${hint}"?)` : ''}`,
      );
    }
    const loaded = await app.loadProfile(flags);
    await deliver(profileResult(loaded.path, loaded.profile), flags, app.io);
  });

  // `glowplan profile` alone is `profile show`, with the same options (commander's default subcommand).
  return new Command('profile')
    .description('your saved profile: skin, serums and masks you own, masks a week (alone: show)')
    .argument('[command]', 'init or show (default: show)')
    .usage('[init|show] [options]')
    .addHelpText('after', '\nAlone, profile is profile show and takes its options (glowplan profile show --help).')
    .addCommand(settle(app, initCmd))
    .addCommand(settle(app, showCmd), { isDefault: true })
    .hook('preSubcommand', (profile, sub) => {
      // Run as the default, show is handed every word after `profile`: it takes them, to say which word is wrong.
      // Named, it takes none (commander refuses extra words).
      sub.allowExcessArguments(sub === showCmd && profile.args[0] !== 'show');
    });
}
