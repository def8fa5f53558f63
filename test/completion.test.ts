// Shell completion: what Tab offers for partial command lines, asked in-process and through bash itself.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterAll, describe, expect, it } from 'vitest';
import { App } from '../src/cli/app.js';
import { complete } from '../src/cli/completion.js';
import { BIN, runInProcess } from './helpers.js';

const work = mkdtempSync(join(tmpdir(), 'glowplan-completion-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
/** A profile with a product whose name has a space in it. */
const nightRenew = join(work, 'nr.json');
writeFileSync(nightRenew, JSON.stringify({ serums: [{ name: 'Night Renew', actives: ['retinol'] }, 'niacinamide'] }));

/** The values `glowplan complete -- …words` offers, without descriptions and the directive line. */
async function offered(...words: string[]): Promise<string[]> {
  const r = await runInProcess(['complete', '--', ...words]);
  expect(r.code).toBe(0);
  expect(r.stderr).toBe('');
  const lines = r.stdout.trimEnd().split('\n');
  expect(lines.pop()).toMatch(/^:\d+$/);
  return lines.map((line) => line.split('\t')[0]!);
}

describe('glowplan complete (what the scripts ask)', () => {
  it.each([
    [['w'], ['week']],
    [['sc'], ['scenario', 'schema']],
    [['co'], ['compare', 'completion']],
    [['week', '--sk'], ['--skin']],
    [
      ['week', '--skin', ''],
      ['dry', 'oily', 'combination', 'normal', 'sensitive'],
    ],
    [
      ['week', '--mask', 'c'],
      ['clay', 'cream'],
    ],
    [['week', '--serum', 'vi'], ['vitamin-c']],
    [
      ['plan', '--concern', 'f'],
      ['fine-lines', 'firmness'],
    ],
    [
      ['week', '--format', ''],
      ['table', 'json', 'markdown', 'ics'],
    ],
    [
      ['plan', '--format', ''],
      ['table', 'json', 'markdown'],
    ],
    [['week', '--format=m'], ['markdown']],
    [
      ['scenario', 'b'],
      ['breakouts', 'big-event'],
    ],
    [
      ['schema', 'batch'],
      ['batch', 'batch-input'],
    ],
    [
      ['completion', ''],
      ['bash', 'zsh', 'fish'],
    ],
    [['week', '--start', ''], []],
    [['profile', '--j'], ['--json']],
    [
      ['profile', '--format', ''],
      ['table', 'json', 'markdown'],
    ],
  ])('%j offers %j', async (words, expected) => {
    expect(await offered(...words)).toEqual(expected);
  });

  it('leaves paths to the shell: file names for --profile, --output and --batch, not for ids or dates', async () => {
    const directive = async (...words: string[]) => (await runInProcess(['complete', '--', ...words])).stdout;
    for (const words of [
      ['week', '--profile', ''],
      ['plan', '-o', 'pl'],
      ['week', '--batch', 'peo'],
      ['week', '--output=x'],
      ['profile', '--profile', ''],
      ['profile', 'show', '-o', ''],
    ])
      expect(await directive(...words), words.join(' ')).toBe(':0\n');
    for (const words of [['week', '--start', ''], ['week', '--skin', 'zz'], ['we']])
      expect(await directive(...words), words.join(' ')).toMatch(/:4\n$/);
    expect((await runInProcess(['completion', 'bash'])).stdout).toMatch(
      /^complete -o default -F __glowplan_complete glowplan$/m,
    );
  });

  it('offers every visible command, and not itself', async () => {
    const all = await offered('');
    expect(all).toEqual(expect.arrayContaining(['compare', 'plan', 'week', 'profile', 'schema', 'completion']));
    expect(all).not.toContain('complete');
  });

  it('completes a command added to the program without any edit to the completion code', async () => {
    const program = new Command('glowplan');
    program
      .command('log')
      .description('log a day')
      .option('--skin <state>', 'how skin feels', (v: string) => {
        if (!['good', 'dry', 'red'].includes(v)) throw new Error(`bad ${v}`);
        return v;
      })
      .option('--note <text>', 'free text', (v: string) => v)
      .option('--new <product>', 'a new product', (v: string) => v)
      .option('--profile <path>', 'profile file');
    const profile = join(work, 'shelf.json');
    writeFileSync(
      profile,
      JSON.stringify({
        serums: [{ name: 'Night Drops', actives: ['retinol'] }, 'niacinamide'],
        masks: [
          { name: 'Green Clay', type: 'clay' },
          { name: 'Bad\u001b[31mName', type: 'gel' },
        ],
      }),
    );
    const app = new App({
      stdout: { write: () => true },
      stderr: { write: () => true },
      stdin: process.stdin,
      env: { HOME: '/nonexistent-home', XDG_CONFIG_HOME: '/nonexistent-config' },
      now: () => new Date(2026, 10, 24, 12),
      cwd: work,
    });
    const ask = async (...words: string[]) =>
      (await complete(app, program, words, {}))
        .trimEnd()
        .split('\n')
        .slice(0, -1)
        .map((l) => l.split('\t')[0]);
    expect(await ask('l')).toEqual(['log']);
    expect(await ask('log', '--skin', '')).toEqual(['dry', 'good', 'red']);
    expect(await ask('log', '--note', '')).toEqual([]);
    const products = await ask('log', '--profile', profile, '--new', '');
    expect(products).toEqual(expect.arrayContaining(['retinol', 'clay', 'Night Drops', 'Green Clay']));
    expect(products.some((p) => p!.includes('\u001b'))).toBe(false);
    // Without a readable profile there are no product names, and no error either.
    expect(await ask('log', '--profile', join(work, 'missing.json'), '--new', 'n')).toEqual(['niacinamide']);
  });
});

describe('glowplan completion <shell>', () => {
  it.each(['bash', 'zsh', 'fish'])('prints a %s script that asks glowplan complete', async (shell) => {
    const r = await runInProcess(['completion', shell]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('glowplan complete --');
  });

  it('rejects an unknown shell with one line, exit 2', async () => {
    const r = await runInProcess(['completion', 'bsh']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^glowplan: .*"bsh".*bash, zsh, fish \(did you mean "bash"\?\)\n$/);
  });

  it('suggests a shell only for a word one edit from its name; another shell is named as such', async () => {
    const says = async (word: string) => {
      const r = await runInProcess(['completion', word]);
      expect([r.code, r.stdout]).toEqual([2, '']);
      return r.stderr;
    };
    expect(await says('tcsh')).toBe('glowplan: no completion script for tcsh: use one of bash, zsh, fish\n');
    expect(await says('ksh')).toBe('glowplan: no completion script for ksh: use one of bash, zsh, fish\n');
    expect(await says('zhs')).toBe('glowplan: the shell "zhs" is not known: use one of bash, zsh, fish\n');
    expect(await says('bassh')).toMatch(/\(did you mean "bash"\?\)\n$/);
    // One edit from zsh and from fish: the one that starts like the word typed.
    expect(await says('fsh')).toBe(
      'glowplan: the shell "fsh" is not known: use one of bash, zsh, fish (did you mean "fish"?)\n',
    );
  });

  it('is listed in --help with how to install it', async () => {
    expect((await runInProcess(['--help'])).stdout).toContain('glowplan completion bash');
    expect((await runInProcess(['completion', '--help'])).stdout).toMatch(/~\/\.config\/fish\/completions/);
  });
});

// bash itself: source the script, set COMP_WORDS/COMP_CWORD as bash does at a Tab, read COMPREPLY. Runs the built
// bin/glowplan.js (npm run build first) through a `glowplan` on PATH, as an installed one would be.
const has = (shell: string) => spawnSync(shell, ['--version']).status === 0;
const [bash, zsh, fish] = ['bash', 'zsh', 'fish'].map(has);
for (const [shell, present] of [
  ['zsh', zsh],
  ['fish', fish],
] as const)
  if (!present)
    process.stderr.write(
      `test/completion.test.ts: ${shell} tests skipped: ${shell} is not installed (apt-get install ${shell})\n`,
    );
describe.skipIf(!bash)('bash completion, end to end', () => {
  const bin = join(work, 'bin');
  spawnSync('mkdir', ['-p', bin]);
  symlinkSync(BIN, join(bin, 'glowplan'));
  /** COMPREPLY after a Tab, each word given as typed on the line (quotes and backslashes included). */
  const tab = (...words: string[]) => {
    const script = `source <(glowplan completion bash)
COMP_WORDS=(glowplan ${words.map((w) => `'${w.replace(/'/g, "'\\''")}'`).join(' ')}); COMP_CWORD=${words.length}
__glowplan_complete 2>/dev/null
printf '%s\\n' "\${COMPREPLY[@]}"`;
    const r = spawnSync('bash', ['--norc', '--noprofile', '-c', script], {
      encoding: 'utf8',
      cwd: work,
      env: { PATH: `${bin}:${process.env.PATH}`, HOME: work, XDG_CONFIG_HOME: join(work, 'config') },
    });
    expect(r.status).toBe(0);
    return r.stdout.split('\n').filter(Boolean);
  };

  it.each([
    [['we'], ['week']],
    [
      ['week', '--ma'],
      ['--mask', '--masks-per-week'],
    ],
    [
      ['week', '--skin', ''],
      ['dry', 'oily', 'combination', 'normal', 'sensitive'],
    ],
    [['scenario', 'post'], ['post-travel']],
    [
      ['schema', 'pro'],
      ['profile', 'profile-file'],
    ],
    [['week', '--format', 'i'], ['ics']],
  ])('glowplan %j<Tab> offers %j', (words, expected) => {
    expect(tab(...words)).toEqual(expected);
  });

  it('a name with a space comes back escaped for the line; after an opening quote, as it is (readline closes it)', () => {
    const before = ['week', '--profile', nightRenew, '--new'];
    expect(tab(...before, 'Nig')).toEqual(['Night\\ Renew']);
    expect(tab(...before, 'Night\\ R')).toEqual(['Night\\ Renew']);
    expect(tab(...before, '"Nig')).toEqual(['Night Renew']);
    expect(tab(...before, "'Night R")).toEqual(['Night Renew']);
    expect(tab(...before, '')).toEqual(expect.arrayContaining(['Night\\ Renew', 'retinol', 'sheet']));
    // A profile path given in quotes is read as bash reads it.
    expect(tab('week', '--profile', `"${nightRenew}"`, '--new', 'Nig')).toEqual(['Night\\ Renew']);
    // And one typed with ~/, from the home folder.
    expect(tab('week', '--profile', '~/nr.json', '--new', 'Nig')).toEqual(['Night\\ Renew']);
  });

  it('what is typed on the line is read, never run', () => {
    const mark = join(work, 'ran');
    expect(tab('week', '--note', `$(touch ${mark})`, '--sk')).toEqual(['--skin']);
    expect(tab('week', '--note', `\`touch ${mark}\``, '--sk')).toEqual(['--skin']);
    expect(existsSync(mark)).toBe(false);
  });
});

