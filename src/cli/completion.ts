// Shell completion, built on @bomb.sh/tab (the library behind Vitest's and Nuxt's completions). Loaded only by
// `glowplan completion` and `glowplan complete`, never at start-up.
//
// Commands and options come from the commander program itself, so a command registered in src/cli/program.ts completes
// without edits here. Option values come from what each option's own parser accepts: every id glowplan knows (mask
// types, actives, skin types, concerns, formats, skin states, cycles…) and the product names of the profile in
// effect are offered to the parser, and the ones it takes are the completions. A parser that takes anything is
// free text and completes nothing, except the options in PRODUCT_OPTIONS.
import { RootCommand, script, type Command as TabCommand } from '@bomb.sh/tab';
import type { Command, Option } from 'commander';
import type { App } from './app.js';
import type { Shell } from '../commands/completion.js';
import { ACTIVES, CONCERNS, CYCLES, MASK_TYPES, SCENARIO_IDS, SKIN_STATES, SKIN_TYPES } from '../domain/vocabulary.js';
import { FORMATS } from '../results/types.js';

/** Free-text options that name a product: they complete actives, mask types and the profile's product names. */
const PRODUCT_OPTIONS = new Set(['new', 'patch-tested']);

/** Positional arguments with a fixed set of values, by "<command> <argument>". */
export interface ArgumentValues {
  [commandAndArgument: string]: readonly string[];
}

