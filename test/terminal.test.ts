// Hostile terminals and environments: narrow terminals, no terminal, colour switches, a full disk, a closed pipe,
// Ctrl-C, a very long plan, and a broken install (code cache). Spawns the built bin/glowplan.js: `npm run build`
// first (npm test does).
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, openSync, closeSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, ROOT, runBin, runInProcess } from './helpers.js';

const ESC = '\u001b';
// eslint-disable-next-line no-control-regex -- ANSI colour codes
const strip = (text: string) => text.replace(/\u001b\[[0-9;]*m/g, '');
/** Terminal cells of a line: wide East Asian characters and emoji take two. */
const cellsOf = (line: string) =>
  [...strip(line)].reduce((n, ch) => n + (/\p{Extended_Pictographic}|\p{sc=Han}|\p{sc=Hangul}/u.test(ch) ? 2 : 1), 0);

const TMP = mkdtempSync(join(tmpdir(), 'glowplan-terminal-'));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));
const ENV = { XDG_CONFIG_HOME: join(TMP, 'config'), HOME: join(TMP, 'home') };

// A shelf with long names, wide characters and every kind of warning: the hardest text to fit.
const LONG_PROFILE = join(TMP, 'long.json');
writeFileSync(
  LONG_PROFILE,
  JSON.stringify({
    skin: 'sensitive',
    serums: [
      { name: 'Extraordinarily Concentrated Overnight Retinol Renewal Complex 0.5%', actives: ['retinol'] },
      { name: '美白精华液 ✨ brightening essence', actives: ['vitamin-c', 'niacinamide'] },
      'aha',
      'benzoyl-peroxide',
    ],
    masks: [{ name: 'Supercalifragilisticexpialidocious-Hydrating-Sheet-Mask', type: 'sheet' }, 'clay'],
    masksPerWeek: 5,
  }),
);

/** Every table view, each command. Flags keep plan/week from asking questions on the pretend terminal. */
const VIEWS: string[][] = [
  ['compare'],
  ['scenario', '--list'],
  ['scenario', 'travel'],
  ['scenario', 'fine-lines'],
  ['plan', '--no-input'],
  ['plan', '--no-input', '--explain', '--profile', LONG_PROFILE],
  ['plan', '--no-input', '--mask', 'clay', '--serum', 'retinol,aha,vitamin-c,benzoyl-peroxide', '--explain'],
  ['week', '--no-input'],
  ['week', '--no-input', '--weeks', '2', '--explain', '--profile', LONG_PROFILE],
  ['week', '--no-input', '--serum', 'retinol,aha', '--event', '2026-11-27:a very long party name for the wedding'],
  ['rules'],
  ['profile', 'show'],
  ['profile', 'show', '--profile', LONG_PROFILE],
];

/** A line that is one web address: printed whole, however narrow the terminal, so that it can still be opened. */
const isAddress = (line: string) => /^\s*https:\/\/\S+$/.test(strip(line));

