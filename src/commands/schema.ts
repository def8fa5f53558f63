// glowplan schema: prints the JSON Schema (draft 2020-12) of a command's JSON output, from schemas/ in the repository.
import { Command } from 'commander';
import type { App } from '../cli/app.js';
import { writeOutput } from '../cli/deliver.js';
import { UsageError } from '../lib/errors.js';
import { closest } from '../lib/closest.js';

type Loaded = Promise<{ default: unknown }>;

/** Every schema by name, loaded only when asked for (they stay out of the start-up bundle). */
export const SCHEMAS: Record<string, () => Loaded> = {
  compare: () => import('../../schemas/compare.schema.json', { with: { type: 'json' } }),
  scenario: () => import('../../schemas/scenario.schema.json', { with: { type: 'json' } }),
  plan: () => import('../../schemas/plan.schema.json', { with: { type: 'json' } }),
  week: () => import('../../schemas/week.schema.json', { with: { type: 'json' } }),
  rules: () => import('../../schemas/rules.schema.json', { with: { type: 'json' } }),
  profile: () => import('../../schemas/profile.schema.json', { with: { type: 'json' } }),
  'profile-file': () => import('../../schemas/profile-file.schema.json', { with: { type: 'json' } }),
  batch: () => import('../../schemas/batch.schema.json', { with: { type: 'json' } }),
  'batch-input': () => import('../../schemas/batch-input.schema.json', { with: { type: 'json' } }),
  journal: () => import('../../schemas/journal.schema.json', { with: { type: 'json' } }),
  log: () => import('../../schemas/log.schema.json', { with: { type: 'json' } }),
  history: () => import('../../schemas/history.schema.json', { with: { type: 'json' } }),
};

interface SchemaFlags {
  output?: string;
  force?: boolean;
}

/** `glowplan schema <name>`: the contract of an output, for scripts to validate against. */
export function schemaCommand(app: App): Command {
  const names = Object.keys(SCHEMAS);
  return new Command('schema')
    .description('print the JSON Schema of an output or a file: compare, plan, week, history, journal, batch…')
    .argument('[name]', `which: ${names.join(', ')} (none: list the names)`)
    .option('-o, --output <file>', 'write to this file instead of stdout (atomic; see --force)')
    .option('--force', 'replace the --output file if it exists')
    .addHelpText(
      'after',
      `
The schemas (JSON Schema draft 2020-12) are the contract for scripts: every --json output validates against its
schema. batch is one line of week/plan --batch output; batch-input one line of its input; profile-file a profile file;
journal one line of the journal file.

Examples:
  glowplan schema week > week.schema.json
  glowplan schema batch`,
    )
    .action(async (name: string | undefined, flags: SchemaFlags) => {
      if (name === undefined) {
        app.io.stdout.write(`${names.join('\n')}\n`);
        return;
      }
      const load = Object.prototype.hasOwnProperty.call(SCHEMAS, name) ? SCHEMAS[name] : undefined;
      if (!load) {
        const hint = closest(name, names);
        throw new UsageError(
          `unknown schema ${JSON.stringify(name)}: use one of ${names.join(', ')}${hint ? ` (did you mean "${hint}"?)` : ''}`,
        );
      }
      const text = `${JSON.stringify((await load()).default, null, 2)}\n`;
      await writeOutput(text, flags, app.io, `the ${name} schema`);
    });
}