/** Runs fn with console.log (how the library prints) writing into the returned text. */
function captured(fn: () => void): string {
  const lines: string[] = [];
  const log = console.log;
  console.log = (...parts: unknown[]) => void lines.push(parts.map(String).join(' '));
  try {
    fn();
  } finally {
    console.log = log;
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
}

/**
 * bash: the library's script asks bash-completion's _get_comp_words_by_ref for the words; where that package is
 * not loaded, a plain stand-in from bash's own COMP_WORDS and COMP_CWORD. __glowplan_dequote reads a word as bash
 * would (quotes and backslashes removed; an opening quote need not be closed; a leading ~/ is the home folder)
 * without running anything in it.
 */
const BASH_PRELUDE = `if ! declare -F _get_comp_words_by_ref >/dev/null 2>&1; then
_get_comp_words_by_ref() {
    cur="\${COMP_WORDS[COMP_CWORD]}"
    prev="\${COMP_WORDS[COMP_CWORD-1]}"
    words=("\${COMP_WORDS[@]:0:COMP_CWORD+1}")
    cword=$COMP_CWORD
}
fi
__glowplan_dequote() {
    local word=$1 quote= c i
    REPLY=
    [[ $word == "~/"* ]] && { REPLY=$HOME; word=\${word:1}; }
    for ((i = 0; i < \${#word}; i++)); do
        c=\${word:i:1}
        if [[ $quote == "'" ]]; then
            [[ $c == "'" ]] && quote= || REPLY+=$c
        elif [[ $c == '\\' && ( -z $quote || \${word:i+1:1} == [\\"\\\\\\$\\\`] ) ]]; then
            REPLY+=\${word:i+1:1}
            ((i++))
        elif [[ $c == '"' ]]; then
            [[ $quote ]] && quote= || quote=$c
        elif [[ $c == "'" && -z $quote ]]; then
            quote=$c
        else
            REPLY+=$c
        fi
    done
}
`;

/**
 * Changes to the library's bash script. As the library writes it, the words typed go through eval, which runs what
 * they hold ($(…), backquotes) and fails on an opening quote not yet closed; and compgen returns "Night Renew" bare,
 * which the line then takes as two words. Here the words are read (__glowplan_dequote), never run, and each answer is
 * escaped for the line, or left as it is after an opening quote. Each replacement must find its text: a version of
 * the library that changes it fails the completion tests.
 */
const BASH_FIXES: readonly [string, string][] = [
  [
    'requestComp="glowplan complete -- ${words[@]:1}"',
    'local word; local -a args=()\n    for word in "${words[@]:1}"; do __glowplan_dequote "$word"; args+=("$REPLY"); done',
  ],
  // The word being completed is in `words` already, empty or not.
  [`requestComp="$requestComp ''"`, ':'],
  ['out=$(eval "$requestComp" 2>/dev/null)', 'out=$(glowplan complete -- "${args[@]}" 2>/dev/null)'],
  [
    'COMPREPLY=( $(compgen -W "${completions[*]}" -- "$cur") )',
    [
      '__glowplan_dequote "$cur"',
      '    local typed=$REPLY value',
      '    COMPREPLY=()',
      '    for value in "${completions[@]}"; do',
      '        [[ -n $value && $value == "$typed"* ]] || continue',
      `        # After an opening quote the value goes in as it is (readline closes the quote); else escaped.`,
      `        if [[ $cur == [\\"\\']* ]]; then COMPREPLY+=("$value"); else COMPREPLY+=("$(printf '%q' "$value")"); fi`,
      '    done',
    ].join('\n'),
  ],
];

/**
 * Changes to the library's zsh script. As the library writes it, each word is split at spaces (`${=…}`) and passed on
 * with its quotes and backslashes, so "Night or Night\\ R matches nothing, and the completion system is told not to
 * quote the answers (`_describe -Q`), so "Night Renew" goes in bare. Here the words are read as zsh reads them (the
 * one being completed may open a quote not yet closed: compstate[quote] names it; a leading ~/ outside quotes is the
 * home folder, so `--profile ~/p.json` names the profile whose products are offered), and zsh quotes the answers as
 * the line needs.
 */
const ZSH_FIXES: readonly [string, string][] = [
  ['words=( "${=words[1,CURRENT]}" )', 'words=( "${(@)words[1,CURRENT]}" )'],
  [
    'local quoted_args=("${(@q)args_to_quote}")',
    [
      'local -a unquoted=()',
      '    local word',
      '    for word in "${(@)args_to_quote}"; do',
      "        [[ $word == '~/'* ]] && word=${(q)HOME}${word:1}",
      '        unquoted+=("${(Q)word}")',
      '    done',
      '    [[ -n ${compstate[quote]} ]] && unquoted[-1]=${(Q)${args_to_quote[-1]#${compstate[quote]}}}',
      '    local quoted_args=("${(@q)unquoted}")',
    ].join('\n'),
  ],
  ['completions -Q ${flagPrefix}', 'completions ${flagPrefix}'],
];

/**
 * Changes to the library's fish script. As the library writes it, the word being completed is passed on as typed, so
 * "Night or Night\\ R matches nothing; here it is read as fish reads it (fish quotes the answers itself). The words
 * before it come unquoted but with a leading ~ as typed: ~/ is the home folder, as fish reads it, so
 * `--profile ~/p.json` names the profile whose products are offered (fish 3 gives no way to tell a quoted '~/', which
 * is read the same).
 */
const FISH_FIXES: readonly [string, string][] = [
  [
    'set -l args (commandline -opc)',
    [
      'set -l args',
      '    for arg in (commandline -opc)',
      "        string match -q -- '~/*' $arg; and set arg $HOME(string sub -s 2 -- $arg)",
      '        set -a args $arg',
      '    end',
    ].join('\n'),
  ],
  ['set -l lastArg (commandline -ct)', 'set -l lastArg (commandline -ct | string unescape)'],
];

/** `text` with `from` replaced by `to`; an error when `from` is not in it. */
function replaceOnce(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  if (at < 0) throw new Error(`completion script: ${JSON.stringify(from)} not found`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

/**
 * The completion script for a shell; it calls `glowplan complete -- <words>` at each Tab. In bash, file names are
 * the fallback (`-o default`) for the values that are paths (see pathDirective).
 */
export function completionScript(shell: Shell): string {
  const text = captured(() => script(shell, 'glowplan', 'glowplan'));
  if (shell === 'zsh') return ZSH_FIXES.reduce((t, [from, to]) => replaceOnce(t, from, to), text);
  if (shell === 'fish') return FISH_FIXES.reduce((t, [from, to]) => replaceOnce(t, from, to), text);
  if (shell !== 'bash') return text;
  const fixed = BASH_FIXES.reduce((t, [from, to]) => replaceOnce(t, from, to), text);
  return `${BASH_PRELUDE}${fixed.replace(/^complete -F /m, 'complete -o default -F ')}`;
}

/** The subcommand a command runs when none is named (commander's `isDefault`, which its typings leave out). */
function defaultSubcommand(cmd: Command): Command | undefined {
  const name = (cmd as Command & { _defaultCommandName?: string | null })._defaultCommandName;
  return name ? cmd.commands.find((c) => c.name() === name) : undefined;
}

/** The directive that lets the shell complete file names: the library's "default" (0). */
const FILES_DIRECTIVE = ':0';

/**
 * True when the last word is the value of an option that takes a path (--profile, --output, --batch): one that
 * takes a value with no parser and no fixed choices. Its completions are the shell's own file names.
 */
function completingPath(program: Command, words: readonly string[]): boolean {
  const last = words[words.length - 1] ?? '';
  const eq = last.startsWith('--') ? last.indexOf('=') : -1;
  const flag = eq > 0 ? last.slice(0, eq) : words[words.length - 2];
  if (!flag?.startsWith('-')) return false;
  // The command the words run: `profile show` as well as `week`; `profile` alone runs its default, show.
  let command = program;
  for (const word of words.slice(0, -1)) command = command.commands.find((c) => c.name() === word) ?? command;
  const fallback = defaultSubcommand(command);
  const option = [...command.options, ...(fallback?.options ?? [])].find((o) => o.long === flag || o.short === flag);
  const parse = (option as (Option & { parseArg?: unknown }) | undefined)?.parseArg;
  return Boolean(option && (option.required || option.optional) && !parse && !option.argChoices?.length);
}

/** The words a partial command line gives to an option (`--profile x` or `--profile=x`), last one wins. */
function optionValue(words: readonly string[], long: string): string | undefined {
  let value: string | undefined;
  words.forEach((word, i) => {
    if (word === long && i + 1 < words.length - 1) value = words[i + 1];
    else if (word.startsWith(`${long}=`)) value = word.slice(long.length + 1);
  });
  return value;
}

/** Product names on the shelf of the profile in effect (--profile on the line, else the saved one); none if unreadable. */
async function productNames(app: App, words: readonly string[]): Promise<string[]> {
  try {
    const profile = optionValue(words, '--profile');
    const { profile: p } = await app.loadProfile(profile === undefined ? {} : { profile });
    // A name with a control character could break the shell's reading of the answer (or the terminal): left out.
    const names = [...p.serums, ...p.masks]
      .map((product) => product.name)
      // eslint-disable-next-line no-control-regex -- control characters are what this looks for
      .filter((n): n is string => Boolean(n) && !/[\u0000-\u001f\u007f-\u009f]/.test(n!));
    return [...new Set(names)];
  } catch {
    return [];
  }
}

/** Whether an option's parser takes a value (it throws on one it does not). */
function accepts(option: Option, value: string): boolean {
  const parse = (option as Option & { parseArg?: (value: string, previous: unknown) => unknown }).parseArg;
  if (!parse) return false;
  try {
    parse.call(option, value, undefined);
    return true;
  } catch {
    return false;
  }
}

/** What an option's value completes to. */
function optionValues(option: Option, ids: readonly string[], products: readonly string[]): string[] {
  if (!option.required && !option.optional) return [];
  if (option.argChoices?.length) return [...option.argChoices];
  const name = option.attributeName().replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
  const freeText = accepts(option, '\u0001glowplan-free-text-probe');
  if (freeText) return PRODUCT_OPTIONS.has(name) ? [...new Set([...ACTIVES, ...MASK_TYPES, ...products])] : [];
  return ids.filter((id) => accepts(option, id));
}

/** Adds a commander command's visible options and arguments to a tab command. */
function describe(
  target: TabCommand,
  source: Command,
  path: string,
  values: ArgumentValues,
  ids: readonly string[],
  products: readonly string[],
): void {
  for (const option of source.createHelp().visibleOptions(source)) {
    const long = option.long?.replace(/^--/, '');
    if (!long) continue;
    const short = option.short?.replace(/^-/, '');
    const takesValue = option.required || option.optional;
    const list = optionValues(option, ids, products);
    if (takesValue) target.option(long, option.description, (complete) => list.forEach((v) => complete(v, '')), short);
    else target.option(long, option.description, short);
  }
  for (const arg of source.registeredArguments) {
    const list = arg.argChoices?.length ? arg.argChoices : values[`${path} ${arg.name()}`];
    if (list) target.argument(arg.name(), (complete) => list.forEach((v) => complete(v, '')), arg.variadic);
    else target.argument(arg.name(), undefined, arg.variadic);
  }
}

/** Every id glowplan knows, offered to each option's parser. */
function knownIds(): string[] {
  return [
    ...new Set<string>([
      ...MASK_TYPES,
      ...ACTIVES,
      ...SKIN_TYPES,
      ...CONCERNS,
      ...FORMATS,
      ...SKIN_STATES,
      ...CYCLES,
      ...SCENARIO_IDS,
      'none',
    ]),
  ];
}

/**
 * Answers one completion request: `words` is the command line after `glowplan`, the last word the one being
 * completed ('' for a new word). Returns the lines the shell script reads: "value<TAB>description", then
 * ":<directive>".
 */
export async function complete(
  app: App,
  program: Command,
  words: readonly string[],
  values: ArgumentValues,
): Promise<string> {
  const products = await productNames(app, words);
  const ids = knownIds();
  const root = new RootCommand();
  describe(root, program, '', values, ids, products);
  const visit = (cmd: Command, path: string) => {
    for (const sub of cmd.createHelp().visibleCommands(cmd)) {
      const name = path ? `${path} ${sub.name()}` : sub.name();
      if (name === 'help') continue;
      const target = root.command(name, sub.description());
      describe(target, sub, name, values, ids, products);
      // `profile` alone is `profile show`: it completes show's options too.
      const fallback = defaultSubcommand(sub);
      if (fallback) describe(target, fallback, `${name} ${fallback.name()}`, values, ids, products);
      visit(sub, name);
    }
  };
  visit(program, '');
  const answer = captured(() => root.parse([...words]));
  return completingPath(program, words) ? answer.replace(/:\d+\n$/, `${FILES_DIRECTIVE}\n`) : answer;
}
