// Profiles and journals that never end (/dev/zero) or hold far more than such a file should: one line naming the
// file and the limit (or, for a journal, that a device is no file), never an abort. End to end: only a real process shows running out of memory.
import { spawnSync } from 'node:child_process';
import {
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  ftruncateSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_JOURNAL_BYTES } from '../src/journal/read.js';
import { MAX_PROFILE_BYTES } from '../src/profile/store.js';
import { BIN, ROOT, homeMaker } from './helpers.js';

const root = mkdtempSync(join(tmpdir(), 'glowplan-size-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const home = homeMaker(root)();
const env = { PATH: process.env.PATH, HOME: home.dir, ...home.env, TZ: 'Europe/London' };

/** The built bin under a memory limit (4 GB of address space), so that a read that never stops fails fast. */
function run(args: string[]) {
  const quoted = [process.execPath, BIN, ...args].map((a) => `'${a.replace(/'/g, "'\\''")}'`).join(' ');
  const r = spawnSync('bash', ['-c', `ulimit -v 4000000; exec ${quoted}`], {
    encoding: 'utf8',
    cwd: ROOT,
    env,
    timeout: 60000,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** A sparse file of `bytes` zero bytes (costs no disk). */
function sparse(path: string, bytes: number) {
  const fd = openSync(path, 'w');
  ftruncateSync(fd, bytes);
  closeSync(fd);
}

const endless = existsSync('/dev/zero');

describe('a profile that never ends or is too large', () => {
  it.skipIf(!endless)('--profile /dev/zero: exit 2, one line naming it, refused before it is read', () => {
    for (const command of ['week', 'plan', 'profile']) {
      const r = run([command, '--profile', '/dev/zero']);
      expect([r.code, r.stdout, r.stderr]).toEqual([
        2,
        '',
        'glowplan: profile /dev/zero is a device, not a file: give the path of a profile file (JSON)\n',
      ]);
    }
  });

  it('a file one byte over the limit is refused the same way; one at the limit is read', () => {
    const big = join(root, 'big.json');
    writeFileSync(big, `{}${' '.repeat(MAX_PROFILE_BYTES - 1)}`);
    const over = run(['week', '--json', '--profile', big]);
    expect([over.code, over.stdout]).toEqual([2, '']);
    expect(over.stderr).toBe(
      `glowplan: profile ${big} holds more than 4 MB: a profile is a small JSON file (skin, serums, masks)\n`,
    );
    writeFileSync(big, `{}${' '.repeat(MAX_PROFILE_BYTES - 2)}`);
    const at = run(['week', '--json', '--profile', big]);
    expect([at.code, at.stderr]).toEqual([0, '']);
  });
});

describe('a journal that never ends or is too large', () => {
  it.skipIf(!endless)(
    'history and plan --journal /dev/zero: exit 2 (the path given is wrong), one line, nothing read',
    () => {
      for (const command of ['history', 'plan']) {
        const r = run([command, '--journal', '/dev/zero']);
        expect([r.code, r.stdout, r.stderr]).toEqual([
          2,
          '',
          'glowplan: the journal /dev/zero is a device, not a file: give a file path for the journal\n',
        ]);
      }
    },
  );

  it.skipIf(!existsSync('/dev/full'))('log --journal /dev/full: refused before it is read; exit 2, one line', () => {
    const r = run(['log', '--journal', '/dev/full', '--skin', 'red']);
    expect([r.code, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toBe('glowplan: the journal /dev/full is not a regular file: give a file path for the journal\n');
  });

  it('the default journal over the limit: exit 1 (nothing the user typed is wrong), one line, the file untouched', () => {
    const folder = join(home.env.XDG_DATA_HOME, 'glowplan');
    mkdirSync(folder, { recursive: true });
    const journal = join(folder, 'journal.jsonl');
    sparse(journal, MAX_JOURNAL_BYTES + 1);
    for (const args of [['history'], ['log', '--skin', 'red']]) {
      const r = run(args);
      expect([r.code, r.stdout]).toEqual([1, '']);
      expect(r.stderr).toBe(
        `glowplan: cannot read the journal ${journal}: it holds more than 64 MB, the most glowplan reads (move it aside to start a new one)\n`,
      );
    }
    expect(statSync(journal).size).toBe(MAX_JOURNAL_BYTES + 1);
    expect(existsSync(`${journal}.lock`)).toBe(false);
    rmSync(journal);
  });
});
