// stdout as the built glowplan writes it: at once to a file, a pipe or /dev/null (no stream set up), through the
// stream where a write would have to wait; a reader that goes away ends the run quietly.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, runBin } from './helpers.js';

const work = mkdtempSync(join(tmpdir(), 'glowplan-stdout-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const ENV = { PATH: process.env.PATH, HOME: '/nonexistent-home', GLOWPLAN_TODAY: '2026-11-24', TZ: 'Europe/London' };
const ARGS = ['week', '--weeks', '520', '--json']; // about 3 MB: more than a pipe holds
const expected = runBin(ARGS).stdout;

const shellCommand = `"${process.execPath}" "${BIN}" ${ARGS.join(' ')}`;
/** Runs glowplan through the shell, with `redirect` after it. */
const shell = (redirect: string) =>
  spawnSync('sh', ['-c', `${shellCommand} ${redirect}`], {
    encoding: 'utf8',
    env: ENV,
    timeout: 30_000,
  });

describe('stdout', () => {
  it('is large enough to fill a pipe', () => {
    expect(expected.length).toBeGreaterThan(1 << 20);
    expect(JSON.parse(expected).weeks).toBe(520);
  });

  it('a file gets every byte', () => {
    const file = join(work, 'week.json');
    const r = shell(`> "${file}"`);
    expect([r.status, r.stderr]).toEqual([0, '']);
    expect(readFileSync(file, 'utf8')).toBe(expected);
  });

  it('/dev/null: exit 0, nothing said', () => {
    const r = shell('> /dev/null');
    expect([r.status, r.stdout, r.stderr]).toEqual([0, '', '']);
  });

  it('a reader that stops early (| head) ends the run quietly with 0', () => {
    const r = spawnSync('bash', ['-c', `${shellCommand} | head -c 10 >/dev/null; echo "\${PIPESTATUS[0]}"`], {
      encoding: 'utf8',
      env: ENV,
      timeout: 30_000,
    });
    expect([r.stdout, r.stderr]).toEqual(['0\n', '']);
  });

  it('a pipe that fills up while the reader waits (non-blocking, as Node makes it) still gets every byte', async () => {
    const child = spawn(process.execPath, [BIN, ...ARGS], { env: ENV, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.pause();
    await new Promise((resolve) => setTimeout(resolve, 300)); // the pipe is full by now
    const chunks: Buffer[] = [];
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    child.stderr.on('data', (c: Buffer) => (stderr += c));
    child.stdout.resume();
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect([code, stderr]).toEqual([0, '']);
    expect(Buffer.concat(chunks).toString('utf8')).toBe(expected);
  });
});

describe('the width of a piped table', () => {
  const widest = (text: string) => Math.max(...text.split('\n').map((l) => [...l].length));
  const week = (env: Record<string, string> = {}) => runBin(['week', '--no-input'], { env });
  it('natural width without COLUMNS: one line a day, wider than a terminal', () => {
    const r = week();
    expect(r.code).toBe(0);
    expect(widest(r.stdout)).toBeGreaterThan(200);
  });
  it('COLUMNS=100: fitted to 100 columns, as on a terminal that wide', () => {
    const r = week({ COLUMNS: '100' });
    expect(r.code).toBe(0);
    expect(widest(r.stdout)).toBeLessThanOrEqual(100);
    expect(widest(r.stdout)).toBeGreaterThan(90);
  });
  it('COLUMNS=60: the list of days a narrow terminal gets', () => {
    const r = week({ COLUMNS: '60' });
    expect(widest(r.stdout)).toBeLessThanOrEqual(60);
    expect(r.stdout).not.toContain('┌');
  });
  it('a COLUMNS that is not a whole number is ignored (natural width)', () => {
    for (const columns of ['abc', '0', '-5', '80.5', ''])
      expect(week({ COLUMNS: columns }).stdout, columns).toBe(week().stdout);
  });
  it('--output fits a table to COLUMNS as well; JSON is never fitted', () => {
    const file = join(work, 'week-columns.txt');
    expect(runBin(['week', '--no-input', '--output', file], { env: { COLUMNS: '100' } }).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(week({ COLUMNS: '100' }).stdout);
    expect(runBin(['week', '--json'], { env: { COLUMNS: '40' } }).stdout).toBe(runBin(['week', '--json']).stdout);
  });
});
