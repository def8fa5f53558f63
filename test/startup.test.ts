// The start-up machinery of bin/glowplan.js, on whichever Node runs the suite: Node's compile cache (22.1 and
// later) or the build's V8 code cache (20), neither of which can crash a run; a missing bundle file named in one
// line; a dist/ swapped by a build while runs start. Uses the built dist/ (npm run build first).
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runBin } from './helpers.js';

const work = mkdtempSync(join(tmpdir(), 'glowplan-startup-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const nodeCompileCache = typeof (Module as { enableCompileCache?: unknown }).enableCompileCache === 'function';

/** A copy of the install (bin and dist) to break. */
function copy(name: string): string {
  const dir = join(work, name);
  cpSync(join(ROOT, 'bin'), join(dir, 'bin'), { recursive: true });
  cpSync(join(ROOT, 'dist'), join(dir, 'dist'), { recursive: true });
  return dir;
}
const ENV = { GLOWPLAN_TODAY: '2026-11-24', XDG_CONFIG_HOME: join(work, 'config'), TZ: 'Europe/London' };
function run(dir: string, args: string[], env: Record<string, string> = {}) {
  return spawnSync(process.execPath, [join(dir, 'bin', 'glowplan.js'), ...args], {
    encoding: 'utf8',
    cwd: work,
    env: { PATH: process.env.PATH, XDG_CACHE_HOME: join(work, 'cache'), ...ENV, ...env },
    timeout: 30_000,
  });
}
const expected = { json: runBin(['week', '--json']).stdout, table: runBin(['week']).stdout };

describe.skipIf(nodeCompileCache)('Node 20: the build-time code cache', () => {
  it('a cache damaged in place (same length, valid header) never reaches V8 (its CRC fails): same output', () => {
    const dir = copy('damaged');
    for (const name of ['glowplan.js.cache', 'chunks/render-table.js.cache']) {
      const file = join(dir, 'dist', name);
      const data = readFileSync(file);
      for (let i = data.length >> 1; i < (data.length >> 1) + 256; i++) data[i] = data[i]! ^ 0x5a;
      writeFileSync(file, data);
    }
    const r = run(dir, ['week'], { GLOWPLAN_DEBUG_CODE_CACHE: '1' });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('code cache: rejected\ncode cache (render-table.js): rejected\n');
    expect(r.stdout).toBe(expected.table);
  });

  it('an intact cache is used', () => {
    const r = runBin(['week'], { env: { GLOWPLAN_DEBUG_CODE_CACHE: '1' } });
    expect(r.stderr).toBe('code cache: used\ncode cache (render-table.js): used\n');
  });
});

describe.skipIf(!nodeCompileCache)("Node 22.1 and later: Node's compile cache", () => {
  it('is kept in $XDG_CACHE_HOME/glowplan, and used on the next run with the same output', () => {
    const cache = join(work, 'xdg-cache');
    const first = run(ROOT, ['week', '--json'], { XDG_CACHE_HOME: cache });
    expect([first.status, first.stderr, first.stdout]).toEqual([0, '', expected.json]);
    const entries = readdirSync(join(cache, 'glowplan'), { recursive: true });
    expect(entries.length).toBeGreaterThan(1);
    const again = run(ROOT, ['week', '--json'], { XDG_CACHE_HOME: cache, NODE_DEBUG_NATIVE: 'COMPILE_CACHE' });
    expect(again.status).toBe(0);
    expect(again.stderr).toMatch(/dist\/glowplan\.js was accepted/);
    expect(again.stdout).toBe(expected.json);
  });

  it('turned off (NODE_DISABLE_COMPILE_CACHE=1): nothing written, same output', () => {
    const cache = join(work, 'off-cache');
    const r = run(ROOT, ['week', '--json'], { XDG_CACHE_HOME: cache, NODE_DISABLE_COMPILE_CACHE: '1' });
    expect([r.status, r.stderr, r.stdout]).toEqual([0, '', expected.json]);
    expect(existsSync(join(cache, 'glowplan'))).toBe(false);
  });

  it('a cache folder that cannot be made changes nothing but speed', () => {
    const file = join(work, 'not-a-folder');
    writeFileSync(file, '');
    const r = run(ROOT, ['week', '--json'], { XDG_CACHE_HOME: file });
    expect([r.status, r.stderr, r.stdout]).toEqual([0, '', expected.json]);
  });

  it('damaged cache entries are rejected by Node (checksummed), not fatal', () => {
    const cache = join(work, 'damaged-cache');
    run(ROOT, ['week'], { XDG_CACHE_HOME: cache });
    const walk = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
      );
    for (const file of walk(cache)) {
      const data = readFileSync(file);
      for (let i = data.length >> 1; i < Math.min(data.length, (data.length >> 1) + 256); i++)
        data[i] = data[i]! ^ 0x5a;
      writeFileSync(file, data);
    }
    const r = run(ROOT, ['week'], { XDG_CACHE_HOME: cache });
    expect([r.status, r.stderr, r.stdout]).toEqual([0, '', expected.table]);
  });
});

describe('a missing bundle file', () => {
  it('a missing lazy chunk: one line naming it and saying to build, exit 1, nothing on stdout', () => {
    const dir = copy('no-chunk');
    rmSync(join(dir, 'dist', 'chunks', 'render-table.js'));
    const r = run(dir, ['week']);
    expect([r.status, r.stdout]).toEqual([1, '']);
    expect(r.stderr).toBe(
      'glowplan: dist/chunks/render-table.js is missing: run `npm run build` (or `npm install`) first\n',
    );
    // Commands that do not need it still run.
    expect(run(dir, ['week', '--json']).stdout).toBe(expected.json);
  });

  it('no dist/ at all: the same line for dist/glowplan.js', () => {
    const dir = copy('no-dist');
    rmSync(join(dir, 'dist'), { recursive: true });
    const r = run(dir, ['week']);
    expect([r.status, r.stdout, r.stderr]).toEqual([
      1,
      '',
      'glowplan: dist/glowplan.js is missing: run `npm run build` (or `npm install`) first\n',
    ]);
  });
});

describe('a build swapping dist/ while runs start', () => {
  it('every run succeeds with the same output (the instant with no dist/ is waited out)', async () => {
    const dir = copy('swapping');
    cpSync(join(dir, 'dist'), join(dir, 'dist.next'), { recursive: true });
    // The build's swap, over and over: the old dist/ aside, the new one in (scripts/build.mjs), with the instant
    // between the two renames drawn out to 3 ms, half of the time.
    const swapper = spawn(
      process.execPath,
      [
        '-e',
        `const { renameSync } = require('node:fs'); const d = ${JSON.stringify(dir)};
         const pause = (ms) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
         for (;;) { renameSync(d + '/dist', d + '/dist.old'); pause(3); renameSync(d + '/dist.next', d + '/dist');
                    renameSync(d + '/dist.old', d + '/dist.next'); pause(3); }`,
      ],
      { stdio: 'ignore' },
    );
    try {
      for (let i = 0; i < 12; i++) {
        const r = run(dir, ['week']);
        expect([r.status, r.stderr], `run ${i}`).toEqual([0, '']);
        expect(r.stdout).toBe(expected.table);
      }
    } finally {
      swapper.kill();
    }
    expect(existsSync(dir)).toBe(true);
  }, 60_000);
});
