// week --batch / plan --batch: JSON Lines in and out, order, ids, error records, exit codes, streaming memory and
// signals. Most tests run in-process; the memory and signal tests spawn the built bin/glowplan.js (npm run build).
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import {
  createReadStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { BATCH_ERROR_CODES, MAX_LINE } from '../src/batch/batch.js';
import type { Io } from '../src/cli/io.js';
import { main } from '../src/cli/main.js';
import { BIN, ROOT, runBin, runInProcess, runWithStdin } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'glowplan-batch-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

/** Writes lines (objects become JSON) to a fresh file; returns its path. */
function batchFile(lines: (string | object)[], ending = '\n'): string {
  const path = join(dir, `in-${++n}.jsonl`);
  writeFileSync(path, lines.map((l) => (typeof l === 'string' ? l : JSON.stringify(l))).join(ending) + ending);
  return path;
}

/** The JSON records of a batch's stdout, checking each is one complete line. */
function records(stdout: string): Record<string, unknown>[] {
  if (stdout === '') return [];
  expect(stdout.endsWith('\n')).toBe(true);
  return stdout
    .slice(0, -1)
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

/** A record without id and line: what `week --json` / `plan --json` print. */
const result = (record: Record<string, unknown>) => {
  const { id: _id, line: _line, ...rest } = record;
  return rest;
};

describe('week --batch', () => {
  it('writes one record per line, in input order, echoing ids, each the same as week --json', async () => {
    const file = batchFile([
      { id: 'ana', skin: 'dry', serums: ['retinol', 'hyaluronic-acid'] },
      { id: 2, skin: 'oily', serums: ['bha'], masks: ['clay'] },
      { skin: 'sensitive' },
      { id: 'last', start: '2026-12-07' },
    ]);
    const r = await runInProcess(['week', '--batch', file]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = records(r.stdout);
    expect(out.map((o) => [o.id, o.line])).toEqual([
      ['ana', 1],
      [2, 2],
      [null, 3],
      ['last', 4],
    ]);
    const single = await runInProcess(['week', '--json', '--skin', 'dry', '--serum', 'retinol,hyaluronic-acid']);
    expect(result(out[0]!)).toEqual(JSON.parse(single.stdout));
    const later = await runInProcess(['week', '--json', '--start', '2026-12-07']);
    expect(result(out[3]!)).toEqual(JSON.parse(later.stdout));
    expect(Object.keys(out[0]!).slice(0, 4)).toEqual(['id', 'line', 'schemaVersion', 'command']);
  });

  it('turns bad lines into error records with their line numbers (blank lines count) and goes on', async () => {
    const file = batchFile([
      { id: 'ok1' },
      '',
      '   ',
      '{"id": "broken", ',
      { id: 5, skin: 'olly' },
      { id: 6, start: '2026-02-30' },
      { id: 7, skni: 'dry' },
      '[1, 2]',
      { id: { nested: true } },
      { id: 10, weeks: 0 },
      { id: 11, events: [{ date: '2026-11-27', when: 'evening' }] },
      { id: 12, events: [{ date: 'tomorrow' }] },
      { id: 13, date: '2026-11-24' },
      { id: 14, serums: [{ name: 'Mine', actives: [] }] },
      { id: 'ok2', masksPerWeek: 2 },
    ]);
    const r = await runInProcess(['week', '--batch', file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^glowplan: 11 of 13 lines failed \(line 4: not valid JSON/);
    const out = records(r.stdout);
    const summary = out.map((o) => [o.line, o.id, (o.error as { code?: string } | undefined)?.code ?? 'ok']);
    expect(summary).toEqual([
      [1, 'ok1', 'ok'],
      [4, null, 'invalid-json'],
      [5, 5, 'invalid-profile'],
      [6, 6, 'invalid-date'],
      [7, 7, 'invalid-line'],
      [8, null, 'invalid-line'],
      [9, null, 'invalid-field'],
      [10, 10, 'invalid-field'],
      [11, 11, 'invalid-field'],
      [12, 12, 'invalid-date'],
      [13, 13, 'invalid-line'],
      [14, 14, 'invalid-profile'],
      [15, 'ok2', 'ok'],
    ]);
    const error = (line: number) => out.find((o) => o.line === line)!.error as Record<string, string>;
    expect(error(5)).toEqual({
      code: 'invalid-profile',
      field: 'skin',
      message: expect.stringContaining('skin must be one of dry, oily, combination, normal, sensitive, got "olly"'),
    });
    expect(error(5).message).toContain('did you mean "oily"');
    expect(error(6)).toMatchObject({ field: 'start', message: expect.stringContaining('"2026-02-30"') });
    expect(error(7)).toMatchObject({ field: 'skni', message: expect.stringContaining('did you mean "skin"') });
    expect(error(9)).toMatchObject({ field: 'id' });
    expect(error(10)).toMatchObject({ field: 'weeks', message: expect.stringContaining('1 to 520') });
    expect(error(11)).toMatchObject({ field: 'events[0].when' });
    expect(error(12)).toMatchObject({ field: 'events[0].date' });
    expect(error(13).message).toContain('week lines take "start"');
    expect(error(14).message).toContain('at least one active');
    for (const o of out) if (o.error) expect(Object.keys(o)).toEqual(['id', 'line', 'error']);
    for (const code of out.map((o) => (o.error as { code?: string } | undefined)?.code).filter(Boolean))
      expect(BATCH_ERROR_CODES).toContain(code);
  });

  it('exits 0 with nothing on stderr when every line is good, and prints nothing for an empty input', async () => {
    const r = await runInProcess(['week', '--batch', batchFile([{ id: 1 }, { id: 2, skin: 'dry' }])]);
    expect([r.code, r.stderr, records(r.stdout).length]).toEqual([0, '', 2]);
    const empty = await runInProcess(['week', '--batch', batchFile(['', ''])]);
    expect([empty.code, empty.stdout, empty.stderr]).toEqual([0, '', '']);
  });

  it('reads stdin for "-", with CRLF endings, a BOM and no final newline', async () => {
    const r = await runWithStdin(['week', '--batch', '-'], '\uFEFF{"id":"a"}\r\n\r\n{"id":"b","skin":"dry"}');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(records(r.stdout).map((o) => [o.id, o.line, o.command])).toEqual([
      ['a', 1, 'week'],
      ['b', 3, 'week'],
    ]);
  });

  it('a missing batch file is exit 2 naming it, with nothing on stdout', async () => {
    const path = join(dir, 'nope.jsonl');
    const r = await runInProcess(['week', '--batch', path]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`glowplan: batch file ${path} does not exist\n`);
    const folder = await runInProcess(['week', '--batch', dir]);
    expect([folder.code, folder.stderr]).toEqual([2, `glowplan: batch file ${dir} is a folder, not a file\n`]);
  });

  it.runIf(existsSync('/dev/zero'))(
    'a device that never ends its lines, or a socket, is refused before reading (exit 2); /dev/null is an empty input',
    async () => {
      for (const device of ['/dev/zero', '/dev/urandom']) {
        const r = await runInProcess(['week', '--batch', device]);
        expect([r.code, r.stdout, r.stderr]).toEqual([
          2,
          '',
          `glowplan: batch file ${device} is a device, not a file: give a file, or - for standard input\n`,
        ]);
      }
      const empty = await runInProcess(['plan', '--batch', '/dev/null']);
      expect([empty.code, empty.stdout, empty.stderr]).toEqual([0, '', '']);
      const socket = join(dir, 'batch.sock');
      const server = createServer().listen(socket);
      await once(server, 'listening');
      const r = await runInProcess(['week', '--batch', socket]);
      server.close();
      expect([r.code, r.stdout, r.stderr]).toEqual([
        2,
        '',
        `glowplan: batch file ${socket} is a socket, not a file: give a file, or - for standard input\n`,
      ]);
    },
    10_000,
  );

  it('writes a line-too-long record as soon as the line passes the limit, before the line (or the input) ends', async () => {
    const stdin = new PassThrough();
    let stdout = '';
    let reported = () => {};
    const seen = new Promise<void>((resolve) => (reported = resolve));
    const io: Io = {
      stdout: {
        write: (s: string) => {
          stdout += s;
          if (s.includes('line-too-long')) reported();
          return true;
        },
      },
      stderr: { write: () => true },
      stdin: stdin as unknown as Io['stdin'],
      env: { HOME: '/nonexistent-home', XDG_CONFIG_HOME: '/nonexistent-config' },
      now: () => new Date(2026, 10, 24, 12),
      cwd: ROOT,
    };
    const run = main(['week', '--batch', '-'], io);
    stdin.write('{"id":"before"}\n');
    stdin.write('x'.repeat(MAX_LINE + 10)); // no newline yet, and the input stays open
    const early = await Promise.race([seen.then(() => true), new Promise((r) => setTimeout(() => r(false), 3000))]);
    stdin.end(`${'x'.repeat(100)}\n{"id":"after"}\n`);
    expect(early).toBe(true);
    expect(await run).toBe(1);
    expect(records(stdout).map((o) => [o.line, o.id, (o.error as { code?: string } | undefined)?.code])).toEqual([
      [1, 'before', undefined],
      [2, null, 'line-too-long'],
      [3, 'after', undefined],
    ]);
  });

  it('takes the command-line flags as defaults for lines that do not say', async () => {
    const file = batchFile([
      { id: 'flags' },
      { id: 'own', start: '2026-11-02', weeks: 1, skin: 'oily', masksPerWeek: 2 },
    ]);
    const r = await runInProcess([
      'week',
      '--batch',
      file,
      '--start',
      '2026-12-07',
      '--weeks',
      '2',
      '--skin',
      'dry',
      '--masks-per-week',
      '0',
    ]);
    expect(r.code).toBe(0);
    const [flags, own] = records(r.stdout);
    expect([flags!.start, flags!.weeks, (flags!.days as unknown[]).length]).toEqual(['2026-12-07', 2, 14]);
    expect((flags!.days as { mask: unknown }[]).every((d) => d.mask === null)).toBe(true);
    expect([own!.start, own!.end, own!.weeks]).toEqual(['2026-11-02', '2026-11-08', 1]);
    expect((own!.days as { mask: unknown }[]).filter((d) => d.mask !== null)).toHaveLength(2);
    const single = await runInProcess([
      'week',
      '--json',
      '--start',
      '2026-11-02',
      '--skin',
      'oily',
      '--masks-per-week',
      '2',
    ]);
    expect(result(own!)).toEqual(JSON.parse(single.stdout));
  });

  it('uses --profile as the base for every line, and line fields over it', async () => {
    const profile = join(dir, 'profile.json');
    writeFileSync(profile, JSON.stringify({ skin: 'dry', serums: [{ name: 'Night Oil', actives: ['retinol'] }] }));
    const r = await runInProcess([
      'week',
      '--batch',
      batchFile([{ id: 1 }, { id: 2, serums: ['bha'] }]),
      '--profile',
      profile,
    ]);
    expect(r.code).toBe(0);
    const [base, own] = records(r.stdout).map((o) => JSON.stringify(o));
    expect(base).toContain('Night Oil');
    expect(own).not.toContain('Night Oil');
  });

  it('plans events from a line, and adds explain with --explain', async () => {
    const file = batchFile([{ id: 'e', events: [{ date: '2026-11-27', label: 'wedding' }] }]);
    const r = await runInProcess(['week', '--batch', file, '--explain']);
    expect(r.code).toBe(0);
    const [rec] = records(r.stdout);
    const thursday = (rec!.days as { date: string; mask: { event?: { label: string } } | null }[]).find(
      (d) => d.date === '2026-11-26',
    );
    expect(thursday!.mask?.event).toEqual({ date: '2026-11-27', label: 'wedding' });
    expect(Array.isArray(rec!.explain)).toBe(true);
    const single = await runInProcess(['week', '--json', '--explain', '--event', '2026-11-27:wedding']);
    expect(result(rec!)).toEqual(JSON.parse(single.stdout));
  });

  it('gives identical results for repeated lines (whatever is cached) and keeps them in order', async () => {
    const people = [{ skin: 'dry' }, { skin: 'oily', serums: ['retinol', 'aha'] }, { skin: 'dry' }];
    const lines = Array.from({ length: 30 }, (_, i) => ({ id: i, ...people[i % 3] }));
    const r = await runInProcess(['week', '--batch', batchFile(lines)]);
    expect(r.code).toBe(0);
    const out = records(r.stdout);
    expect(out.map((o) => o.id)).toEqual(lines.map((l) => l.id));
    for (const [i, o] of out.entries()) expect(result(o)).toEqual(result(out[i % 3 === 2 ? 0 : i % 3]!));
    expect(result(out[0]!)).not.toEqual(result(out[1]!));
  });

  it('plans each line from its own fields however it is written (id first, later, left out; spaces first)', async () => {
    const texts = [
      '{"id":"a","skin":"oily","serums":["retinol"]}',
      '{"skin":"oily","serums":["retinol"],"id":"b"}',
      ' {"skin":"oily","serums":["retinol"]}',
      '{"skin":"oily","serums":["retinol"]}',
      '{"id":"c","skin":"dry"}',
      '{"skin":"dry"}',
      '{"skin":"dry","id":"d"}',
      '{"id":"e","skin":"oily","serums":["aha"]}',
    ];
    // Each written three times over, so that later copies come from what the batch remembers.
    const lines = [...texts, ...texts, ...texts];
    const r = await runInProcess(['week', '--batch', batchFile(lines)]);
    expect(r.code).toBe(0);
    const out = records(r.stdout);
    const alone = async (text: string) =>
      result(records((await runInProcess(['week', '--batch', batchFile([text])])).stdout)[0]!);
    const expected = await Promise.all(texts.map(alone));
    expect(new Set(expected.map((e) => JSON.stringify(e))).size).toBe(3);
    for (const [i, o] of out.entries()) expect(result(o)).toEqual(expected[i % texts.length]);
  });

  it('rejects --format table|markdown|ics and -i with --batch (exit 2), and accepts --json', async () => {
    const file = batchFile([{ id: 1 }]);
    for (const format of ['table', 'markdown', 'ics']) {
      const r = await runInProcess(['week', '--batch', file, '--format', format]);
      expect([r.code, r.stdout]).toEqual([2, '']);
      expect(r.stderr).toContain(`--batch writes JSON Lines: --format ${format} cannot be used with it`);
    }
    const i = await runInProcess(['week', '--batch', file, '-i']);
    expect([i.code, i.stderr]).toEqual([2, 'glowplan: --batch never asks questions: leave out -i/--interactive\n']);
    const json = await runInProcess(['week', '--batch', file, '--json']);
    expect([json.code, records(json.stdout).length]).toEqual([0, 1]);
  });

  it('a line over the length limit becomes an error record without stopping the batch', async () => {
    const long = `{"id":"long","skin":"${'x'.repeat(MAX_LINE + 10)}"}`;
    const r = await runInProcess(['week', '--batch', batchFile([{ id: 'before' }, long, { id: 'after' }])]);
    expect(r.code).toBe(1);
    expect(records(r.stdout).map((o) => [o.line, o.id, (o.error as { code?: string } | undefined)?.code])).toEqual([
      [1, 'before', undefined],
      [2, null, 'line-too-long'],
      [3, 'after', undefined],
    ]);
  });

  it('--output writes the JSON Lines to a file atomically and refuses to replace one without --force', async () => {
    const file = batchFile([{ id: 1 }, { id: 2, skin: 'dry' }]);
    const target = join(dir, `out-${++n}.jsonl`);
    const r = await runInProcess(['week', '--batch', file, '--output', target]);
    expect([r.code, r.stdout]).toEqual([0, '']);
    expect(r.stderr).toBe(`Wrote 2 week results (JSON Lines) to ${target}\n`);
    expect(records(readFileSync(target, 'utf8')).map((o) => o.id)).toEqual([1, 2]);
    writeFileSync(target, 'keep me\n');
    const again = await runInProcess(['week', '--batch', file, '--output', target]);
    expect([again.code, readFileSync(target, 'utf8')]).toEqual([2, 'keep me\n']);
    const forced = await runInProcess(['week', '--batch', file, '--output', target, '--force']);
    expect([forced.code, records(readFileSync(target, 'utf8')).length]).toEqual([0, 2]);
  });
});

describe('plan --batch', () => {
  it('plans each line on its date (default: --date, else today), in order', async () => {
    const file = batchFile([
      { id: 'today' },
      { id: 'dec', date: '2026-12-01', serums: ['retinol'] },
      { id: 'bad', start: '2026-12-01' },
    ]);
    const r = await runInProcess(['plan', '--batch', file]);
    expect(r.code).toBe(1);
    const [today, dec, bad] = records(r.stdout);
    expect([today!.command, today!.date, dec!.date]).toEqual(['plan', '2026-11-24', '2026-12-01']);
    expect(result(dec!)).toEqual(
      JSON.parse((await runInProcess(['plan', '--json', '--date', '2026-12-01', '--serum', 'retinol'])).stdout),
    );
    expect(bad!.error).toMatchObject({ code: 'invalid-line', field: 'start' });
    expect((bad!.error as { message: string }).message).toContain('plan lines take "date"');
    const withDate = await runInProcess(['plan', '--batch', batchFile([{ id: 1 }]), '--date', '2026-12-25']);
    expect(records(withDate.stdout)[0]!.date).toBe('2026-12-25');
  });

  it('applies --mask / --no-mask to every line, as plan does', async () => {
    const file = batchFile([{ id: 1 }, { id: 2, masks: [{ name: 'Overnight Jelly', type: 'sleeping' }] }]);
    const sleeping = records((await runInProcess(['plan', '--batch', file, '--mask', 'sleeping'])).stdout);
    expect(sleeping.map((o) => (o.mask as { name: string }).name)).toEqual(['Sleeping mask', 'Overnight Jelly']);
    const none = records((await runInProcess(['plan', '--batch', file, '--no-mask'])).stdout);
    expect(none.map((o) => o.mask)).toEqual([null, null]);
  });

  it('reads stdin via the built bin too', () => {
    const r = runBin(['plan', '--batch', '-'], { input: '{"id":1}\n{"id":2,"date":"2026-12-01"}\n' });
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(records(r.stdout).map((o) => [o.id, o.date])).toEqual([
      [1, '2026-11-24'],
      [2, '2026-12-01'],
    ]);
  });
});

describe.runIf(existsSync(join(ROOT, 'dist', 'glowplan.js')) && existsSync('/dev/zero'))(
  'batch input through the shell (built bin)',
  () => {
    /** Runs a shell command line, `glowplan` being the built bin. */
    const sh = (line: string) => {
      const r = spawnSync('sh', ['-c', `glowplan() { "$NODE" "$BIN" "$@"; }; ${line}`], {
        encoding: 'utf8',
        env: {
          PATH: process.env.PATH,
          HOME: '/nonexistent-home',
          GLOWPLAN_TODAY: '2026-11-24',
          NODE: process.execPath,
          BIN,
        },
        timeout: 30_000,
      });
      return { code: r.status, ids: r.status === 0 ? records(r.stdout).map((o) => o.id) : r.stdout, stderr: r.stderr };
    };

    it('reads /dev/stdin as a path from a pipe, a file or /dev/null', () => {
      const file = batchFile([{ id: 'f' }]);
      expect(sh(`printf '{"id":"p"}\\n' | glowplan week --batch /dev/stdin`)).toEqual({
        code: 0,
        ids: ['p'],
        stderr: '',
      });
      expect(sh(`glowplan week --batch /dev/stdin < '${file}'`)).toEqual({ code: 0, ids: ['f'], stderr: '' });
      expect(sh('glowplan week --batch /dev/stdin < /dev/null')).toEqual({ code: 0, ids: [], stderr: '' });
    });

    it('refuses a device on stdin, through - or /dev/stdin (exit 2)', () => {
      expect(sh('glowplan week --batch - < /dev/zero')).toEqual({
        code: 2,
        ids: '',
        stderr:
          'glowplan: standard input is a device, not a file or a pipe: give --batch a file, or pipe the lines in\n',
      });
      expect(sh('glowplan week --batch /dev/stdin < /dev/zero')).toEqual({
        code: 2,
        ids: '',
        stderr: 'glowplan: batch file /dev/stdin is a device, not a file: give a file, or - for standard input\n',
      });
    });
  },
);

/** Spawns the built CLI; resolves when it exits. `onData` sees stdout as it arrives. */
function spawnBin(args: string[], onData?: (chunk: Buffer, child: ReturnType<typeof spawn>) => void) {
  const child = spawn(process.execPath, [BIN, ...args], {
    env: { PATH: process.env.PATH, HOME: '/nonexistent-home', GLOWPLAN_TODAY: '2026-11-24', TZ: 'Europe/London' },
  });
  return { child, done: collect(child, onData) };
}

function collect(child: ReturnType<typeof spawn>, onData?: (chunk: Buffer, c: ReturnType<typeof spawn>) => void) {
  const out: Buffer[] = [];
  let stderr = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    out.push(chunk);
    onData?.(chunk, child);
  });
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise<{ code: number | null; signal: string | null; stdout: string; stderr: string }>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal, stdout: Buffer.concat(out).toString(), stderr })),
  );
}