/** A `glowplan` on PATH that runs the built bin/glowplan.js, as an installed one would. */
function binDir(): string {
  const dir = join(work, 'shell-bin');
  spawnSync('mkdir', ['-p', dir]);
  try {
    symlinkSync(BIN, join(dir, 'glowplan'));
  } catch {
    // already there
  }
  return dir;
}
const shellEnv = () => ({ PATH: `${binDir()}:${process.env.PATH}`, HOME: work, XDG_CONFIG_HOME: join(work, 'config') });

const CASES: [string[], string[]][] = [
  [['we'], ['week']],
  [
    ['week', '--ma'],
    ['--mask', '--masks-per-week'],
  ],
  [
    ['week', '--skin', ''],
    ['combination', 'dry', 'normal', 'oily', 'sensitive'],
  ],
  [['scenario', 'post'], ['post-travel']],
  [['week', '--format', 'i'], ['ics']],
];

// fish itself: its own `complete --do-complete` runs the sourced script as a Tab would.
describe.skipIf(!fish)('fish completion, end to end', () => {
  const tab = (...words: string[]) => {
    const line = `glowplan ${words.join(' ')}`;
    const r = spawnSync(
      'fish',
      ['--no-config', '-c', `glowplan completion fish | source; complete --do-complete ${JSON.stringify(line)}`],
      { encoding: 'utf8', cwd: work, env: shellEnv() },
    );
    expect(r.status, r.stderr).toBe(0);
    return r.stdout
      .split('\n')
      .filter(Boolean)
      .map((l) => l.split('\t')[0]!)
      .sort();
  };
  it.each(CASES)('glowplan %j<Tab> offers %j', (words, expected) => {
    expect(tab(...words)).toEqual(expected);
  });
  it('a name with a space completes after an opening quote or an escaped space (fish quotes it itself)', () => {
    for (const typed of ['Nig', '"Nig', "'Night R", 'Night\\ R'])
      expect(tab('week', '--profile', nightRenew, '--new', typed), typed).toEqual(['Night Renew']);
    // A profile path typed with ~/ is read from the home folder.
    expect(tab('week', '--profile', '~/nr.json', '--new', 'Nig')).toEqual(['Night Renew']);
  });
});

