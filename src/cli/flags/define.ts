// Options several commands share, defined once.
import { Command, Option } from 'commander';
import { ACTIVES, CONCERNS, CYCLES, MASK_TYPES, SKIN_TYPES } from '../../domain/vocabulary.js';
import { UsageError } from '../../lib/errors.js';
import { parseChoice, parseChoices, parseChoicesOrNone, parseMark, parseWhole } from './parse.js';
import type { Format } from '../../results/types.js';

/**
 * Flags that contradict each other: given together, exit 2 naming both ("--mask sheet and --no-mask contradict each
 * other"). Works for a flag and its own negation too (--mask and --no-mask set the same value, so commander's
 * `.conflicts()` cannot tell them apart): it listens to each flag as it is parsed.
 */
export function addConflicts(cmd: Command, pairs: readonly (readonly [string, string])[]): Command {
  const seen = new Map<string, string>(); // flag → how it was given, e.g. '--mask sheet'
  const shown = (flag: string, value: unknown) => (typeof value === 'string' ? `${flag} ${value}` : flag);
  for (const flag of new Set(pairs.flat()))
    cmd.on(`option:${flag.replace(/^--/, '')}`, (value: unknown) => {
      seen.set(flag, shown(flag, value));
      for (const [a, b] of pairs) {
        const other = flag === a ? b : flag === b ? a : undefined;
        if (other && seen.has(other))
          throw new UsageError(`${seen.get(other)} and ${shown(flag, value)} contradict each other: pick one`);
      }
    });
  return cmd;
}

/** --json, --format (choices: the formats the command's result has, see RESULT_FORMATS), --output, --force, --no-color. */
export function addOutputOptions(cmd: Command, formats: readonly Format[]): Command {
  return cmd
    .option('--json', 'print one JSON document (same as --format json)')
    .addOption(
      new Option('--format <format>', `output format: ${formats.join(', ')}`).argParser(
        parseChoice('--format', formats),
      ),
    )
    .option('-o, --output <file>', 'write to this file instead of stdout (atomic; see --force)')
    .option('--force', 'replace the --output file if it exists')
    .option('--no-color', 'no colour, even on a terminal');
}

/** Profile flags: which profile, and overrides of its fields. `maskFlag` false leaves --mask to the command. */
export function addProfileOptions(cmd: Command, maskFlag = true): Command {
  cmd
    .option('--profile <path>', 'profile file (default: $XDG_CONFIG_HOME/glowplan/profile.json if it exists)')
    .option('--skin <type>', `skin type: ${SKIN_TYPES.join(', ')}`, parseChoice('--skin', SKIN_TYPES))
    .option(
      '--concern <concern>',
      `a concern (repeatable): ${CONCERNS.join(', ')}; none clears the profile's`,
      parseChoicesOrNone('--concern', CONCERNS),
    )
    .option(
      '--serum <active>',
      `a serum you use (repeatable): ${ACTIVES.join(', ')}`,
      parseChoices('--serum', ACTIVES),
    );
  if (maskFlag)
    cmd.option(
      '--mask <type>',
      `a mask you use (repeatable): ${MASK_TYPES.join(', ')}; none for no masks`,
      parseChoicesOrNone('--mask', MASK_TYPES),
    );
  cmd
    .option('--masks-per-week <n>', 'mask nights a week, 0 to 7 (default 3)', parseWhole('--masks-per-week', 0, 7))
    .option('--pregnancy-safe', 'leave retinoids out everywhere')
    .option('--no-pregnancy-safe', "plan with retinoids (overrides the profile's pregnancy-safe)")
    .option(
      '--new <product[:YYYY-MM-DD]>',
      'a product you start on that date (default today): an active, a mask type or a product name (repeatable)',
      parseMark('--new', true),
    )
    .option(
      '--patch-tested <product>',
      'a product whose patch test is done: an active, a mask type or a product name (repeatable)',
      parseMark('--patch-tested', false),
    )
    .addOption(
      new Option('--cycle <cycle>', `how evenings are organised: ${CYCLES.join(', ')} (default weekly)`).argParser(
        parseChoice('--cycle', CYCLES),
      ),
    )
    .option('-i, --interactive', 'ask the questions even when a profile exists')
    .option('--no-input', 'never ask questions');
  return addConflicts(cmd, [['--pregnancy-safe', '--no-pregnancy-safe']]);
}

/** --explain. */
export function addExplainOption(cmd: Command): Command {
  return cmd.option('--explain', 'show the rule behind each step placed, moved or left out');
}

/** --journal <path> and --no-journal (plan, week): the logged days the plan reacts to. */
export function addJournalOptions(cmd: Command): Command {
  return cmd
    .option('--journal <path>', 'journal the plan reacts to (default: $XDG_DATA_HOME/glowplan/journal.jsonl)')
    .option('--no-journal', 'plan without the journal');
}
