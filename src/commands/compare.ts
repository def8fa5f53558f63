// glowplan compare: the masks-vs-serums table.
import { Command } from 'commander';
import type { App, OutputFlags } from '../app.js';
import { comparison } from '../rules/compare.js';
import { addOutputOptions } from './shared.js';

export function compareCommand(app: App): Command {
  const cmd = new Command('compare').description(
    'compare face masks and serums: frequency, duration, texture, purpose…',
  );
  addOutputOptions(cmd);
  return cmd.action(async (flags: OutputFlags) => {
    await app.emit({ kind: 'compare', command: 'compare', payload: comparison(app.data) }, flags);
  });
}
