// Builds the commander program. No side effects: tests drive it in-process with their own Io.
//
// Start-up: building every command with all its options is a good part of a run's own work, so a run that names a
// command builds that command alone (commander dispatches to it at once, and only its own help can show). A run that
// names none (the top-level help, the version) gets light stand-ins (name, summary, arguments), enough for the
// top-level help. Arguments naming something else (a typo, the hidden completion command) build them all, for
// commander's "did you mean" and for completion.
import { Command, Option } from 'commander';
import type { App } from './app.js';
import { compareCommand } from '../commands/compare.js';
import { completeCommand, completionCommand } from '../commands/completion.js';
import { historyCommand } from '../commands/history.js';
import { logCommand } from '../commands/log.js';
import { planCommand } from '../commands/plan.js';
import { profileCommand } from '../commands/profile.js';
import { rulesCommand } from '../commands/rules.js';
import { scenarioCommand } from '../commands/scenario.js';
import { schemaCommand } from '../commands/schema.js';
import { weekCommand } from '../commands/week.js';

declare const GLOWPLAN_VERSION: string;
/** The version, injected at build time (tests run from source and see "dev"). */
export const VERSION = typeof GLOWPLAN_VERSION === 'string' ? GLOWPLAN_VERSION : 'dev';

/**
 * The commands, in help order: how each is built, and what the top-level help shows of it (its summary, its
 * arguments as usage shows them, whether it takes options). A test checks these against the built commands.
 */
export const COMMAND_TABLE: readonly {
  name: string;
  summary: string;
  args: string;
  options: boolean;
  make: (app: App) => Command;
}[] = [
  {
    name: 'compare',
    summary: 'compare face masks and serums: frequency, duration, texture, purpose…',
    args: '',
    options: true,
    make: compareCommand,
  },
  {
    name: 'scenario',
    summary: 'what to reach for in a situation: post-travel, big-event, breakouts…',
    args: '[name]',
    options: true,
    make: scenarioCommand,
  },
  {
    name: 'plan',
    summary: "one day's routine, morning and evening, in the right order",
    args: '',
    options: true,
    make: planCommand,
  },
  {
    name: 'week',
    summary: 'the weekly schedule: serums every day, masks 2–4 nights a week, spaced',
    args: '',
    options: true,
    make: weekCommand,
  },
  {
    name: 'profile',
    summary: 'your saved profile: skin, serums and masks you own, masks a week (alone: show)',
    args: '[command]',
    options: false,
    make: profileCommand,
  },
  {
    name: 'log',
    summary: 'record a day in your journal: routines done or skipped, how your skin feels, a note',
    args: '',
    options: true,
    make: logCommand,
  },
  {
    name: 'history',
    summary: 'how the routine went: a calendar of days done, streaks, adherence, skin states',
    args: '',
    options: true,
    make: historyCommand,
  },
  {
    name: 'rules',
    summary: 'list the ingredient and safety rules, with their sources',
    args: '',
    options: true,
    make: rulesCommand,
  },
  {
    name: 'schema',
    summary: 'print the JSON Schema of an output or a file: compare, plan, week, history, journal, batch…',
    args: '[name]',
    options: true,
    make: schemaCommand,
  },
  {
    name: 'completion',
    summary: 'print the shell completion script: bash, zsh or fish',
    args: '<shell>',
    options: false,
    make: completionCommand,
  },
];

/**
 * The command `argv` runs (or asks help for), when it is one of COMMAND_TABLE; null when it names none (help, the
 * version, an unknown option); undefined when it names something else (the hidden completion command, a typo).
 */
export function namedCommand(argv: readonly string[]): string | null | undefined {
  const words = argv.filter((a) => !a.startsWith('-'));
  const word = words[0] === 'help' ? words[1] : words[0];
  if (word === undefined) return null;
  return COMMAND_TABLE.some((c) => c.name === word) ? word : undefined;
}

/** A stand-in for a command this run does not use: what the top-level help lists of it, nothing more. */
function standIn(entry: (typeof COMMAND_TABLE)[number]): Command {
  const cmd = new Command(entry.name).description(entry.summary);
  if (entry.args) cmd.arguments(entry.args);
  // The help lists "[options]" after a command that has any.
  if (entry.options) cmd.addOption(new Option('--options').hideHelp());
  return cmd;
}

/**
 * The commander program. With `argv` (a run's arguments): the command they name alone, stand-ins when they name
 * none, every command when they name something else; without it, every command.
 */
export function createProgram(app: App, argv?: readonly string[]): Command {
  const named = argv ? namedCommand(argv) : undefined;
  const program = new Command('glowplan')
    .description('Plan face masks and serums: which, when, and in which order. Offline, private, scriptable.')
    .version(VERSION, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .showSuggestionAfterError(true)
    .configureHelp({ minWidthToWrap: 20 })
    .configureOutput({
      writeOut: (s) => app.io.stdout.write(s),
      writeErr: (s) => app.io.stderr.write(s),
      outputError: () => {}, // main() prints errors, one line each
      // Asked of the Io, not of process.stdout (commander's default), which would build a stream just to ask.
      getOutHelpWidth: () => (app.io.stdout.isTTY ? app.io.stdout.columns : undefined) as number,
      getOutHasColors: () => false, // the help is plain text: nothing to keep
    })
    .exitOverride()
    .addHelpText(
      'after',
      `
Examples:
  glowplan week                 this week's plan
  glowplan plan --mask sheet    tonight, with a sheet mask
  glowplan scenario travel      post-travel: mask or serum?
  glowplan compare              masks vs serums at a glance
  glowplan week --json | jq '.days[].night'
  glowplan week --format ics -o week.ics
  glowplan week --batch people.jsonl > plans.jsonl
  glowplan log --skin red       record today (routines done, skin red)
  glowplan history              the last 4 weeks at a glance
  glowplan schema week
  source <(glowplan completion bash)   Tab completion (see glowplan completion --help)

Exit codes: 0 ok, 1 failure, 2 bad input, 130 interrupted, 143 terminated.`,
    );
  for (const entry of COMMAND_TABLE) {
    if (named && named !== entry.name) continue;
    const cmd = named === undefined || named === entry.name ? entry.make(app) : standIn(entry);
    program.addCommand(
      cmd
        .exitOverride()
        .showSuggestionAfterError(true)
        .configureHelp(program.configureHelp())
        .configureOutput(program.configureOutput()),
    );
  }
  // What the completion scripts call at each Tab: hidden from help. It reads this very program, so every command
  // registered above completes, options and values included. A run that names a command or none (help, the
  // version) never reaches it: only one that names something else gets it.
  if (argv && named !== undefined) return program;
  program.addCommand(
    completeCommand(app, () => program)
      .exitOverride()
      .configureOutput(program.configureOutput()),
    { hidden: true },
  );
  return program;
}