describe('tables fit the terminal', () => {
  it.each([60, 64, 71, 72, 80, 100, 132])('%i columns: no line of any view is wider', async (columns) => {
    for (const argv of VIEWS) {
      const r = await runInProcess(argv, { tty: true, columns, env: { ...ENV, FORCE_COLOR: '1' } });
      expect(r.code, `${argv.join(' ')}: ${r.stderr}`).toBe(0);
      const wide = r.stdout.split('\n').filter((line) => cellsOf(line) > columns && !isAddress(line));
      expect(wide, `${argv.join(' ')} at ${columns} columns`).toEqual([]);
    }
  });

  it('wrapping keeps every word (and the colour codes stay paired)', async () => {
    // week, rules and scenario --list change layout when narrow (a list instead of a grid): test/table.test.ts.
    for (const argv of VIEWS.filter((v) => v[0] !== 'week' && v[0] !== 'rules' && v[1] !== '--list')) {
      const natural = await runInProcess(argv, { env: ENV });
      const narrow = await runInProcess(argv, { tty: true, columns: 60, env: { ...ENV, NO_COLOR: '1' } });
      // Words outside tables, in order: wrapping moves them, never drops or changes them.
      const words = (text: string) =>
        text
          .split('\n')
          .filter((l) => !/^[┌│├└]/.test(l))
          .join(' ')
          .split(/\s+/)
          .filter(Boolean);
      expect(words(narrow.stdout), argv.join(' ')).toEqual(words(natural.stdout));
    }
    const coloured = await runInProcess(['week', '--no-input', '--explain', '--serum', 'retinol,aha'], {
      tty: true,
      columns: 60,
      env: { ...ENV, FORCE_COLOR: '1' },
    });
    // A line broken inside a coloured stretch ends with a reset: no colour bleeds into the next line's indent.
    for (const line of coloured.stdout.split('\n')) {
      // eslint-disable-next-line no-control-regex -- ANSI colour codes
      const opens = (line.match(/\u001b\[(?:1|2|3[0-7]|4|9[0-7])m/g) ?? []).length;
      // eslint-disable-next-line no-control-regex -- ANSI colour codes
      if (opens && !/^[┌│├└]/.test(strip(line))) expect(line, JSON.stringify(line)).toMatch(/\u001b\[[0-9;]*m$|[^m]$/);
    }
  });

  it('on a real 60-column terminal too (the built bin under a pseudo-terminal)', () => {
    const script = spawnSync('script', ['--version'], { encoding: 'utf8' });
    if (script.status !== 0 || !/util-linux/.test(script.stdout + script.stderr)) return; // no `script` here
    for (const argv of [['week', '--no-input'], ['compare'], ['rules']]) {
      const command = `stty cols 60 rows 50; '${process.execPath}' '${BIN}' ${argv.join(' ')}`;
      const r = spawnSync('script', ['-qec', command, '/dev/null'], {
        encoding: 'utf8',
        cwd: ROOT,
        env: { PATH: process.env.PATH, TERM: 'xterm-256color', GLOWPLAN_TODAY: '2026-11-24', ...ENV },
        timeout: 30_000,
      });
      expect(r.status, r.stdout).toBe(0);
      const lines = r.stdout.replace(/\r/g, '').split('\n');
      expect(
        lines.filter((l) => cellsOf(l) > 60 && !isAddress(l)),
        argv.join(' '),
      ).toEqual([]);
      expect(r.stdout, 'colour on a terminal').toContain(ESC);
    }
  });

  it("no width assumptions when not on a terminal: a stream's columns are ignored", async () => {
    for (const argv of VIEWS) {
      const plain = await runInProcess(argv, { env: ENV });
      const withColumns = await runInProcess(argv, { columns: 40, env: ENV });
      expect(withColumns.stdout, argv.join(' ')).toBe(plain.stdout);
    }
  });
});

describe('colour: NO_COLOR, FORCE_COLOR, TERM=dumb, --no-color', () => {
  const commands = VIEWS.slice(0, 9).filter((v) => !v.includes(LONG_PROFILE));
  it('off a terminal: no colour, unless FORCE_COLOR asks', async () => {
    const out = async (argv: string[], env?: Record<string, string | undefined>) =>
      (await runInProcess(argv, { env })).stdout;
    for (const argv of [['compare'], ['week'], ['rules'], ['scenario', 'travel']]) {
      expect(await out(argv), argv.join(' ')).not.toContain(ESC);
      expect(await out(argv, { FORCE_COLOR: '1' }), `${argv.join(' ')} FORCE_COLOR=1`).toContain(ESC);
      for (const env of [{ FORCE_COLOR: '1', NO_COLOR: '1' }, { FORCE_COLOR: '0' }, { NO_COLOR: '1' }])
        expect(await out(argv, env), `${argv.join(' ')} ${JSON.stringify(env)}`).not.toContain(ESC);
      expect(await out([...argv, '--no-color'], { FORCE_COLOR: '1' })).not.toContain(ESC);
    }
  });
  it('the built CLI reads the colour settings from its environment', () => {
    expect(runBin(['week']).stdout).not.toContain(ESC);
    expect(runBin(['week'], { env: { FORCE_COLOR: '1' } }).stdout).toContain(ESC);
    expect(runBin(['week'], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).stdout).not.toContain(ESC);
  });

  it('on a terminal: colour, except with NO_COLOR, TERM=dumb or --no-color', async () => {
    for (const argv of commands) {
      const run = (env: Record<string, string>, extra: string[] = []) =>
        runInProcess([...argv, ...extra], { tty: true, columns: 100, env: { ...ENV, TERM: 'xterm', ...env } });
      expect((await run({})).stdout, argv.join(' ')).toContain(ESC);
      expect((await run({ NO_COLOR: '' })).stdout, 'an empty NO_COLOR is not set').toContain(ESC);
      for (const env of [{ NO_COLOR: '1' }, { TERM: 'dumb' }, { FORCE_COLOR: '0' }] as Record<string, string>[])
        expect((await run(env)).stdout, `${argv.join(' ')} ${JSON.stringify(env)}`).not.toContain(ESC);
      expect((await run({}, ['--no-color'])).stdout, `${argv.join(' ')} --no-color`).not.toContain(ESC);
      expect((await run({ TERM: 'dumb', FORCE_COLOR: '1' })).stdout, 'FORCE_COLOR beats TERM=dumb').toContain(ESC);
    }
  });

  it('never in JSON, Markdown, calendars, files or error messages, even with FORCE_COLOR', async () => {
    const env = { ...ENV, FORCE_COLOR: '3', TERM: 'xterm-256color' };
    for (const argv of [
      ['week', '--json'],
      ['week', '--format', 'markdown'],
      ['week', '--format', 'ics'],
      ['compare', '--json'],
      ['rules', '--format', 'markdown'],
      ['week', '--weeks', '0'],
      ['bogus'],
    ]) {
      const r = await runInProcess(argv, { tty: true, columns: 80, env });
      expect(r.stdout + r.stderr, argv.join(' ')).not.toContain(ESC);
    }
  });
});

describe('broken outputs and signals', () => {
  const full = existsSync('/dev/full');
  it.skipIf(!full)('a full disk (> /dev/full): exit 1, one message, no stack trace', () => {
    for (const argv of [['week', '--weeks', '52', '--json'], ['compare'], ['week', '--format', 'ics']]) {
      const fd = openSync('/dev/full', 'w');
      try {
        const r = spawnSync(process.execPath, [BIN, ...argv], {
          stdio: ['ignore', fd, 'pipe'],
          encoding: 'utf8',
          env: { PATH: process.env.PATH, GLOWPLAN_TODAY: '2026-11-24', ...ENV },
          timeout: 30_000,
        });
        expect(r.status, argv.join(' ')).toBe(1);
        expect(r.stderr).toBe('glowplan: cannot write output: the disk is full\n');
      } finally {
        closeSync(fd);
      }
    }
  });

  it('a closed pipe (| head -c 100): a quiet end, no EPIPE', () => {
    for (const argv of [['week', '--weeks', '52', '--json'], ['week', '--weeks', '52'], ['rules']]) {
      const err = join(TMP, 'stderr.txt');
      const command = `'${process.execPath}' '${BIN}' ${argv.join(' ')} 2>'${err}' | head -c 100 >/dev/null; echo "\${PIPESTATUS[0]}"`;
      const r = spawnSync('bash', ['-c', command], {
        encoding: 'utf8',
        env: { PATH: process.env.PATH, GLOWPLAN_TODAY: '2026-11-24', ...ENV },
        timeout: 30_000,
      });
      expect(['0', '141'], argv.join(' ')).toContain(r.stdout.trim()); // 141: killed by SIGPIPE, also quiet
      expect(readFileSync(err, 'utf8'), argv.join(' ')).toBe('');
    }
  });

  /** Spawns the bin, resolving once it has written something (so its signal handlers are in place). */
  function started(args: string[], stdin: 'pipe' | 'ignore' = 'ignore') {
    const child = spawn(process.execPath, [BIN, ...args], {
      stdio: [stdin, 'pipe', 'pipe'],
      env: { PATH: process.env.PATH, GLOWPLAN_TODAY: '2026-11-24', ...ENV },
    });
    let stdout = '';
    let stderr = '';
    child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
    const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      child.on('close', (code, signal) => resolve({ code, signal })),
    );
    const output = new Promise<void>((resolve) =>
      child.stdout!.on('data', (d: Buffer) => {
        stdout += d.toString();
        resolve();
      }),
    );
    const killer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    void exit.then(() => clearTimeout(killer));
    return { child, exit, output, out: () => stdout, err: () => stderr };
  }

  it('Ctrl-C (SIGINT) on a non-interactive run: exit 130, one line, no stack trace', async () => {
    // 520 weeks of JSON outgrow the pipe: unread, the run stays busy writing until the signal comes.
    const run = started(['week', '--weeks', '520', '--json']);
    await run.output;
    run.child.stdout!.pause();
    run.child.kill('SIGINT');
    run.child.stdout!.resume();
    const { code } = await run.exit;
    expect(code).toBe(130);
    expect(run.err()).toBe('\nglowplan: interrupted.\n');
  });

  it('Ctrl-C on a batch waiting for input: exit 130, every line written is complete', async () => {
    const run = started(['week', '--batch', '-'], 'pipe');
    run.child.stdin!.write('{"id":"a","skin":"dry"}\n');
    await run.output;
    run.child.kill('SIGINT');
    const { code } = await run.exit;
    expect(code).toBe(130);
    expect(run.err()).toMatch(/^glowplan: interrupted \(SIGINT\)/);
    const lines = run.out().split('\n');
    expect(lines.pop()).toBe('');
    for (const line of lines) expect(JSON.parse(line).id).toBe('a');
  });
});

describe('big but valid input', () => {
  // runBin's default buffer is 1 MB; 520 weeks of JSON are several.
  const runBig = (args: string[]) =>
    spawnSync(process.execPath, [BIN, ...args], {
      encoding: 'utf8',
      maxBuffer: 256 << 20,
      env: { PATH: process.env.PATH, GLOWPLAN_TODAY: '2026-11-24', ...ENV },
      timeout: 60_000,
    });
  it('--weeks 520: every date once, in order, three mask nights in every week', () => {
    const r = runBig(['week', '--start', '2026-11-30', '--weeks', '520', '--json']);
    expect(r.status).toBe(0);
    const plan = JSON.parse(r.stdout) as { days: { date: string; mask: unknown }[]; end: string };
    expect(plan.days).toHaveLength(3640);
    const DAY = 86_400_000;
    const first = Date.UTC(2026, 10, 30);
    plan.days.forEach((d, i) => expect(d.date).toBe(new Date(first + i * DAY).toISOString().slice(0, 10)));
    expect(plan.end).toBe(plan.days.at(-1)!.date);
    for (let w = 0; w < 520; w++) expect(plan.days.slice(w * 7, w * 7 + 7).filter((d) => d.mask).length).toBe(3);
  });

  it('--weeks 520 as a table, on a narrow terminal and off one', async () => {
    const narrow = await runInProcess(['week', '--weeks', '520', '--no-input'], { tty: true, columns: 60, env: ENV });
    expect(narrow.code).toBe(0);
    expect(narrow.stdout.split('\n').filter((l) => cellsOf(l) > 60)).toEqual([]);
    const piped = runBig(['week', '--weeks', '520']);
    expect(piped.status).toBe(0);
    expect(piped.stdout.match(/Week of /g)).toHaveLength(520);
  });
});

// The build's code cache is for the Node that ran the build; test/startup.test.ts covers the one other Nodes make.
const buildCacheHere = (() => {
  try {
    const header = readFileSync(join(ROOT, 'dist', 'glowplan.js.cache'), 'latin1')
      .slice(0, 300)
      .split('\n')[0]!;
    return header.includes(` ${process.versions.v8} ${process.arch} `);
  } catch {
    return false;
  }
})();
describe.skipIf(!buildCacheHere)('the install: bin/glowplan.js and its code cache', () => {
  const debug = { GLOWPLAN_DEBUG_CODE_CACHE: '1' };
  it('the build made a code cache, and the bin uses it', () => {
    const r = runBin(['--version'], { env: debug });
    expect(r.stderr).toBe('code cache: used\n');
    expect(runBin(['--version'], { env: { ...debug, GLOWPLAN_NO_CODE_CACHE: '1' } }).stderr).toBe('code cache: none\n');
  });

  /** A copy of the install (bin and dist) to break. */
  const copy = (name: string) => {
    const dir = join(TMP, name);
    cpSync(join(ROOT, 'bin'), join(dir, 'bin'), { recursive: true });
    cpSync(join(ROOT, 'dist'), join(dir, 'dist'), { recursive: true });
    return dir;
  };
  const runCopy = (dir: string, args: string[]) =>
    spawnSync(process.execPath, [join(dir, 'bin', 'glowplan.js'), ...args], {
      encoding: 'utf8',
      cwd: TMP,
      env: { PATH: process.env.PATH, GLOWPLAN_TODAY: '2026-11-24', ...ENV, ...debug },
      timeout: 30_000,
    });
  const expected = () => runBin(['week', '--json']).stdout;

  it('a cache from another Node (or another build) is not used; the output is the same', () => {
    const dir = copy('other-node');
    const file = join(dir, 'dist', 'glowplan.js.cache');
    const data = readFileSync(file);
    const header = data.subarray(0, data.indexOf(10)).toString('latin1');
    writeFileSync(
      file,
      Buffer.concat([
        Buffer.from(header.replace(` ${process.versions.v8} `, ' 1.2.3-other ')),
        data.subarray(header.length),
      ]),
    );
    const r = runCopy(dir, ['week', '--json']);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('code cache: none\n');
    expect(r.stdout).toBe(expected());
  });

  it('a cache V8 rejects (truncated, or garbage after a valid header): compiled instead, same output', () => {
    for (const [name, mangle] of [
      ['truncated', (b: Buffer) => b.subarray(0, Math.floor(b.length / 2))],
      ['garbage', (b: Buffer) => Buffer.concat([b.subarray(0, b.indexOf(10) + 1), Buffer.alloc(5000, 7)])],
    ] as const) {
      const dir = copy(name);
      const file = join(dir, 'dist', 'glowplan.js.cache');
      writeFileSync(file, mangle(readFileSync(file)));
      const r = runCopy(dir, ['week', '--json']);
      expect(r.status, name).toBe(0);
      expect(r.stderr, name).toBe('code cache: rejected\n');
      expect(r.stdout, name).toBe(expected());
    }
  });

  it('no cache, or no dist/ at all: compiled; or one clear line saying to build', () => {
    const dir = copy('no-cache');
    rmSync(join(dir, 'dist', 'glowplan.js.cache'));
    const r = runCopy(dir, ['week', '--json']);
    expect([r.status, r.stderr]).toEqual([0, 'code cache: none\n']);
    expect(r.stdout).toBe(expected());
    rmSync(join(dir, 'dist'), { recursive: true });
    const missing = runCopy(dir, ['week']);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toBe(
      'glowplan: dist/glowplan.js is missing: run `npm run build` (or `npm install`) first\n',
    );
  });
});
