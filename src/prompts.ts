// Placeholder replaced by the prompts work (issue 3).
import type { App, LoadedProfile } from './app.js';
import type { PlanningProfile } from './commands/plan-common.js';
import type { ScenarioInfo } from './data.js';

export async function askProfile(
  _app: App,
  current: LoadedProfile,
  _opts: { command: 'plan' | 'week' },
): Promise<PlanningProfile> {
  return { ...current, events: [] };
}
export async function chooseScenario(scenarios: readonly ScenarioInfo[]): Promise<string> {
  return scenarios[0]!.id;
}
