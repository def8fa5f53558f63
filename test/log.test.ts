// glowplan log and the journal file, end to end with the built bin: appends, amendments, clears, concurrent
// writers, a torn last line, files that cannot be written, and what plan/week/history read back.
import { spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { addDays } from '../src/domain/dates.js';
import { BIN, ROOT, homeMaker, runBin, runInProcess } from './helpers.js';

const root = mkdtempSync(join(tmpdir(), 'glowplan-log-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const freshHome = homeMaker(root);
/** A fresh home; the journal's default path under it. */
function home() {
  const h = freshHome();
  return { ...h, journal: join(h.dir, 'data', 'glowplan', 'journal.jsonl') };
}
const lines = (path: string) =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l !== '');
const records = (path: string) => lines(path).map((l) => JSON.parse(l) as Record<string, unknown>);
const oneLine = (stderr: string) => expect(stderr.trim().split('\n')).toHaveLength(1);

describe('glowplan log', () => {
  it('today, both routines done by default: one line appended, confirmation on stderr, nothing on stdout', () => {
    const h = home();
    const r = runBin(['log', '--skin', 'red', '--note', 'stung a bit'], { env: h.env });
    expect([r.code, r.stdout]).toEqual([0, '']);
    expect(r.stderr).toBe(`Logged 2 Dec 2026: morning done, evening done, skin red, a note (${h.journal})\n`);
    const [record] = records(h.journal);
    expect(record).toMatchObject({
      schemaVersion: 1,
      date: '2026-12-02',
      am: 'done',
      pm: 'done',
      skin: ['red'],
      note: 'stung a bit',
    });
    expect(record!.loggedAt).toMatch(/^2026-12-02T12:00:00[+-]\d{2}:\d{2}$/);
    expect(record!.planned).toEqual({
      mask: null,
      am: ['vitamin-c', 'niacinamide', 'hyaluronic-acid'],
      pm: ['niacinamide', 'hyaluronic-acid'],
    });
    // Private: the folder 0700, the file 0600.
    expect(statSync(join(h.dir, 'data', 'glowplan')).mode & 0o777).toBe(0o700);
    expect(statSync(h.journal).mode & 0o777).toBe(0o600);
  });

  it('the record keeps the plan of that day from the profile in effect (a mask night with a clay mask)', () => {
    const h = home();
    mkdirSync(join(h.dir, 'config', 'glowplan'), { recursive: true });
    writeFileSync(
      join(h.dir, 'config', 'glowplan', 'profile.json'),
      '{"masks":["clay"],"serums":["retinol"],"masksPerWeek":3}\n',
    );
    const week = JSON.parse(runBin(['week', '--json', '--start', '2026-11-23', '--no-journal'], { env: h.env }).stdout);
    const maskNight = week.days.find((d: { mask: unknown }) => d.mask !== null);
    const r = runBin(['log', '--date', maskNight.date, '--json'], { env: h.env });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).record.planned.mask).toBe('clay');
    // Changing the profile later leaves the copy alone, and an amendment carries the copy forward.
    writeFileSync(join(h.dir, 'config', 'glowplan', 'profile.json'), '{"masks":["sheet"],"serums":["vitamin-c"]}\n');
    runBin(['log', '--date', maskNight.date, '--skin', 'dry'], { env: h.env });
    expect(records(h.journal).map((x) => (x.planned as { mask: string }).mask)).toEqual(['clay', 'clay']);
  });

  it('--json prints the record written and the day it makes; it validates against the log schema fields', () => {
    const h = home();
    const r = runBin(['log', '--date', '2026-11-30', '--am', 'skipped', '--json'], { env: h.env });
    const doc = JSON.parse(r.stdout);
    expect(doc).toMatchObject({ schemaVersion: 1, command: 'log', journal: h.journal });
    expect(doc.record).toEqual(records(h.journal)[0]);
    expect(doc.day).toMatchObject({ date: '2026-11-30', am: 'skipped', pm: 'done', skin: [] });
  });

  it('a second log amends the day (new line; later fields win); --clear forgets it (new line); nothing rewritten', () => {
    const h = home();
    runBin(['log', '--date', '2026-11-30', '--skin', 'good', '--note', 'fine'], { env: h.env });
    const first = readFileSync(h.journal, 'utf8');
    const amend = runBin(['log', '--date', '2026-11-30', '--pm', 'skipped', '--json'], { env: h.env });
    expect(amend.stderr).toMatch(/^Amended 30 Nov 2026: evening skipped \(/);
    // The amendment gives only what was asked: the morning stays as logged.
    expect(JSON.parse(amend.stdout).record).not.toHaveProperty('am');
    expect(JSON.parse(amend.stdout).day).toMatchObject({ am: 'done', pm: 'skipped', skin: ['good'], note: 'fine' });
    expect(readFileSync(h.journal, 'utf8').startsWith(first)).toBe(true);
    const clear = runBin(['log', '--date', '2026-11-30', '--clear'], { env: h.env });
    expect([clear.code, clear.stderr]).toEqual([0, `Cleared 30 Nov 2026 (${h.journal})\n`]);
    expect(records(h.journal).map((x) => x.clear ?? null)).toEqual([null, null, true]);
    const hist = JSON.parse(runBin(['history', '--json'], { env: h.env }).stdout);
    expect(hist.days.find((d: { date: string }) => d.date === '2026-11-30').status).toBe('not-logged');
    // Clearing a day with nothing logged writes nothing.
    const nothing = runBin(['log', '--date', '2026-11-29', '--clear'], { env: h.env });
    expect([nothing.code, nothing.stderr]).toEqual([0, 'Nothing is logged for 29 Nov 2026: nothing to clear\n']);
    expect(lines(h.journal)).toHaveLength(3);
  });

  it.each([
    [
      ['--date', '2026-12-03'],
      /^glowplan: --date 2026-12-03 is in the future: log today \(2026-12-02\) or an earlier day$/,
    ],
    [['--am', 'yes'], /^glowplan: --am "yes" is not known: use one of done, skipped/],
    [
      ['--skin', 'itchy'],
      /^glowplan: --skin "itchy" is not known: use one of good, dry, oily, red, stinging, peeling, breakout/,
    ],
    [['--skin', 'stingin'], /\(did you mean "stinging"\?\)$/],
    [['--note', 'x'.repeat(501)], /^glowplan: --note is 501 characters long: a note may be at most 500 characters$/],
    [['--clear', '--pm', 'done'], /^glowplan: --clear takes no --pm/],
    [['--date', '2026-02-30'], /^glowplan: --date "2026-02-30" is not a calendar date/],
  ])('bad input %j: exit 2, one line, nothing on stdout, nothing written', (args, message) => {
    const h = home();
    const r = runBin(['log', ...args], { env: h.env });
    expect([r.code, r.stdout]).toEqual([2, '']);
    oneLine(r.stderr);
    expect(r.stderr.trim()).toMatch(message);
    expect(existsSync(h.journal)).toBe(false);
  });

  it('a plain log of a day already logged changes nothing: no line written, the day shown, how to amend it', () => {
    const h = home();
    expect(runBin(['log', '--skin', 'red'], { env: h.env }).code).toBe(0);
    const r = runBin(['log'], { env: h.env });
    expect([r.code, r.stdout]).toEqual([0, '']);
    expect(r.stderr).toBe(
      `Already logged 2 Dec 2026: morning done, evening done, skin red (${h.journal})\n` +
        'Nothing changed: --am, --pm, --skin or --note amend the day, --clear removes it\n',
    );
    expect(lines(h.journal)).toHaveLength(1);
    const json = runBin(['log', '--json'], { env: h.env });
    const doc = JSON.parse(json.stdout) as { record: unknown; day: Record<string, unknown> };
    expect(doc.record).toBeNull();
    expect(doc.day).toMatchObject({ date: '2026-12-02', am: 'done', pm: 'done', skin: ['red'] });
    expect(lines(h.journal)).toHaveLength(1);
    // Saying something new still amends it.
    expect(runBin(['log', '--pm', 'skipped'], { env: h.env }).stderr).toMatch(/^Amended 2 Dec 2026: evening skipped /);
    expect(lines(h.journal)).toHaveLength(2);
  });

  it('--journal writes where it says; the default journal is left alone', () => {
    const h = home();
    const path = join(h.dir, 'elsewhere', 'my.jsonl');
    mkdirSync(join(h.dir, 'elsewhere'));
    const r = runBin(['log', '--journal', path], { env: h.env });
    expect(r.code).toBe(0);
    expect(lines(path)).toHaveLength(1);
    expect(existsSync(h.journal)).toBe(false);
    const hist = JSON.parse(runBin(['history', '--journal', path, '--json'], { env: h.env }).stdout);
    expect(hist.logged).toBe(1);
  });
});

describe('the journal file', () => {
  it('20 log processes at once: 20 whole lines, none lost, none interleaved', async () => {
    const h = home();
    const note = (i: number) => `writer ${i} `.padEnd(480, String.fromCharCode(97 + (i % 26)));
    const run = (i: number) =>
      new Promise<string>((resolve) => {
        const child = spawn(
          process.execPath,
          [BIN, 'log', '--date', addDays('2026-12-02', -i), '--note', note(i), '--skin', 'good'],
          { cwd: ROOT, env: { PATH: process.env.PATH, HOME: h.dir, TZ: 'Europe/London', ...h.env } },
        );
        let stderr = '';
        child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
        child.on('close', (code) => resolve(`${code} ${stderr.startsWith('Logged') ? 'Logged' : stderr}`));
      });
    const codes = await Promise.all(Array.from({ length: 20 }, (_, i) => run(i)));
    expect(codes).toEqual(Array(20).fill('0 Logged'));
    const got = records(h.journal);
    expect(got).toHaveLength(20);
    expect(new Set(got.map((r) => r.note))).toEqual(new Set(Array.from({ length: 20 }, (_, i) => note(i))));
    expect(existsSync(`${h.journal}.lock`)).toBe(false);
  }, 60_000);

  it('a torn last line: reported once with its number, kept, and the next record starts on a fresh line', () => {
    const h = home();
    runBin(['log', '--date', '2026-11-29'], { env: h.env });
    const torn = '{"schemaVersion":1,"date":"2026-11-30","am":"do';
    writeFileSync(h.journal, readFileSync(h.journal, 'utf8') + torn);
    const r = runBin(['log', '--date', '2026-11-30', '--skin', 'dry'], { env: h.env });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(
      `glowplan: journal ${h.journal} line 2: an unfinished last line (not valid JSON); skipped (the line stays in the file)\n`,
    );
    const text = readFileSync(h.journal, 'utf8');
    expect(text.split('\n')[1]).toBe(torn);
    expect(JSON.parse(text.split('\n')[2]!)).toMatchObject({ date: '2026-11-30', skin: ['dry'] });
    const hist = runBin(['history', '--json'], { env: h.env });
    expect(hist.stderr.match(/line 2/g)).toHaveLength(1);
    expect(JSON.parse(hist.stdout).logged).toBe(2);
  });

  it('a line edited by hand into nonsense is reported and skipped by plan, week and history; never removed', () => {
    const h = home();
    mkdirSync(join(h.dir, 'data', 'glowplan'), { recursive: true });
    const text =
      '{"schemaVersion":1,"date":"2026-11-30","loggedAt":"2026-11-30T21:00:00Z","am":"done","pm":"done"}\n' +
      '{"schemaVersion":1,"date":"2026-11-31","loggedAt":"2026-11-30T21:00:00Z"}\n';
    writeFileSync(h.journal, text);
    for (const argv of [
      ['plan', '--json'],
      ['week', '--json'],
      ['history', '--json'],
    ]) {
      const r = runBin(argv, { env: h.env });
      expect(r.code).toBe(0);
      expect(r.stderr).toBe(
        `glowplan: journal ${h.journal} line 2: date must be a calendar date YYYY-MM-DD, got "2026-11-31"; skipped (the line stays in the file)\n`,
      );
      expect(() => JSON.parse(r.stdout)).not.toThrow();
    }
    expect(readFileSync(h.journal, 'utf8')).toBe(text);
    // --no-journal does not read it at all.
    expect(runBin(['plan', '--json', '--no-journal'], { env: h.env }).stderr).toBe('');
  });

  it('a journal whose parent is a file cannot be written: exit 1, one line, nothing created', () => {
    const h = home();
    writeFileSync(join(h.dir, 'plain'), 'x');
    const r = runBin(['log', '--journal', join(h.dir, 'plain', 'j.jsonl')], { env: h.env });
    expect([r.code, r.stdout]).toEqual([1, '']);
    oneLine(r.stderr);
    expect(r.stderr.trim()).toMatch(/^glowplan: cannot write the journal .*j\.jsonl: .*\/plain is not a folder$/);
    expect(readFileSync(join(h.dir, 'plain'), 'utf8')).toBe('x');
  });

  it('--journal in a folder that does not exist: exit 1, one line naming the folder, no folder made', () => {
    const h = home();
    const path = join(h.dir, 'no', 'such', 'j.jsonl');
    const r = runBin(['log', '--journal', path, '--skin', 'red'], { env: h.env });
    expect([r.code, r.stdout]).toEqual([1, '']);
    expect(r.stderr).toBe(
      `glowplan: cannot write the journal ${path}: the folder ${join(h.dir, 'no', 'such')} does not exist\n`,
    );
    expect(existsSync(join(h.dir, 'no'))).toBe(false);
    expect(existsSync(join(h.dir, 'data'))).toBe(false);
  });

  it('the default journal in a folder that cannot be made (under /proc): exit 1, one line', () => {
    const h = home();
    const r = runBin(['log'], { env: { ...h.env, XDG_DATA_HOME: '/proc/glowplan-test' } });
    expect(r.code).toBe(1);
    oneLine(r.stderr);
    expect(r.stderr.trim()).toBe(
      'glowplan: cannot write the journal /proc/glowplan-test/glowplan/journal.jsonl: cannot create the folder /proc/glowplan-test/glowplan',
    );
  });

  it('a journal that is a folder: plan says so and exits 2 (given with --journal)', () => {
    const h = home();
    mkdirSync(join(h.dir, 'j.jsonl'));
    const r = runBin(['plan', '--journal', join(h.dir, 'j.jsonl')], { env: h.env });
    expect([r.code, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toBe(`glowplan: the journal ${join(h.dir, 'j.jsonl')} is a folder, not a file\n`);
  });

  it('a journal that is not a regular file (a device, a pipe) is refused before anything is asked or written', async () => {
    const h = home();
    const refused = (path: string) =>
      `glowplan: the journal ${path} is not a regular file: give a file path for the journal\n`;
    // On a terminal, log would ask: the refusal comes first.
    const asked = await runInProcess(['log', '--journal', '/dev/null'], { tty: true, env: h.env });
    expect(asked).toEqual({ code: 2, stdout: '', stderr: refused('/dev/null') });
    expect(existsSync('/dev/null.lock')).toBe(false);
    for (const path of ['/dev/null', '/dev/zero']) {
      const r = runBin(['log', '--journal', path, '--skin', 'red'], { env: h.env });
      expect(r).toEqual({ code: 2, stdout: '', stderr: refused(path) });
      expect(existsSync(`${path}.lock`)).toBe(false);
    }
    const fifo = join(h.dir, 'pipe');
    if (spawnSync('mkfifo', [fifo]).status === 0)
      expect(runBin(['log', '--journal', fifo], { env: h.env })).toEqual({
        code: 2,
        stdout: '',
        stderr: refused(fifo),
      });
    // The default journal, linked to /dev/null: a failure (exit 1), not a bad flag.
    mkdirSync(join(h.dir, 'data', 'glowplan'), { recursive: true });
    symlinkSync('/dev/null', h.journal);
    const r = runBin(['log'], { env: h.env });
    expect(r).toEqual({ code: 1, stdout: '', stderr: refused(h.journal) });
  });

  it('a lock left by a process that is gone is taken over', () => {
    const h = home();
    mkdirSync(join(h.dir, 'data', 'glowplan'), { recursive: true });
    writeFileSync(`${h.journal}.lock`, '999999999 0 stale\n');
    const r = runBin(['log'], { env: h.env });
    expect(r.code).toBe(0);
    expect(lines(h.journal)).toHaveLength(1);
    expect(existsSync(`${h.journal}.lock`)).toBe(false);
  });

  // Root writes to read-only files, so this means something only for other users.
  it.skipIf(process.getuid?.() === 0)('a read-only journal: exit 1, one line, the file unchanged', () => {
    const h = home();
    runBin(['log', '--date', '2026-11-30'], { env: h.env });
    const before = readFileSync(h.journal, 'utf8');
    chmodSync(h.journal, 0o400);
    const r = runBin(['log'], { env: h.env });
    chmodSync(h.journal, 0o600);
    expect(r.code).toBe(1);
    oneLine(r.stderr);
    expect(r.stderr.trim()).toMatch(/^glowplan: cannot write the journal .*: permission denied$/);
    expect(readFileSync(h.journal, 'utf8')).toBe(before);
  });
});

describe('plan, week and batch with the journal', () => {
  it('--journal and --no-journal are offered by plan and week; a missing journal is simply empty', async () => {
    for (const cmd of ['plan', 'week']) {
      const help = await runInProcess([cmd, '--help']);
      expect(help.stdout).toContain('--journal <path>');
      expect(help.stdout).toContain('--no-journal');
      const r = await runInProcess([cmd, '--json', '--journal', join(root, 'missing.jsonl')]);
      expect([r.code, r.stderr]).toEqual([0, '']);
    }
  });

  it('reading, /dev/null is an empty journal; another device is refused (exit 2) before it is read', async () => {
    for (const cmd of ['plan', 'week', 'history']) {
      const empty = await runInProcess([cmd, '--json', '--journal', '/dev/null']);
      expect([empty.code, empty.stderr]).toEqual([0, '']);
      const zero = await runInProcess([cmd, '--json', '--journal', '/dev/zero']);
      expect(zero).toEqual({
        code: 2,
        stdout: '',
        stderr: 'glowplan: the journal /dev/zero is a device, not a file: give a file path for the journal\n',
      });
    }
  });

  it('--batch refuses --journal (each line carries its own)', async () => {
    const r = await runInProcess(['week', '--batch', '-', '--journal', join(root, 'j.jsonl')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--batch never reads the journal file/);
  });

  it("a batch line with journal records plans; a bad record becomes that line's error, naming the field", () => {
    const input = [
      JSON.stringify({ id: 'ok', journal: [{ schemaVersion: 1, date: '2026-11-23', skin: ['red'] }] }),
      JSON.stringify({ id: 'bad', journal: [{ schemaVersion: 1, date: '2026-11-23', skin: ['itchy'] }] }),
      JSON.stringify({ id: 'notlist', journal: {} }),
      JSON.stringify({ id: 'noversion', journal: [{ date: '2026-11-23', skin: ['red'] }] }),
    ].join('\n');
    const r = runBin(['week', '--batch', '-'], { input, env: { XDG_DATA_HOME: join(root, 'never') } });
    const out = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(out[0]).toMatchObject({ id: 'ok', command: 'week' });
    expect(out[1].error).toEqual({
      code: 'invalid-field',
      message: 'journal[0]: skin[0] "itchy" is not known: use one of good, dry, oily, red, stinging, peeling, breakout',
      field: 'journal[0].skin[0]',
    });
    expect(out[2].error).toMatchObject({ code: 'invalid-field', field: 'journal' });
    expect(out[3].error).toEqual({
      code: 'invalid-field',
      message: 'journal[0]: schemaVersion is missing: it must be 1',
      field: 'journal[0].schemaVersion',
    });
    expect(existsSync(join(root, 'never'))).toBe(false);
  });
});