/** n lines of varied people: the first `unique` all different (so they are planned), the rest from a few hundred. */
function people(n: number, unique: number): string {
  const skins = ['dry', 'oily', 'combination', 'normal', 'sensitive'];
  const serums = ['hyaluronic-acid', 'vitamin-c', 'retinol', 'niacinamide', 'aha', 'bha', 'azelaic-acid'];
  const masks = ['sheet', 'clay', 'cream', 'gel', 'sleeping'];
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    const k = i < unique ? i : i % 300;
    const start = new Date(Date.UTC(2020, 0, 1 + (k % 2000))).toISOString().slice(0, 10);
    lines.push(
      JSON.stringify({
        id: `p${i}`,
        skin: skins[k % 5],
        serums: serums.filter((_, j) => (k >> j) % 3 === 0),
        masks: masks.filter((_, j) => (k >> (j + 1)) % 2 === 0),
        masksPerWeek: 2 + (k % 3),
        start,
      }),
    );
  }
  return `${lines.join('\n')}\n`;
}

describe('streaming (built bin)', () => {
  const hasBuild = existsSync(join(ROOT, 'dist', 'glowplan.js'));

  it.runIf(hasBuild)(
    'keeps peak memory under 150 MiB on 100,000 lines, every output line complete',
    async () => {
      const file = join(dir, 'big.jsonl');
      writeFileSync(file, people(100_000, 3000));
      const timed = existsSync('/usr/bin/time');
      const child = timed
        ? spawn('/usr/bin/time', ['-f', 'maxrss-kib=%M', process.execPath, BIN, 'week', '--batch', file], {
            env: { PATH: process.env.PATH, HOME: '/nonexistent-home', GLOWPLAN_TODAY: '2026-11-24' },
          })
        : spawn(process.execPath, [BIN, 'week', '--batch', file], {
            env: { PATH: process.env.PATH, HOME: '/nonexistent-home', GLOWPLAN_TODAY: '2026-11-24' },
          });
      // Without /usr/bin/time: sample the peak (VmHWM) from /proc while it runs.
      let sampled = 0;
      const sample = setInterval(() => {
        try {
          const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
          if (m) sampled = Math.max(sampled, Number(m[1]));
        } catch {
          // exited
        }
      }, 50);
      // Count lines as they stream by instead of keeping ~500 MB of output.
      let lines = 0;
      let last = 0;
      let firstBad: string | undefined;
      let partial = '';
      const onData = (chunk: Buffer) => {
        for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines++;
        last = chunk[chunk.length - 1]!;
        if (lines < 3 && firstBad === undefined) {
          partial += chunk.toString();
          const first = partial.split('\n')[0]!;
          if (partial.includes('\n') && !JSON.parse(first).days) firstBad = first;
        }
      };
      const r = await collect(child, onData);
      clearInterval(sample);
      expect(r.code, r.stderr).toBe(0);
      expect(firstBad).toBeUndefined();
      expect([lines, last]).toEqual([100_000, 10]);
      const peakKib = timed ? Number(/maxrss-kib=(\d+)/.exec(r.stderr)![1]) : sampled;
      expect(peakKib).toBeGreaterThan(0);
      expect(peakKib / 1024).toBeLessThan(150);
    },
    180_000,
  );

  for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)
    it.runIf(hasBuild)(
      `${signal} stops a long batch promptly with exit ${code}, never cutting a line`,
      async () => {
        const file = join(dir, `long-${signal}.jsonl`);
        writeFileSync(file, people(20_000, 20_000));
        let sentAt = 0;
        const { done } = spawnBin(['week', '--batch', file], (_chunk, child) => {
          if (!sentAt) {
            sentAt = Date.now();
            child.kill(signal);
          }
        });
        const r = await done;
        // A hang guard, not a speed test.
        expect(Date.now() - sentAt).toBeLessThan(10_000);
        expect([r.code, r.signal]).toEqual([code, null]);
        expect(r.stderr).toMatch(new RegExp(`^glowplan: interrupted \\(${signal}\\) after (1 line|\\d+ lines)`));
        expect(r.stdout.endsWith('\n')).toBe(true);
        const out = records(r.stdout);
        expect(out.length).toBeGreaterThan(0);
        expect(out.length).toBeLessThan(20_000);
        expect(out.map((o) => o.line)).toEqual(out.map((_, i) => i + 1));
      },
      30_000,
    );

  it.runIf(hasBuild)(
    'SIGINT while waiting on stdin stops at once (exit 130), after the lines already read',
    async () => {
      let sentAt = 0;
      const { child, done } = spawnBin(['week', '--batch', '-'], (_chunk, c) => {
        if (!sentAt) {
          sentAt = Date.now();
          c.kill('SIGINT');
        }
      });
      child.stdin!.write('{"id":"only"}\n'); // and stdin stays open
      const r = await done;
      expect(Date.now() - sentAt).toBeLessThan(10_000);
      expect([r.code, records(r.stdout).map((o) => o.id)]).toEqual([130, ['only']]);
    },
    30_000,
  );

  it.runIf(hasBuild)(
    'SIGINT with -o: the file is not written (no temp file left); through a pipe, every line sent is whole',
    async () => {
      const input = join(dir, 'long-output.jsonl');
      writeFileSync(input, people(20_000, 20_000));
      const sub = join(dir, 'signal-output');
      mkdirSync(sub);
      const target = join(sub, 'out.jsonl');
      const { child, done } = spawnBin(['week', '--batch', input, '-o', target]);
      // Wait until records are streaming into the temp file, then interrupt.
      let exited = false;
      void done.then(() => (exited = true));
      while (!exited && !readdirSync(sub).some((f) => f.endsWith('.tmp'))) await new Promise((r) => setTimeout(r, 10));
      child.kill('SIGINT');
      const r = await done;
      expect(r.code).toBe(130);
      expect(r.stderr).toMatch(
        new RegExp(`^glowplan: interrupted \\(SIGINT\\) after (1 line|\\d+ lines); ${target} was not written\n$`),
      );
      expect(readdirSync(sub)).toEqual([]);

      const fifo = join(sub, 'pipe');
      if (spawnSync('mkfifo', [fifo]).status !== 0) return; // no mkfifo here
      const piped = spawnBin(['week', '--batch', input, '-o', fifo]);
      let text = '';
      const reader = createReadStream(fifo, 'utf8');
      const readerClosed = new Promise<void>((r) => reader.on('close', () => r()));
      reader.on('data', (chunk) => {
        if (!text) piped.child.kill('SIGINT');
        text += chunk;
      });
      const p = await piped.done;
      await readerClosed;
      expect(p.code).toBe(130);
      expect(p.stderr).toMatch(/^glowplan: interrupted \(SIGINT\) after \d+ lines; every line written is complete\n$/);
      expect(text.endsWith('\n')).toBe(true);
      const out = records(text);
      expect(out.length).toBeLessThan(20_000);
      expect(out.map((o) => o.line)).toEqual(out.map((_, i) => i + 1));
    },
    60_000,
  );

  it.runIf(hasBuild)('keeps batch and the schemas out of the start-up bundle', () => {
    const core = readFileSync(join(ROOT, 'dist', 'glowplan.js'), 'utf8');
    expect(core).not.toContain('line-too-long');
    expect(core).not.toContain('urn:glowplan:schema');
  });
});
