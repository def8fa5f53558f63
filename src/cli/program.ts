// Builds the commander program. No side effects: tests drive it in-process with their own Io.
import { Command } from 'commander';
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

export function createProgram(app: App): Command {
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
  for (const make of [
    compareCommand,
    scenarioCommand,
    planCommand,
    weekCommand,
    profileCommand,
    logCommand,
    historyCommand,
    rulesCommand,
    schemaCommand,
    completionCommand,
  ]) {
    const cmd = make(app);
    program.addCommand(
      cmd
        .exitOverride()
        .showSuggestionAfterError(true)
        .configureHelp(program.configureHelp())
        .configureOutput(program.configureOutput()),
    );
  }
  // What the completion scripts call at each Tab: hidden from help. It reads this very program, so every command
  // registered above completes, options and values included.
  program.addCommand(
    completeCommand(app, () => program)
      .exitOverride()
      .configureOutput(program.configureOutput()),
    { hidden: true },
  );
  return program;
}
