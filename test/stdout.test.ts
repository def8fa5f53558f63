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
