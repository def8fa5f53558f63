// glowplan completion <shell>: prints the shell's completion script. glowplan complete -- <words>: what the script
// asks at each Tab (hidden). The work lives in src/cli/completion.ts, loaded only here.
import { Command } from 'commander';
import type { App } from '../cli/app.js';
import { SCENARIO_IDS } from '../domain/vocabulary.js';
import { parseChoice } from '../cli/flags/parse.js';
import { SCHEMAS } from './schema.js';

/** The shells a completion script is printed for. */
export const SHELLS = ['bash', 'zsh', 'fish'] as const;
export type Shell = (typeof SHELLS)[number];

/** `glowplan completion <shell>`. */
export function completionCommand(app: App): Command {
  return new Command('completion')
    .description('print the shell completion script: bash, zsh or fish')
    .argument('<shell>', `which shell: ${SHELLS.join(', ')}`, parseChoice('the shell', SHELLS))
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