// zsh itself: the script's _glowplan runs as the completion system would call it (words and CURRENT set), with the
// system's output functions replaced by ones that print what they were given: _describe prints the candidates,
// _arguments (the fallback to file names) prints FILES.
describe.skipIf(!zsh)('zsh completion, end to end', () => {
  /** The candidates, the words given as typed; `quote`: the quote the last word opened, as compstate[quote] says. */
  const tabIn = (quote: string, ...words: string[]) => {
    const script = `compdef() { :; }
compadd() { :; }
_describe() { (( \${#completions} )) || return 1; print -rl -- "\${completions[@]%%:*}"; }
_arguments() { print -r -- FILES; }
typeset -A compstate; compstate[quote]=$GLOWPLAN_TEST_QUOTE
source <(glowplan completion zsh)
words=(glowplan "$@"); CURRENT=\${#words}
_glowplan`;
    const r = spawnSync('zsh', ['-f', '-c', script, 'zsh', ...words], {
      encoding: 'utf8',
      cwd: work,
      env: { ...shellEnv(), GLOWPLAN_TEST_QUOTE: quote },
    });
    expect(r.status, r.stderr).toBe(0);
    return r.stdout.split('\n').filter(Boolean).sort();
  };
  const tab = (...words: string[]) => tabIn('', ...words);
  it.each(CASES)('glowplan %j<Tab> offers %j', (words, expected) => {
    expect(tab(...words)).toEqual(expected);
  });
  it('falls back to file names for --profile, and completes --format=m as a whole word', () => {
    expect(tab('week', '--profile', '')).toEqual(['FILES']);
    expect(tab('week', '--format=m')).toEqual(['markdown']);
  });
  it('a name with a space: the words are read as zsh reads them, and zsh quotes the answer (no _describe -Q)', () => {
    expect(tab('week', '--profile', nightRenew, '--new', 'Nig')).toEqual(['Night Renew']);
    expect(tab('week', '--profile', nightRenew, '--new', 'Night\\ R')).toEqual(['Night Renew']);
    // After an opening quote the completion system names it in compstate[quote].
    expect(tabIn('"', 'week', '--profile', nightRenew, '--new', '"Night R')).toEqual(['Night Renew']);
    expect(
      spawnSync('zsh', ['-f', '-c', 'glowplan completion zsh'], { encoding: 'utf8', env: shellEnv() }).stdout,
    ).not.toMatch(/_describe .* -Q/);
  });
  it('a profile path typed with ~/ is read from the home folder; in quotes, ~ is only a letter', () => {
    expect(tab('week', '--profile', '~/nr.json', '--new', 'Nig')).toEqual(['Night Renew']);
    expect(tab('week', '--profile', "'~/nr.json'", '--new', 'Nig')).toEqual([]);
  });
});
