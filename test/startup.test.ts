// The start-up machinery of bin/glowplan.js, on whichever Node runs the suite: the V8 code caches (the build's, for
// the Node that ran the build, and the one a run makes for any other Node), none of which can crash a run; a missing
// bundle file named in one line; a dist/ swapped by a build while runs start. Uses the built dist/ (npm run build
// first).
import { spawn, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runBin } from './helpers.js';

const work = mkdtempSync(join(tmpdir(), 'glowplan-startup-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

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

/** The header line of a cache file's content. */
const headerLine = (bytes: Buffer) => bytes.toString('latin1', 0, 300).split('\n')[0]!;
/** The header line of a cache file. */
const headerOf = (file: string) => headerLine(readFileSync(file));
/** True when the build's code cache is for this Node (the build ran on it): then runs use it. */
const buildCacheHere = (() => {
  try {
    return headerOf(join(ROOT, 'dist', 'glowplan.js.cache')).includes(` ${process.versions.v8} ${process.arch} `);
  } catch {
    return false;
  }
})();

/** Flips 256 bytes in the middle of a file (same length: V8 alone would not notice). */
function damage(file: string) {
  const data = readFileSync(file);
  for (let i = data.length >> 1; i < Math.min(data.length, (data.length >> 1) + 256); i++) data[i] = data[i]! ^ 0x5a;
  writeFileSync(file, data);
}

describe.skipIf(!buildCacheHere)("the build's code cache (on the Node that ran the build)", () => {
  it('a cache damaged in place (same length, valid header) never reaches V8 (its checksum fails): same output', () => {
    const dir = copy('damaged');
    for (const name of ['glowplan.js.cache', 'chunks/render-table.js.cache']) damage(join(dir, 'dist', name));
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

describe('bundle files', () => {
  it('are ASCII, as bin/glowplan.js reads them (latin1): a table still draws its boxes and arrows', () => {
    const files = [
      'glowplan.js',
      ...readdirSync(join(ROOT, 'dist', 'chunks'))
        .filter((f) => f.endsWith('.js'))
        .map((f) => join('chunks', f)),
    ];
    for (const file of files)
      expect(
        readFileSync(join(ROOT, 'dist', file)).some((byte) => byte > 0x7f),
        file,
      ).toBe(false);
    expect(expected.table).toContain('┌');
    expect(expected.table).toContain(' → ');
  });
});

describe('the code cache a Node without one from the build makes at run time', () => {
  /** A copy of the install without the build's caches, and a fresh cache folder. */
  const fresh = (name: string) => {
    const dir = copy(name);
    for (const file of readdirSync(join(dir, 'dist'), { recursive: true, encoding: 'utf8' }))
      if (file.endsWith('.cache')) rmSync(join(dir, 'dist', file));
    return { dir, cache: join(work, `${name}-cache`) };
  };
  const debug = { GLOWPLAN_DEBUG_CODE_CACHE: '1' };
  const caches = (cache: string) => readdirSync(join(cache, 'glowplan')).filter((f) => f.endsWith('.cache'));

  it('is made in $XDG_CACHE_HOME/glowplan by the first run and used by the next, with the same output', () => {
    const { dir, cache } = fresh('run-cache');
    const first = run(dir, ['week', '--json'], { ...debug, XDG_CACHE_HOME: cache });
    expect([first.status, first.stderr, first.stdout]).toEqual([0, 'code cache: none\n', expected.json]);
    const [file] = caches(cache);
    expect(file).toMatch(new RegExp(`^glowplan\\.js-[0-9a-f]{24}-${process.versions.v8.replace(/\./g, '\\.')}-`));
    const again = run(dir, ['week', '--json'], { ...debug, XDG_CACHE_HOME: cache });
    expect([again.status, again.stderr, again.stdout]).toEqual([0, 'code cache: used\n', expected.json]);
    // The table renderer's chunk gets its own on first use.
    expect(run(dir, ['week'], { ...debug, XDG_CACHE_HOME: cache }).stderr).toBe(
      'code cache: used\ncode cache (render-table.js): none\n',
    );
    const table = run(dir, ['week'], { ...debug, XDG_CACHE_HOME: cache });
    expect([table.stderr, table.stdout]).toEqual([
      'code cache: used\ncode cache (render-table.js): used\n',
      expected.table,
    ]);
  });

  it("a long batch sets V8's collector flags back before its cache is made: the next batch uses it", () => {
    // A batch of a few hundred lines grows V8's young generation to the cap, where its growth factor is set to 1; V8
    // checks a cache made at exit against its flags, so one made with the factor still at 1 would be rejected.
    const { dir, cache } = fresh('run-cache-long-batch');
    const batch = join(work, 'long-batch.jsonl');
    const skins = ['oily', 'dry', 'normal', 'combination', 'sensitive'];
    const lines = Array.from({ length: 600 }, (_, i) =>
      JSON.stringify({
        id: i,
        skin: skins[i % skins.length],
        serums: i % 3 ? ['retinol', 'niacinamide'] : ['vitamin-c', 'aha'],
        start: `2026-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
      }),
    );
    writeFileSync(batch, `${lines.join('\n')}\n`);
    // Written to files: the records (3 MB) are more than spawnSync takes from a pipe.
    const records = [join(work, 'long-batch-1.jsonl'), join(work, 'long-batch-2.jsonl')];
    const batchRun = (out: string) =>
      run(dir, ['week', '--batch', batch, '--output', out], { ...debug, XDG_CACHE_HOME: cache });
    const wrote = (out: string) => `Wrote 600 week results (JSON Lines) to ${out}\n`;
    const first = batchRun(records[0]!);
    expect([first.status, first.stderr]).toEqual([
      0,
      `code cache: none\ncode cache (batch-batch.js): none\n${wrote(records[0]!)}`,
    ]);
    const again = batchRun(records[1]!);
    expect([again.status, again.stderr]).toEqual([
      0,
      `code cache: used\ncode cache (batch-batch.js): used\n${wrote(records[1]!)}`,
    ]);
    expect(readFileSync(records[1]!, 'utf8')).toBe(readFileSync(records[0]!, 'utf8'));
    expect(readFileSync(records[0]!, 'utf8').split('\n')).toHaveLength(601);
  });

  /**
   * The fields of a cache file's header after the key (the bundle's id line, V8 and CPU): the checksum, the
   * generation (how many runs have made it; '4': settled, only read from then on) and the mark.
   */
  const fieldsOf = (bytes: Buffer) => {
    const [sum, generation, mark] = headerLine(bytes).trimEnd().split(' ').slice(5);
    return { sum, generation, mark };
  };
  const generation = (bytes: Buffer) => fieldsOf(bytes).generation;

  it('each kind of run makes its own when it succeeds; the next runs settle it; from then on it is only read', () => {
    const { dir, cache } = fresh('run-cache-commands');
    const batch = join(work, 'one-profile.jsonl');
    writeFileSync(batch, '{"skin":"oily","serums":["niacinamide"]}\n');
    const files = () =>
      Object.fromEntries(
        caches(cache).map((f) => [
          f.replace(new RegExp(`-[0-9a-f]{24}-.*-${process.arch}-([\\w-]+)\\.cache$`), ' $1'),
          readFileSync(join(cache, 'glowplan', f)),
        ]),
      );
    run(dir, ['week', '--json'], { XDG_CACHE_HOME: cache });
    expect(Object.keys(files())).toEqual(['glowplan.js week']);
    const week = files()['glowplan.js week']!;
    expect(generation(week)).toBe('1');
    // Spaces end the header line at a multiple of 8 bytes: the cache after it is aligned as V8 wants it (no copy).
    const header = headerOf(join(cache, 'glowplan', caches(cache)[0]!));
    expect((header.length + 1) % 8).toBe(0);
    // Another command, a help run (of any command), a batch: each its own (read by its runs alone), and the first one
    // is left as it was.
    run(dir, ['compare', '--json'], { XDG_CACHE_HOME: cache });
    run(dir, ['--help'], { XDG_CACHE_HOME: cache });
    run(dir, ['week', '--help'], { XDG_CACHE_HOME: cache });
    expect(run(dir, ['week', '--batch', batch], { XDG_CACHE_HOME: cache }).status).toBe(0);
    expect(Object.keys(files()).sort()).toEqual([
      'batch-batch.js week-batch',
      'glowplan.js compare',
      'glowplan.js help',
      'glowplan.js week',
      'glowplan.js week-batch',
    ]);
    expect(files()['glowplan.js week']!.equals(week)).toBe(true);
    expect(files()['glowplan.js compare']!.length).toBeLessThan(week.length);
    // A run that fails (a typo for a command, a bad option) makes none.
    expect(run(dir, ['wek'], { XDG_CACHE_HOME: cache }).status).toBe(2);
    expect(run(dir, ['plan', '--date', 'soon'], { XDG_CACHE_HOME: cache }).status).toBe(2);
    expect(Object.keys(files())).toHaveLength(5);
    // The table: its chunk's cache is made, and the core's again, so that it holds the table's functions too.
    run(dir, ['week'], { XDG_CACHE_HOME: cache });
    expect(Object.keys(files())).toContain('render-table.js week');
    expect(files()['glowplan.js week']!.length).toBeGreaterThan(week.length);
    // The next runs of each kind make its cache again until it settles (three more runs at most) ...
    const kinds = [['week'], ['week', '--json'], ['compare', '--json'], ['--help'], ['week', '--batch', batch]];
    for (let i = 0; i < 3; i++) for (const args of kinds) run(dir, args, { XDG_CACHE_HOME: cache });
    const settled = files();
    expect(Object.keys(settled)).toHaveLength(6);
    for (const [name, bytes] of Object.entries(settled)) expect(generation(bytes), name).toBe('4');
    // ... and from then on no run of these writes one.
    for (const args of kinds) run(dir, args, { XDG_CACHE_HOME: cache });
    const now = files();
    for (const name of Object.keys(settled)) expect(now[name]!.equals(settled[name]!), name).toBe(true);
  });

  it("a cache made by a run that went only part of a command's way grows with the next runs, then settles", () => {
    const { dir, cache } = fresh('run-cache-grows');
    const folder = join(cache, 'glowplan');
    run(dir, ['compare', '--json'], { XDG_CACHE_HOME: cache });
    const [compare] = caches(cache);
    // A `week` cache holding only what `compare` calls, as a first `week` run that went a short way would leave it.
    const weekFile = join(folder, compare!.replace(/-compare\.cache$/, '-week.cache'));
    renameSync(join(folder, compare!), weekFile);
    const partial = readFileSync(weekFile);
    const r = run(dir, ['week', '--json'], { ...debug, XDG_CACHE_HOME: cache });
    expect([r.status, r.stderr, r.stdout]).toEqual([0, 'code cache: used\n', expected.json]);
    const grown = readFileSync(weekFile);
    expect(grown.length).toBeGreaterThan(partial.length * 1.2);
    expect(generation(grown)).toBe('2');
    // The next run adds less than 1/64: settled; then the file is only read.
    expect(run(dir, ['week', '--json'], { XDG_CACHE_HOME: cache }).stdout).toBe(expected.json);
    const settled = readFileSync(weekFile);
    expect(generation(settled)).toBe('4');
    expect(Math.abs(settled.length - grown.length)).toBeLessThan(grown.length / 64);
    run(dir, ['week', '--json'], { XDG_CACHE_HOME: cache });
    expect(readFileSync(weekFile).equals(settled)).toBe(true);
    // A header with no generation (written before there were any) counts as a first one: made again, and settled.
    const head = headerOf(weekFile);
    const unmarked = Buffer.from(settled);
    unmarked.write(
      head.replace(/ 4 \d+(\s*)$/, (found, pad: string) => ' '.repeat(found.length - pad.length) + pad),
      0,
      'latin1',
    );
    writeFileSync(weekFile, unmarked);
    const again = run(dir, ['week', '--json'], { ...debug, XDG_CACHE_HOME: cache });
    expect([again.status, again.stderr, again.stdout]).toEqual([0, 'code cache: used\n', expected.json]);
    expect(generation(readFileSync(weekFile))).toBe('4');
  });

  it('writing one removes cache files this run does not use once 30 days old (a day for a temporary file)', () => {
    const { dir, cache } = fresh('run-cache-prune');
    const folder = join(cache, 'glowplan');
    mkdirSync(folder, { recursive: true });
    const old = (Date.now() - 31 * 86_400_000) / 1000;
    const files = {
      // An older build's caches: 31 days old (removed) and 2 days old (kept).
      'glowplan.js-0123456789abcdef01234567-12.4.254.21-node.57-x64-week.cache': old,
      'render-table.js-0123456789abcdef01234567-12.4.254.21-node.57-x64-week.cache':
        (Date.now() - 2 * 86_400_000) / 1000,
      // An interrupted write two days ago (removed), and files of other names (never touched).
      'glowplan.js-0123456789abcdef01234567-12.4.254.21-node.57-x64-plan.cache.4242.tmp':
        (Date.now() - 2 * 86_400_000) / 1000,
      'notes.txt': old,
      'glowplan.js.cache': old,
    };
    for (const [name, time] of Object.entries(files)) {
      writeFileSync(join(folder, name), 'x');
      utimesSync(join(folder, name), time, time);
    }
    // This build's cache for `week`, made now and then aged: in use by the next run, so it stays.
    run(dir, ['week', '--json'], { XDG_CACHE_HOME: cache });
    const mine = caches(cache).find((f) => !(f in files))!;
    utimesSync(join(folder, mine), old, old);
    // A run that writes a cache (another command's) prunes.
    expect(run(dir, ['compare', '--json'], { XDG_CACHE_HOME: cache }).status).toBe(0);
    expect(readdirSync(folder).sort()).toEqual(
      [
        'glowplan.js.cache',
        'notes.txt',
        'render-table.js-0123456789abcdef01234567-12.4.254.21-node.57-x64-week.cache',
        caches(cache).find((f) => f.endsWith('-compare.cache'))!,
      ].sort(),
    );
    expect(existsSync(join(folder, mine))).toBe(false);
    // A run that writes nothing prunes nothing; the next `week` run makes its cache again.
    const r = run(dir, ['week', '--json'], { ...debug, XDG_CACHE_HOME: cache });
    expect([r.status, r.stderr, r.stdout]).toEqual([0, 'code cache: none\n', expected.json]);
    expect(existsSync(join(folder, mine))).toBe(true);
  });

  it('a cache damaged in place is rejected (never reaches V8), the output is the same, and a good one replaces it', () => {
    const { dir, cache } = fresh('run-cache-damaged');
    run(dir, ['week', '--json'], { XDG_CACHE_HOME: cache });
    const file = join(cache, 'glowplan', caches(cache)[0]!);
    damage(file);
    const r = run(dir, ['week', '--json'], { ...debug, XDG_CACHE_HOME: cache });
    expect([r.status, r.stderr, r.stdout]).toEqual([0, 'code cache: rejected\n', expected.json]);
    expect(run(dir, ['week', '--json'], { ...debug, XDG_CACHE_HOME: cache }).stderr).toBe('code cache: used\n');
  });

  it('a file as its writer left it (its time is the mark) is not hashed again; after any write it is, in full', () => {
    const { dir, cache } = fresh('run-cache-mark');
    run(dir, ['week', '--json'], { XDG_CACHE_HOME: cache });
    const file = join(cache, 'glowplan', caches(cache)[0]!);
    const made = readFileSync(file);
    const { sum, mark } = fieldsOf(made);
    // The mark: half a second past a whole second, before the write; the file's modification time.
    expect(Number(mark) % 1000).toBe(500);
    expect(Number(mark)).toBeLessThan(Date.now());
    expect(statSync(file).mtimeMs).toBe(Number(mark));
    // A wrong checksum in the header of a file with the mark's time is not looked at (the cache itself is sound) ...
    const head = headerOf(file);
    const wrongSum = Buffer.from(made);
    wrongSum.write(
      head.replace(
        sum!,
        sum!.replace(/.$/, (c) => (c === '0' ? '1' : '0')),
      ),
      0,
      'latin1',
    );
    const rewrite = (seconds: number) => {
      writeFileSync(file, wrongSum);
      utimesSync(file, seconds, seconds);
    };
    rewrite(Number(mark) / 1000);
    const trusted = run(dir, ['week', '--json'], { ...debug, XDG_CACHE_HOME: cache });
    expect([trusted.status, trusted.stderr, trusted.stdout]).toEqual([0, 'code cache: used\n', expected.json]);
    // ... but once anything has written to the file, it is checked in full: rejected, with the same output.
    writeFileSync(file, wrongSum);
    const written = run(dir, ['week', '--json'], { ...debug, XDG_CACHE_HOME: cache });
    expect([written.status, written.stderr, written.stdout]).toEqual([0, 'code cache: rejected\n', expected.json]);
    // A file system that keeps times to the second cannot keep the mark: checked in full too.
    rewrite(Math.floor(Number(mark) / 1000));
    expect(run(dir, ['week', '--json'], { ...debug, XDG_CACHE_HOME: cache }).stderr).toBe('code cache: rejected\n');
    // Each rejected file was made again, with a new mark.
    expect(statSync(file).mtimeMs).toBe(Number(fieldsOf(readFileSync(file)).mark));
  });

  it('one bit changed anywhere in a cache (each lane of the checksum, the first byte, the last): rejected', () => {
    const { dir, cache } = fresh('run-cache-one-bit');
    run(dir, ['week', '--json'], { XDG_CACHE_HOME: cache });
    const file = join(cache, 'glowplan', caches(cache)[0]!);
    const good = readFileSync(file);
    const start = headerOf(file).length + 1;
    const middle = start + (((good.length - start) >> 1) & ~31);
    for (const at of [start, middle, middle + 8, middle + 16, middle + 24, good.length - 1]) {
      const bytes = Buffer.from(good);
      bytes[at] = bytes[at]! ^ 0x10;
      writeFileSync(file, bytes);
      const r = run(dir, ['week', '--json'], { ...debug, XDG_CACHE_HOME: cache });
      expect([r.status, r.stderr, r.stdout], `byte ${at - start} of the cache`).toEqual([
        0,
        'code cache: rejected\n',
        expected.json,
      ]);
    }
  });

  it('a cache from another V8, or truncated, or garbage after a valid header: not used, same output', () => {
    const { dir, cache } = fresh('run-cache-foreign');
    run(dir, ['week', '--json'], { XDG_CACHE_HOME: cache });
    const file = join(cache, 'glowplan', caches(cache)[0]!);
    const good = readFileSync(file);
    const header = headerOf(file);
    for (const [name, bytes, state] of [
      [
        'other V8',
        Buffer.concat([Buffer.from(header.replace(process.versions.v8, '1.2.3-other')), good.subarray(header.length)]),
        'none',
      ],
      ['truncated', good.subarray(0, good.length >> 1), 'rejected'],
      ['garbage', Buffer.concat([good.subarray(0, header.length + 1), Buffer.alloc(5000, 7)]), 'rejected'],
    ] as const) {
      writeFileSync(file, bytes);
      const r = run(dir, ['week', '--json'], { ...debug, XDG_CACHE_HOME: cache });
      expect([r.status, r.stderr, r.stdout], name).toEqual([0, `code cache: ${state}\n`, expected.json]);
    }
  });

  it('turned off (GLOWPLAN_NO_CODE_CACHE=1): nothing read or written, same output', () => {
    const { dir, cache } = fresh('run-cache-off');
    const r = run(dir, ['week', '--json'], { ...debug, XDG_CACHE_HOME: cache, GLOWPLAN_NO_CODE_CACHE: '1' });
    expect([r.status, r.stderr, r.stdout]).toEqual([0, 'code cache: none\n', expected.json]);
    expect(existsSync(cache)).toBe(false);
  });

  it('a cache folder that cannot be made changes nothing but speed; no folder but the last is ever made', () => {
    const { dir } = fresh('run-cache-nowhere');
    const file = join(work, 'not-a-folder');
    writeFileSync(file, '');
    const r = run(dir, ['week', '--json'], { XDG_CACHE_HOME: file });
    expect([r.status, r.stderr, r.stdout]).toEqual([0, '', expected.json]);
    // No XDG_CACHE_HOME: ~/.cache/glowplan, but only when ~/.cache is there.
    const home = join(work, 'home-without-cache');
    const r2 = run(dir, ['week', '--json'], { XDG_CACHE_HOME: '', HOME: home });
    expect([r2.status, r2.stderr, r2.stdout]).toEqual([0, '', expected.json]);
    expect(existsSync(home)).toBe(false);
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
