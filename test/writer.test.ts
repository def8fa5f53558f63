// The one output writer, as `week -o` (a whole document) and `week --batch -o` (a stream of records) use it: both
// follow the same policy for every kind of target. In-process through main(); the built CLI is covered in
// test/output.test.ts.
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openOutput, writeFileAtomic } from '../src/lib/atomic-file.js';
import { RuntimeError, UsageError } from '../src/lib/errors.js';
import { runInProcess } from './helpers.js';

const root = mkdtempSync(join(tmpdir(), 'glowplan-writer-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let n = 0;
const folder = () => {
  const dir = join(root, `t${++n}`);
  mkdirSync(dir);
  return dir;
};
const contents = (dir: string) => readdirSync(dir).sort();

const input = join(root, 'people.jsonl');
writeFileSync(input, '{"id":"a","skin":"oily"}\n{"id":"b","skin":"dry"}\n');

/** The two ways of writing a week: one JSON document, or JSON Lines from a batch. */
const WAYS = [
  ['week --json -o', ['week', '--no-input', '--start', '2026-11-30', '--json']],
  ['week --batch -o', ['week', '--start', '2026-11-30', '--batch', input]],
] as const;
/** What each way writes, checked on the file or pipe's text. */
const looksRight = (way: string, text: string) => {
  if (way.includes('batch'))
    expect(
      text
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l).id),
    ).toEqual(['a', 'b']);
  else expect(JSON.parse(text)).toMatchObject({ command: 'week', start: '2026-11-30' });
};
const run = (args: readonly string[], output: string, ...more: string[]) =>
  runInProcess([...args, '--output', output, ...more]);

describe.each(WAYS)('%s', (way, args) => {
  it('a new file: written whole, named on stderr, nothing on stdout, no temp file left', async () => {
    const dir = folder();
    const r = await run(args, join(dir, 'out'));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^Wrote .* to .*out\n$/);
    looksRight(way, readFileSync(join(dir, 'out'), 'utf8'));
    expect(contents(dir)).toEqual(['out']);
  });

  it('an existing file without --force: exit 2, one line, the file untouched', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'out'), 'mine');
    const r = await run(args, join(dir, 'out'));
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`glowplan: ${join(dir, 'out')} already exists; add --force to replace it\n`);
    expect(readFileSync(join(dir, 'out'), 'utf8')).toBe('mine');
    expect(contents(dir)).toEqual(['out']);
  });

  it('an existing file with --force: replaced, keeping its permissions', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'out'), 'mine');
    chmodSync(join(dir, 'out'), 0o600);
    const r = await run(args, join(dir, 'out'), '--force');
    expect(r.code, r.stderr).toBe(0);
    looksRight(way, readFileSync(join(dir, 'out'), 'utf8'));
    expect(statSync(join(dir, 'out')).mode & 0o777).toBe(0o600);
    expect(contents(dir)).toEqual(['out']);
  });

  it('a symbolic link with --force: the file it points to is replaced, the link kept', async () => {
    const dir = folder();
    mkdirSync(join(dir, 'real'));
    writeFileSync(join(dir, 'real', 'plan'), 'old');
    symlinkSync(join('real', 'plan'), join(dir, 'link'));
    const r = await run(args, join(dir, 'link'), '--force');
    expect(r.code, r.stderr).toBe(0);
    expect(lstatSync(join(dir, 'link')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(dir, 'link'))).toBe(join('real', 'plan'));
    looksRight(way, readFileSync(join(dir, 'real', 'plan'), 'utf8'));
    expect(contents(dir)).toEqual(['link', 'real']);
    expect(contents(join(dir, 'real'))).toEqual(['plan']);
  });

  it('a symbolic link without --force: exit 2, nothing changed', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'plan'), 'old');
    symlinkSync('plan', join(dir, 'link'));
    const r = await run(args, join(dir, 'link'));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/already exists; add --force/);
    expect(readFileSync(join(dir, 'plan'), 'utf8')).toBe('old');
  });

  it('a device (/dev/null): written through, no --force needed, never replaced', async () => {
    const r = await run(args, '/dev/null');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe('');
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
    const forced = await run(args, '/dev/null', '--force');
    expect(forced.code, forced.stderr).toBe(0);
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
  });

  it('a named pipe: the reader gets everything, the pipe stays a pipe', async () => {
    const dir = folder();
    const fifo = join(dir, 'pipe');
    if (spawnSync('mkfifo', [fifo]).status !== 0) return; // no mkfifo here
    const [r, text] = await Promise.all([run(args, fifo), readFile(fifo, 'utf8')]);
    expect(r.code, r.stderr).toBe(0);
    looksRight(way, text);
    expect(statSync(fifo).isFIFO()).toBe(true);
    expect(contents(dir)).toEqual(['pipe']);
  });

  it('a folder that cannot take the file: exit 1 naming it, nothing left behind', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'plain'), 'x');
    const under = await run(args, join(dir, 'plain', 'out'));
    expect(under.code).toBe(1);
    expect(under.stderr).toBe(
      `glowplan: cannot write ${join(dir, 'plain', 'out')}: ${join(dir, 'plain')} is not a folder\n`,
    );
    const missing = await run(args, join(dir, 'nowhere', 'out'));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/the folder .*nowhere does not exist\n$/);
    const proc = await run(args, '/proc/glowplan-out');
    expect(proc.code).toBe(1);
    expect(proc.stderr).toMatch(/cannot create files in \/proc\n$/);
    expect(contents(dir)).toEqual(['plain']);
  });

  it('a folder as the file: exit 2', async () => {
    const dir = folder();
    const r = await run(args, dir, '--force');
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`glowplan: cannot write ${dir}: it is a folder\n`);
  });
});

