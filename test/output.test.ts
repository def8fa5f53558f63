// --output through the built bin/glowplan.js (and, for the every-command table, in-process): atomic writes, --force,
// clear failures, nothing left behind. The global test setup builds dist/ first when it is stale.
import { spawn, spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import {
  chmodSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../src/lib/atomic-file.js';
import { RuntimeError, UsageError } from '../src/lib/errors.js';
import { BIN, ROOT, runBin, runInProcess } from './helpers.js';

const root = mkdtempSync(join(tmpdir(), 'glowplan-out-'));
let n = 0;
/** A fresh empty folder for one test. */
function folder(): string {
  const dir = join(root, `t${++n}`);
  mkdirSync(dir);
  return dir;
}
/** Names in a folder, hidden ones included: what a failed write might leave behind. */
const contents = (dir: string) => readdirSync(dir).sort();
const leftovers = (dir: string) => contents(dir).filter((f) => f.endsWith('.tmp') || f.startsWith('.'));

beforeAll(() => {
  if (!existsSync(join(ROOT, 'dist', 'glowplan.js'))) throw new Error('dist/ is missing: run `npm run build` first');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const WEEK_ICS = ['week', '--no-input', '--start', '2026-11-30', '--format', 'ics'];

describe('week --format ics --output week.ics', () => {
  const dir = folder();
  const file = join(dir, 'week.ics');
  let first: Buffer;

  it('writes the file, names it on stderr, prints nothing on stdout', () => {
    const r = runBin([...WEEK_ICS, '--output', 'week.ics'], { cwd: dir });
    expect(r.stderr).toMatch(/week\.ics/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stdout).toBe('');
    expect(r.code).toBe(0);
    first = readFileSync(file);
    const cal = new ICAL.Component(ICAL.parse(first.toString('utf8')));
    expect(cal.getAllSubcomponents('vevent')).toHaveLength(14);
    expect(contents(dir)).toEqual(['week.ics']);
  });

  it('is the same as what stdout gets without --output', () => {
    const r = runBin(WEEK_ICS, { cwd: dir });
    expect(r.code).toBe(0);
    expect(Buffer.from(r.stdout, 'utf8').equals(first)).toBe(true);
  });

  it('the same command again: exit 2, the file byte-identical and untouched', () => {
    const before = statSync(file);
    const r = runBin([...WEEK_ICS, '--weeks', '2', '--output', 'week.ics'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/week\.ics already exists; add --force/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(readFileSync(file).equals(first)).toBe(true);
    expect(statSync(file).mtimeMs).toBe(before.mtimeMs);
    expect(statSync(file).ino).toBe(before.ino);
    expect(contents(dir)).toEqual(['week.ics']);
  });

  it('with --force: replaced', () => {
    const r = runBin([...WEEK_ICS, '--weeks', '2', '--output', 'week.ics', '--force'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    const now = readFileSync(file, 'utf8');
    expect(now).not.toBe(first.toString('utf8'));
    expect(new ICAL.Component(ICAL.parse(now)).getAllSubcomponents('vevent')).toHaveLength(28);
    expect(contents(dir)).toEqual(['week.ics']);
  });

  it('the same UIDs as the first time (re-import updates, not duplicates)', () => {
    const uids = (text: string) => text.split('\r\n').filter((l) => l.startsWith('UID:'));
    const now = uids(readFileSync(file, 'utf8'));
    expect(now.slice(0, 14)).toEqual(uids(first.toString('utf8')));
  });
});

describe('--output failures: exit code, one clear line, no stack, nothing left behind', () => {
  const oneLine = (stderr: string) => {
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/^glowplan: cannot write /);
    expect(stderr).not.toMatch(/\bat .*\.js:\d+|Error:|internal error/);
  };

  it('a folder that does not exist → exit 1', () => {
    const r = runBin(['week', '--no-input', '--json', '--output', '/nonexistent/dir/x.json']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    oneLine(r.stderr);
    expect(r.stderr).toMatch(/\/nonexistent\/dir does not exist/);
  });

  it('a path under a regular file (ENOTDIR: what a read-only folder is for root) → exit 1', () => {
    const dir = folder();
    writeFileSync(join(dir, 'plain'), 'x');
    const r = runBin(['week', '--no-input', '--json', '--output', join(dir, 'plain', 'x.json')]);
    expect(r.code).toBe(1);
    oneLine(r.stderr);
    expect(r.stderr).toMatch(/is not a folder/);
    expect(contents(dir)).toEqual(['plain']);
  });

  it('a folder that takes no files (/proc) → exit 1', () => {
    const r = runBin(['rules', '--json', '--output', '/proc/glowplan-x.json']);
    expect(r.code).toBe(1);
    oneLine(r.stderr);
    expect(r.stderr).toMatch(/cannot create files in \/proc/);
  });

  it.skipIf(process.getuid?.() === 0)('a read-only folder → exit 1 (not as root: chmod does not stop root)', () => {
    const dir = folder();
    const ro = join(dir, 'ro');
    mkdirSync(ro);
    chmodSync(ro, 0o555);
    const r = runBin(['rules', '--json', '--output', join(ro, 'x.json')]);
    chmodSync(ro, 0o755);
    expect(r.code).toBe(1);
    oneLine(r.stderr);
    expect(r.stderr).toMatch(/permission denied/);
    expect(contents(ro)).toEqual([]);
  });

  it('an existing folder as the file → exit 2; a name ending in / → exit 2', () => {
    const dir = folder();
    mkdirSync(join(dir, 'sub'));
    for (const target of ['sub', 'new/']) {
      const r = runBin(['rules', '--json', '--output', target], { cwd: dir });
      expect(r.code, target).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
    expect(contents(dir)).toEqual(['sub']);
    expect(contents(join(dir, 'sub'))).toEqual([]);
  });

  it('a named pipe is written through, never swapped for a file (no --force needed)', async () => {
    const dir = folder();
    const fifo = join(dir, 'pipe');
    if (spawnSync('mkfifo', [fifo]).status !== 0) return; // no mkfifo here
    const child = spawn(process.execPath, [BIN, 'rules', '--json', '--output', fifo], {
      env: { PATH: process.env.PATH, HOME: '/nonexistent-home', XDG_CONFIG_HOME: '/nonexistent-config' },
    });
    const exited = new Promise<number | null>((done) => child.on('close', done));
    const read = await readFile(fifo, 'utf8');
    expect(await exited).toBe(0);
    expect(JSON.parse(read).command).toBe('rules');
    expect(statSync(fifo).isFIFO()).toBe(true);
    expect(contents(dir)).toEqual(['pipe']);
  });

  it('a device is written through: -o /dev/null needs no --force', () => {
    const r = runBin(['rules', '--json', '--output', '/dev/null']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
  });

  it('--force keeps the replaced file private when it was', () => {
    const dir = folder();
    const file = join(dir, 'rules.json');
    writeFileSync(file, 'old', { mode: 0o600 });
    chmodSync(file, 0o600);
    const r = runBin(['rules', '--json', '--output', file, '--force']);
    expect(r.code).toBe(0);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(file, 'utf8')).command).toBe('rules');
    expect(contents(dir)).toEqual(['rules.json']);
  });
});

describe('writeFileAtomic', () => {
  it('leaves no temp file when the final step fails (name too long for the file system)', async () => {
    const dir = folder();
    const path = join(dir, `${'x'.repeat(300)}.json`);
    const err = await writeFileAtomic(path, '{}').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RuntimeError);
    expect((err as Error).message).toMatch(/the name is too long/);
    expect(contents(dir)).toEqual([]);
  });

  it('refuses to replace without force, and an empty name', async () => {
    const dir = folder();
    const path = join(dir, 'a.txt');
    await writeFileAtomic(path, 'one');
    await expect(writeFileAtomic(path, 'two')).rejects.toBeInstanceOf(UsageError);
    expect(readFileSync(path, 'utf8')).toBe('one');
    await writeFileAtomic(path, 'two', { force: true });
    expect(readFileSync(path, 'utf8')).toBe('two');
    await expect(writeFileAtomic('', 'x')).rejects.toBeInstanceOf(UsageError);
    expect(contents(dir)).toEqual(['a.txt']);
  });

  it('--force through a symbolic link replaces the file it points to and keeps the link', async () => {
    const dir = folder();
    mkdirSync(join(dir, 'real'));
    writeFileSync(join(dir, 'real', 'plan.md'), 'old');
    symlinkSync(join('real', 'plan.md'), join(dir, 'link.md'));
    await writeFileAtomic(join(dir, 'link.md'), 'new', { force: true });
    expect(lstatSync(join(dir, 'link.md')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'real', 'plan.md'), 'utf8')).toBe('new');
    expect(contents(join(dir, 'real'))).toEqual(['plan.md']);
    expect(contents(dir)).toEqual(['link.md', 'real']);
  });

  it('writes UTF-8 exactly', async () => {
    const dir = folder();
    const path = join(dir, 'u.txt');
    await writeFileAtomic(path, 'Sérum → 🎉\r\n');
    expect(readFileSync(path, 'utf8')).toBe('Sérum → 🎉\r\n');
  });
});

// In-process (main() with a fake Io): the same code path as the built CLI, without a process per case.
describe('every command writes its result with --output', () => {
  const cases: [string, string[]][] = [
    ['compare', ['compare']],
    ['scenario', ['scenario', 'post-travel']],
    ['scenario --list', ['scenario', '--list']],
    ['plan', ['plan', '--no-input', '--date', '2026-11-24']],
    ['week', ['week', '--no-input', '--start', '2026-11-30']],
    ['rules', ['rules']],
    ['profile show', ['profile', 'show']],
  ];
  const dir = folder();

  it.each(cases)(
    '%s --json, --format markdown and table: file = stdout, stdout empty, no temp files',
    async (name, args) => {
      for (const [format, ext] of [
        [['--json'], 'json'],
        [['--format', 'markdown'], 'md'],
        [['--format', 'table'], 'txt'],
      ] as const) {
        const file = join(dir, `${name.replace(/\W+/g, '-')}.${ext}`);
        const r = await runInProcess([...args, ...format, '--output', file], { env: { FORCE_COLOR: '1' } });
        expect(r.code, `${name} ${format.join(' ')}: ${r.stderr}`).toBe(0);
        expect(r.stdout).toBe('');
        expect(r.stderr).toContain(file);
        const written = readFileSync(file, 'utf8');
        // eslint-disable-next-line no-control-regex
        expect(written).not.toMatch(/\u001b/); // no colour in files, even with FORCE_COLOR
        if (ext === 'json') expect(JSON.parse(written).command).toBe(args[0]);
        if (ext === 'md') expect(written).toMatch(/^# /);
        const plain = await runInProcess([...args, ...format]);
        if (ext !== 'txt') expect(written).toBe(plain.stdout);
      }
      expect(leftovers(dir)).toEqual([]);
    },
  );
});
