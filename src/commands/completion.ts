// glowplan completion <shell>: prints the shell's completion script. glowplan complete -- <words>: what the script
// asks at each Tab (hidden). The work lives in src/cli/completion.ts, loaded only here.
import { Command } from 'commander';
import type { App } from '../cli/app.js';
import { SCENARIO_IDS } from '../domain/vocabulary.js';
import { closest, distance } from '../lib/closest.js';
import { UsageError } from '../lib/errors.js';
import { SCHEMAS } from './schema.js';

/** The shells a completion script is printed for. */
export const SHELLS = ['bash', 'zsh', 'fish'] as const;
export type Shell = (typeof SHELLS)[number];

/** Shells with no script here: their names are no typos, though csh and ksh are one letter from zsh. */
const OTHER_SHELLS = ['sh', 'csh', 'tcsh', 'ksh', 'dash', 'ash', 'mksh', 'pwsh', 'powershell', 'nu', 'elvish', 'xonsh'];

/**
 * The shell argument. "Did you mean" only within one edit: the names are 3 and 4 letters long, where the usual
 * allowance of two edits (src/lib/closest.ts) is half the word and turns tcsh into bash.
 */
function parseShell(value: string): Shell {
  const v = value.trim().toLowerCase();
  if ((SHELLS as readonly string[]).includes(v)) return v as Shell;
  const list = SHELLS.join(', ');
  if (OTHER_SHELLS.includes(v)) throw new UsageError(`no completion script for ${v}: use one of ${list}`);
  const hint = closest(v, SHELLS);
  const near = hint !== undefined && distance(v, hint) <= 1;
  throw new UsageError(
    `the shell ${JSON.stringify(value)} is not known: use one of ${list}${near ? ` (did you mean "${hint}"?)` : ''}`,
  );
}

/** `glowplan completion <shell>`. */
export function completionCommand(app: App): Command {
  return new Command('completion')
    .description('print the shell completion script: bash, zsh or fish')
    .argument('<shell>', `which shell: ${SHELLS.join(', ')}`, parseShell)
    .addHelpText(
      'after',
      `
Install (then open a new shell):
  bash  glowplan completion bash > ~/.local/share/bash-completion/completions/glowplan
  zsh   glowplan completion zsh > ~/.zsh/_glowplan   (with fpath+=(~/.zsh) before compinit in ~/.zshrc)
  fish  glowplan completion fish > ~/.config/fish/completions/glowplan.fish
Or for this shell only: source <(glowplan completion bash)`,
    )
    .action(async (shell: Shell) => {
      const { completionScript } = await import('../cli/completion.js');
      app.io.stdout.write(completionScript(shell));
    });
}

/** `glowplan complete -- <words>`: the completions for a partial command line (the scripts call it). */
export function completeCommand(app: App, program: () => Command): Command {
  return new Command('complete')
    .description('completions for a partial command line (used by the completion scripts)')
    .argument('[words...]', 'the command line after glowplan, after --; the last word is being completed')
    .helpOption(false)
    .allowUnknownOption(true)
    .action(async (words: string[]) => {
      const { complete } = await import('../cli/completion.js');
      const values = {
        'scenario name': SCENARIO_IDS,
        'schema name': Object.keys(SCHEMAS),
        'completion shell': SHELLS,
      };
      app.io.stdout.write(await complete(app, program(), words, values));
    });
}