describe('openOutput', () => {
  it('streams many records into one file that appears only on commit', async () => {
    const dir = folder();
    const path = join(dir, 'out.jsonl');
    const sink = await openOutput(path);
    let waited = 0;
    for (let i = 0; i < 20000; i++)
      if (!sink.write(`{"n":${i},"pad":"${'x'.repeat(40)}"}\n`)) {
        waited++;
        await sink.drained();
      }
    expect(waited).toBeGreaterThan(0); // backpressure: the caller is asked to wait
    expect(contents(dir)).toHaveLength(1);
    expect(contents(dir)[0]).toMatch(/^\.out\.jsonl\..*\.tmp$/);
    await sink.commit();
    const lines = readFileSync(path, 'utf8').trim().split('\n');
    expect(lines).toHaveLength(20000);
    expect(JSON.parse(lines[19999]!).n).toBe(19999);
    expect(contents(dir)).toEqual(['out.jsonl']);
  });

  it('discard leaves nothing, and an existing file as it was', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'keep'), 'mine');
    const sink = await openOutput(join(dir, 'keep'), { force: true });
    sink.write('half');
    await sink.discard();
    expect(readFileSync(join(dir, 'keep'), 'utf8')).toBe('mine');
    expect(contents(dir)).toEqual(['keep']);
  });

  it('a file that appears while writing is not replaced without force', async () => {
    const dir = folder();
    const path = join(dir, 'race');
    const sink = await openOutput(path);
    sink.write('ours');
    writeFileSync(path, 'theirs');
    await expect(sink.commit()).rejects.toBeInstanceOf(UsageError);
    expect(readFileSync(path, 'utf8')).toBe('theirs');
    expect(contents(dir)).toEqual(['race']);
  });

  it('an empty name is bad input; a folder that does not exist, a failure', async () => {
    await expect(writeFileAtomic('', 'x')).rejects.toThrow('the output file name is empty');
    await expect(writeFileAtomic('/nonexistent-glowplan/x', 'x')).rejects.toBeInstanceOf(RuntimeError);
  });
});
