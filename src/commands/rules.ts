// glowplan rules: every ingredient and safety rule, generated from the rule modules.
import { Command } from 'commander';
import type { App, OutputFlags } from '../app.js';
import type { RuleEntry } from '../results.js';
import { RULES } from '../rules/safety/index.js';
import { addOutputOptions } from './shared.js';

export function rulesCommand(app: App): Command {
  const cmd = new Command('rules').description('list the ingredient and safety rules, with their sources');
  addOutputOptions(cmd);
  return cmd.action(async (flags: OutputFlags) => {
    const rules: RuleEntry[] = RULES.map((r) => {
      const source = app.data.source(r.source);
      return {
        id: r.id,
        severity: r.severity,
        message: r.message,
        source: { title: source.citation, url: source.url },
      };
    });
    await app.emit({ kind: 'rules', command: 'rules', payload: { rules } }, flags);
  });
}
