// glowplan scenario: mask, serum or both for a situation.
import { Command } from 'commander';
import type { App } from '../cli/app.js';
import { deliver, type OutputFlags } from '../cli/deliver.js';
import { UsageError } from '../lib/errors.js';
import { describeScenario, matchScenario } from '../rules/scenario.js';
import { RESULT_FORMATS, type Result } from '../results/types.js';
import { addOutputOptions } from '../cli/flags/define.js';

interface ScenarioFlags extends OutputFlags {
  list?: boolean;
  input?: boolean;
}

export function scenarioCommand(app: App): Command {
  const cmd = new Command('scenario')
    .description('what to reach for in a situation: post-travel, big-event, breakouts…')
    .argument('[name]', 'scenario id, name or a unique part of it (e.g. travel)')
    .option('--list', 'list the six scenarios')
    .option('--no-input', 'never show the menu');
  addOutputOptions(cmd, RESULT_FORMATS.scenario);
  return cmd.action(async (name: string | undefined, flags: ScenarioFlags) =>
    deliver(await scenario(app, name, flags), flags, app.io),
  );
}

/** One scenario by name, or the list (--list, no name, or the menu left without a choice). */
export async function scenario(app: App, name: string | undefined, flags: ScenarioFlags): Promise<Result> {
  const data = app.data;
  const list: Result = {
    kind: 'scenario-list',
    command: 'scenario',
    payload: { scenarios: data.scenarios.map((s) => describeScenario(s, data)) },
  };
  if (flags.list && name !== undefined)
    throw new UsageError(`--list and a scenario name (${JSON.stringify(name)}) disagree: use one`);
  if (flags.list) return list;
  if (name === undefined) {
    if (!app.canPrompt(flags)) return list;
    const { chooseScenario } = await import('../prompts/profile.js');
    const chosen = await chooseScenario(data.scenarios, app, { color: flags.color });
    if (chosen === undefined) return list;
    name = chosen;
  }
  const match = matchScenario(name, data.scenarios);
  const ids = data.scenarios.map((s) => s.id).join(', ');
  if (match.kind === 'ambiguous')
    throw new UsageError(
      `scenario ${JSON.stringify(name)} matches ${match.candidates.length} scenarios (${match.candidates.join(', ')}): type more of the name, or use an id`,
    );
  if (match.kind === 'unknown')
    throw new UsageError(
      `unknown scenario ${JSON.stringify(name)}: use one of ${ids}${match.suggestion ? ` (did you mean "${match.suggestion}"?)` : ''}`,
    );
  return { kind: 'scenario', command: 'scenario', payload: { scenario: describeScenario(match.scenario, data) } };
}
