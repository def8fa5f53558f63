// glowplan compare: the masks-vs-serums table.
import { Command } from 'commander';
import type { App } from '../cli/app.js';
import { deliver, type OutputFlags } from '../cli/deliver.js';
import { RESULT_FORMATS, type CompareResult } from '../results/types.js';
import { comparison } from '../rules/compare.js';
import { addOutputOptions } from '../cli/flags/define.js';

export function compareCommand(app: App): Command {
  const cmd = new Command('compare').description(
    'compare face masks and serums: frequency, duration, texture, purpose…',
  );
  addOutputOptions(cmd, RESULT_FORMATS.compare);
  return cmd.action((flags: OutputFlags) => deliver(compare(app), flags, app.io));
}

/** The masks-vs-serums comparison. */
export function compare(app: App): CompareResult {
  return { kind: 'compare', command: 'compare', payload: comparison(app.data) };
}
