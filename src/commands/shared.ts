// Options several commands share, defined once.
import { Command, Option } from 'commander';
import { ACTIVES, CONCERNS, MASK_TYPES, SKIN_TYPES } from '../domain.js';
import { parseChoice, parseChoices, parseWhole } from '../options.js';
import type { Format } from '../results.js';

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
      `a concern (repeatable): ${CONCERNS.join(', ')}`,
      parseChoices('--concern', CONCERNS),
    )
    .option(
      '--serum <active>',
      `a serum you use (repeatable): ${ACTIVES.join(', ')}`,
      parseChoices('--serum', ACTIVES),
    );
  if (maskFlag)
    cmd.option(
      '--mask <type>',
      `a mask you use (repeatable): ${MASK_TYPES.join(', ')}`,
      parseChoices('--mask', MASK_TYPES),
    );
  return cmd
    .option('--masks-per-week <n>', 'mask nights a week, 0 to 7 (default 3)', parseWhole('--masks-per-week', 0, 7))
    .option('--pregnancy-safe', 'leave retinoids out everywhere')
    .option('-i, --interactive', 'ask the questions even when a profile exists')
    .option('--no-input', 'never ask questions');
}

/** --explain. */
export function addExplainOption(cmd: Command): Command {
  return cmd.option('--explain', 'show the rule behind each step placed, moved or left out');
}
