// Every example in `--help` runs: each line under "Examples:" of the main help and of every command's help is run
// (each in a fresh home, with today pinned) and exits 0, with nothing on stderr but what a run that goes well says.
// Examples that pipe, redirect or source are run without that part (the glowplan command itself).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { COMMAND_TABLE } from '../src/cli/program.js';
import { homeMaker, runBin } from './helpers.js';

const root = mkdtempSync(join(tmpdir(), 'glowplan-help-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const home = homeMaker(root);
/** A fresh home, with the code cache shared by all. */
function freshHome() {
  const h = home();
  return { home: h.dir, env: { ...h.env, XDG_CACHE_HOME: join(root, 'cache') } };
}

/** The words of a command line, as a shell splits it (single and double quotes, no expansions). */
function words(line: string): string[] {
  const out: string[] = [];
  const re = /"([^"]*)"|'([^']*)'|(\S+)/g;
  for (let m = re.exec(line); m; m = re.exec(line)) out.push(m[1] ?? m[2] ?? m[3]!);
  return out;
}

/** The glowplan commands listed under "Examples:" in a help text, without the comment after each. */
function examples(help: string): string[][] {
  const at = help.indexOf('\nExamples:\n');
  if (at === -1) return [];
  const lines = help.slice(at + '\nExamples:\n'.length).split('\n');
  const out: string[][] = [];
  for (const line of lines) {
    const m = /^ {2}(?:source <\()?(glowplan .*?)\)?(?: {2,}.*)?$/.exec(line);
    if (!m) break;
    const command = m[1]!.split(/ [|>] /)[0]!;
    out.push(words(command).slice(1));
  }
  return out;
}

// Every command of the top-level help, and profile's own subcommands.
const helps: [string, string[]][] = [['glowplan', []]];
for (const { name } of COMMAND_TABLE)
  if (name === 'profile')
    helps.push(['glowplan profile init', [name, 'init']], ['glowplan profile show', [name, 'show']]);
  else helps.push([`glowplan ${name}`, [name]]);

describe.each(helps)('the examples of `%s --help`', (_name, command) => {
  const help = runBin([...command, '--help'], { env: freshHome().env });
  it('--help exits 0', () => expect(help.code).toBe(0));
  const list = examples(help.stdout);
  if (!list.length) return;
  it.each(list.map((args) => [args.join(' '), args]))('glowplan %s', (_line, args) => {
    const { home, env } = freshHome();
    const files = args.map((a) => (/\.(ics|jsonl|json)$/.test(a) ? join(home, a.replace(/[^\w.-]/g, '_')) : a));
    if (files.includes('--batch')) {
      const input = files[files.indexOf('--batch') + 1]!;
      writeFileSync(input, '{"id":"a","skin":"dry"}\n{"id":"b","skin":"oily","serums":["bha"]}\n');
    }
    const r = runBin(files, { env });
    // What a run says on stderr when it goes well: where it wrote, what it logged or saved, notes.
    const said =
      /^(glowplan: note: |Wrote |Logged |Amended |Already logged |Nothing (is logged|changed)|Saved |Cleared )/;
    expect(r.stderr.split('\n').filter((l) => l && !said.test(l))).toEqual([]);
    expect(r.code).toBe(0);
  });
});
