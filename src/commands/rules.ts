// glowplan rules: every ingredient and safety rule, generated from the rule modules.
import { Command } from 'commander';
import type { App } from '../cli/app.js';
import { deliver, type OutputFlags } from '../cli/deliver.js';
import { RESULT_FORMATS, type RuleEntry, type RulesResult } from '../results/types.js';
import { RULES } from '../rules/safety/index.js';
import { addOutputOptions } from '../cli/flags/define.js';

export function rulesCommand(app: App): Command {
  const cmd = new Command('rules').description('list the ingredient and safety rules, with their sources');
  addOutputOptions(cmd, RESULT_FORMATS.rules);
  return cmd.action((flags: OutputFlags) => deliver(rules(app), flags, app.io));
}

/** Every rule with its source (a public reference and its address), in the order the planner applies them. */
export function rules(app: App): RulesResult {
  const list: RuleEntry[] = RULES.map((r) => {
    const source = app.data.source(r.source);
    return { id: r.id, severity: r.severity, message: r.message, source: { title: source.citation, url: source.url } };
  });
  return { kind: 'rules', command: 'rules', payload: { rules: list } };
}
