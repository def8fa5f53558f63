#!/usr/bin/env node
// npm run bench: glowplan's speed against its budgets, printed side by side with a verdict each, and
// recorded in .notes/bench-results.md with the date and the machine.
//
//   start-up:  each command of STARTUP (`--help`, `compare --json`, `week --json`, `week` as a table) vs bare
//              `node -e 0` of the same Node: the two alternate run by run (so drift hits both), after warm-ups;
//              medians. Budget: at most 1.3x bare Node. Add a case to STARTUP to measure another command.
//   batch:     BENCH_LINES (100,000) generated profiles, all different (each its own start date, shelf and events,
//              so no result is reused), through `glowplan week --batch -` vs scripts/bench-floor.mjs (reads, parses
//              and writes a week-sized record per line, no planning). Budgets: time at most 2x the floor's (goal
//              1.5x), peak memory (max RSS) at most 1.5x the floor's.
//   history:   `glowplan history` (the last 4 weeks) over a 10-year journal (7,300 records: a log and an amendment
//              a day) vs `glowplan week`, alternating, medians. Budget: at most 1.5x `week`. Also the whole 10
//              years at once (`--weeks 520`): budget well under a second (at most 500 ms).
//
// `--quick` (CI, other Node versions): the same budgets from fewer runs (8 start-up runs after 2 warm-ups, one batch
// run each); noisier, so a ratio near its budget may need a full run to settle.
// `--instructions`: instead, the CPU instructions of each start-up case and of bare `node -e 0`, counted by valgrind's
// callgrind, one run each after two that make the code caches (in a fresh cache folder), with V8's hash seed fixed
// (--hash-seed=1) so that the counts repeat exactly, whatever the machine's load; and those of a batch of
// BENCH_INSTRUCTION_LINES (3,000) generated profiles through `week --batch -` and through the floor, with V8 run
// --single-threaded (every compile and collection on the main thread: V8's background threads make a count move by
// several per cent from run to run) and, for glowplan, Date.now() fixed (scripts/fixed-clock.cjs: a batch gives the
// event loop a turn every 25 ms of wall time, and under callgrind that follows the machine's load); on a quiet machine
// it repeats to about 0.1 per cent (under load, V8's heap sizing, which times its collections, moves it by several).
// A diagnostic, not the budget: it shows a change of a fraction of a per cent that wall times on a busy machine hide.
// Its start-up ratios read low: the fixed seed is a V8 flag, and Node's built-in modules carry code caches made under
// the default flags, so under it Node compiles its built-ins from source. That costs bare `node -e 0`, which loads
// more of them, more than it costs glowplan: on Node 22, about 0.05 to 0.07 below the ratios of runs without the
// flag (medians of five).
// BENCH_ONLY=startup|batch counts only that part.
// Environment: BENCH_RUNS (start-up runs per command, default 20), BENCH_WARMUP (3, at least 2), BENCH_LINES
// (100000), BENCH_BATCH_RUNS (3), BENCH_ONLY=startup|batch|history, BENCH_NO_WRITE=1 (do not touch .notes/).
// Build first (npm run build); the benchmark measures dist/ as installed users get it, on the Node running it.
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import {
  closeSync,
  createReadStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { clearInterval, setInterval } from 'node:timers';
import { fileURLToPath } from 'node:url';
import { random } from './random.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin', 'glowplan.js');
const FLOOR = join(ROOT, 'scripts', 'bench-floor.mjs');
const int = (name, fallback) => {
  const n = Number(process.env[name] ?? fallback);
  return Number.isSafeInteger(n) && n > 0 ? n : fallback;
};
const QUICK = process.argv.includes('--quick');
const INSTRUCTIONS = process.argv.includes('--instructions');
const RUNS = int('BENCH_RUNS', QUICK ? 8 : 20);
// At least 2: a command's first run makes its code cache and the second settles it (bin/glowplan.js).
const WARMUP = Math.max(2, int('BENCH_WARMUP', QUICK ? 2 : 3));
const LINES = int('BENCH_LINES', 100_000);
const BATCH_RUNS = int('BENCH_BATCH_RUNS', QUICK ? 1 : 3);
const ONLY = process.env.BENCH_ONLY;
const BUDGET = { startup: 1.3, batchTime: 2, batchTimeGoal: 1.5, batchMemory: 1.5, history: 1.5, historyAllMs: 500 };
/** The start-up cases: arguments to glowplan, each measured against bare `node -e 0`. */
const STARTUP = [['--help'], ['compare', '--json'], ['week', '--json'], ['week']];
/** How a start-up case is named in the results ("glowplan week (table)"). */
const startupLabel = (args) => `glowplan ${args.join(' ')}${args.length === 1 && args[0] === 'week' ? ' (table)' : ''}`;
for (const arg of process.argv.slice(2))
  if (arg !== '--quick' && arg !== '--instructions') {
    process.stderr.write(`bench: unknown argument ${JSON.stringify(arg)}: use --quick, --instructions or none\n`);
    process.exit(2);
  }

if (!existsSync(join(ROOT, 'dist', 'glowplan.js'))) {
  process.stderr.write('bench: dist/ is missing: run `npm run build` first\n');
  process.exit(1);
}
const work = mkdtempSync(join(tmpdir(), 'glowplan-bench-'));
process.on('exit', () => rmSync(work, { recursive: true, force: true }));
// No saved profile, a fixed "today": every run does the same work. A fresh folder for the code caches a run makes
// (on a Node the build's cache is not for): the warm-ups make them (the first run of a command) and settle them (the
// next), as a user's first runs do, so that what is measured does not depend on caches left by earlier runs of other
// kinds (a `week --help` or a test's `week` with another shelf).
const ENV = {
  ...process.env,
  XDG_CACHE_HOME: join(work, 'cache'),
  XDG_CONFIG_HOME: join(work, 'config'),
  XDG_DATA_HOME: join(work, 'data'),
  GLOWPLAN_TODAY: '2026-11-24',
  NO_COLOR: '1',
};

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
const verdict = (ratio, budget) => (ratio <= budget ? 'ok' : 'OVER BUDGET');
const ms = (x) => `${x.toFixed(1)} ms`;
const times = (x) => `${x.toFixed(2)}x`;
const mb = (kb) => `${(kb / 1024).toFixed(1)} MB`;
const pad = (cells, widths) =>
  cells
    .map((c, i) => (i ? String(c).padStart(widths[i]) : String(c).padEnd(widths[i])))
    .join('  ')
    .trimEnd();
const lines = [];
const say = (text = '') => {
  lines.push(text);
  process.stdout.write(`${text}\n`);
};

function machine() {
  const cpu = cpus()[0]?.model?.trim() ?? 'unknown CPU';
  const nproc = spawnSync('nproc', { encoding: 'utf8' }).stdout?.trim() || String(cpus().length);
  return { date: new Date().toISOString().slice(0, 10), nproc, cpu, node: process.version };
}

/** Wall time of one run, in milliseconds; fails loudly if the command does. */
function timeRun(args) {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'], env: ENV, cwd: ROOT });
  const t = performance.now() - t0;
  if (r.status !== 0)
    throw new Error(`node ${args.join(' ')} exited ${r.status ?? r.signal}: ${String(r.stderr).trim().slice(0, 500)}`);
  return t;
}

function startup() {
  const commands = STARTUP;
  say(`Start-up: median wall time of ${RUNS} runs after ${WARMUP} warm-ups, alternating with bare \`node -e 0\``);
  const widths = [26, 11, 11, 7, 8, 12];
  say(pad(['command', 'glowplan', 'node -e 0', 'ratio', 'budget', 'verdict'], widths));
  const rows = [];
  for (const args of commands) {
    const glow = [];
    const bare = [];
    for (let i = 0; i < WARMUP + RUNS; i++) {
      // Alternate which goes first, so neither always runs on a just-warmed machine.
      const order = i % 2 ? ['glow', 'bare'] : ['bare', 'glow'];
      for (const which of order) {
        const t = which === 'glow' ? timeRun([BIN, ...args]) : timeRun(['-e', '0']);
        if (i >= WARMUP) (which === 'glow' ? glow : bare).push(t);
      }
    }
    const ratio = median(glow) / median(bare);
    const row = {
      command: startupLabel(args),
      glowplan: median(glow),
      node: median(bare),
      ratio,
      verdict: verdict(ratio, BUDGET.startup),
    };
    rows.push(row);
    say(pad([row.command, ms(row.glowplan), ms(row.node), times(ratio), `≤${BUDGET.startup}x`, row.verdict], widths));
  }
  return rows;
}

/** A journal of `days` days up to 2026-11-24: each day a log, then an amendment (two records a day). */
function generateJournal(file, days) {
  const rnd = random(20261202);
  const states = ['good', 'dry', 'oily', 'red', 'stinging', 'peeling', 'breakout'];
  const last = Date.UTC(2026, 10, 24);
  const out = [];
  for (let i = days - 1; i >= 0; i--) {
    const date = new Date(last - i * 86_400_000).toISOString().slice(0, 10);
    const loggedAt = `${date}T21:30:00+00:00`;
    const planned = {
      mask: rnd() < 0.4 ? 'sheet' : null,
      am: ['vitamin-c'],
      pm: rnd() < 0.5 ? ['retinol'] : ['niacinamide'],
    };
    out.push(
      JSON.stringify({ schemaVersion: 1, date, loggedAt, am: 'done', pm: rnd() < 0.9 ? 'done' : 'skipped', planned }),
      JSON.stringify({
        schemaVersion: 1,
        date,
        loggedAt,
        skin: [states[Math.floor(rnd() * states.length)]],
        note: `day ${i}`,
      }),
    );
  }
  writeFileSync(file, `${out.join('\n')}\n`);
}

function history() {
  const journal = join(work, 'journal.jsonl');
  generateJournal(journal, 3650);
  say(
    `History over a 10-year journal (7,300 records) vs \`glowplan week\`: median of ${RUNS} runs after ${WARMUP} ` +
      'warm-ups, alternating',
  );
  const widths = [34, 11, 11, 7, 8, 12];
  say(pad(['command', 'glowplan', 'week', 'ratio', 'budget', 'verdict'], widths));
  const rows = [];
  for (const [label, extra] of [
    ['glowplan history (4 weeks)', []],
    ['glowplan history --weeks 520', ['--weeks', '520']],
  ]) {
    const glow = [];
    const week = [];
    for (let i = 0; i < WARMUP + RUNS; i++) {
      const order = i % 2 ? ['glow', 'week'] : ['week', 'glow'];
      for (const which of order) {
        const t = which === 'glow' ? timeRun([BIN, 'history', '--journal', journal, ...extra]) : timeRun([BIN, 'week']);
        if (i >= WARMUP) (which === 'glow' ? glow : week).push(t);
      }
    }
    const ratio = median(glow) / median(week);
    const whole = extra.length > 0;
    const ok = whole ? median(glow) <= BUDGET.historyAllMs : ratio <= BUDGET.history;
    rows.push({ ok });
    say(
      pad(
        [
          label,
          ms(median(glow)),
          ms(median(week)),
          times(ratio),
          whole ? `≤${BUDGET.historyAllMs} ms` : `≤${BUDGET.history}x`,
          ok ? 'ok' : 'OVER BUDGET',
        ],
        widths,
      ),
    );
  }
  return { ok: rows.every((r) => r.ok) };
}

/**
 * `count` profiles, all different: line i starts on its own day (one day after line i-1, from 1990-01-01), with a
 * random shelf, masks a week and, on a third of the lines, an event in its week. A batch of these reuses nothing.
 */
function generateProfiles(file, count) {
  const rnd = random(20261124);
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const subset = (list, p) => list.filter(() => rnd() < p);
  // The vocabularies as the published profile schema lists them (the same lists as src/domain/vocabulary.ts).
  const { $defs } = JSON.parse(readFileSync(join(ROOT, 'schemas', 'profile-file.schema.json'), 'utf8'));
  const [actives, masks, skins] = [$defs.active.enum, $defs.maskType.enum, $defs.skinType.enum];
  const day = (n) => new Date(Date.UTC(1990, 0, 1 + n)).toISOString().slice(0, 10);
  const out = [];
  const distinct = new Set();
  for (let i = 0; i < count; i++) {
    const line = {
      id: `p${i}`,
      skin: pick(skins),
      serums: subset(actives, 0.3),
      masks: subset(masks, 0.4),
      masksPerWeek: Math.floor(rnd() * 8),
      pregnancySafe: rnd() < 0.1,
      start: day(i),
    };
    if (rnd() < 1 / 3) line.events = [{ date: day(i + Math.floor(rnd() * 7)), label: `event ${i}` }];
    const text = JSON.stringify(line);
    distinct.add(text.slice(text.indexOf(',')));
    out.push(text);
  }
  if (distinct.size !== count) throw new Error(`generated ${count - distinct.size} repeated profiles`);
  writeFileSync(file, `${out.join('\n')}\n`);
}

/** Peak resident memory of a process, in KB: /usr/bin/time when there is one, else VmHWM from /proc. */
const TIME = ['/usr/bin/time', '/bin/time'].find((p) => spawnSync(p, ['-f', '%M', 'true']).status === 0);

/** Runs `node args` with the file on stdin, counting what it writes; wall time and peak memory. */
async function batchRun(args, input) {
  const memFile = join(work, `mem-${process.hrtime.bigint()}`);
  const [cmd, argv] = TIME ? [TIME, ['-f', '%M', '-o', memFile, process.execPath, ...args]] : [process.execPath, args];
  const t0 = performance.now();
  const child = spawn(cmd, argv, { stdio: ['pipe', 'pipe', 'pipe'], env: ENV, cwd: ROOT });
  createReadStream(input).pipe(child.stdin);
  let records = 0;
  let bytes = 0;
  let errors = 0;
  let stderr = '';
  let tail = '';
  child.stdout.on('data', (chunk) => {
    bytes += chunk.length;
    for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) records++;
    // Count error records without parsing everything: they carry "error":{"code"
    const text = tail + chunk.toString('latin1');
    errors += text.split('"error":{"code"').length - 1;
    tail = text.slice(-15); // shorter than the marker: a match is never counted twice
  });
  child.stderr.on('data', (chunk) => (stderr += chunk));
  let hwm = 0;
  const sampler = TIME
    ? undefined
    : setInterval(() => {
        try {
          const m = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
          if (m) hwm = Math.max(hwm, Number(m[1]));
        } catch {
          // gone
        }
      }, 10);
  const [code] = await once(child, 'close');
  const wall = performance.now() - t0;
  if (sampler) clearInterval(sampler);
  if (code !== 0) throw new Error(`${args.join(' ')} exited ${code}: ${stderr.trim().slice(0, 500)}`);
  const peak = TIME ? Number(readFileSync(memFile, 'utf8').trim().split('\n').pop()) : hwm;
  return { wall, peak, records, bytes, errors };
}

async function batch() {
  const input = join(work, 'profiles.jsonl');
  generateProfiles(input, LINES);
  say(
    `Batch: ${LINES.toLocaleString('en')} generated profiles, all different, \`glowplan week --batch -\` vs the floor ` +
      `(scripts/bench-floor.mjs: read, parse, write a week-sized record; no planning); ${BATCH_RUNS} run(s) each, medians`,
  );
  const glow = [];
  const floor = [];
  for (let i = 0; i < BATCH_RUNS; i++) {
    floor.push(await batchRun([FLOOR], input));
    glow.push(await batchRun([BIN, 'week', '--batch', '-'], input));
  }
  for (const [name, runs] of [
    ['glowplan', glow],
    ['floor', floor],
  ])
    for (const r of runs)
      if (r.records !== LINES || (name === 'glowplan' && r.errors))
        throw new Error(`${name} wrote ${r.records} records (${r.errors} errors) for ${LINES} lines`);
  const m = (runs, key) => median(runs.map((r) => r[key]));
  const g = { wall: m(glow, 'wall'), peak: m(glow, 'peak'), bytes: m(glow, 'bytes') };
  const f = { wall: m(floor, 'wall'), peak: m(floor, 'peak'), bytes: m(floor, 'bytes') };
  const timeRatio = g.wall / f.wall;
  const memRatio = g.peak / f.peak;
  const widths = [10, 11, 13, 12, 14];
  say(pad(['', 'time', 'records/s', 'peak RSS', 'bytes/record'], widths));
  for (const [name, r] of [
    ['glowplan', g],
    ['floor', f],
  ])
    say(
      pad(
        [
          name,
          `${(r.wall / 1000).toFixed(2)} s`,
          Math.round(LINES / (r.wall / 1000)).toLocaleString('en'),
          mb(r.peak),
          Math.round(r.bytes / LINES).toLocaleString('en'),
        ],
        widths,
      ),
    );
  say(pad(['ratio', times(timeRatio), '', times(memRatio), ''], widths));
  say(
    pad(['budget', `≤${BUDGET.batchTime}x (goal ${BUDGET.batchTimeGoal}x)`, '', `≤${BUDGET.batchMemory}x`, ''], widths),
  );
  say(pad(['verdict', verdict(timeRatio, BUDGET.batchTime), '', verdict(memRatio, BUDGET.batchMemory), ''], widths));
  if (!TIME) say('(peak memory sampled from /proc/<pid>/status VmHWM every 10 ms; /usr/bin/time not found)');
  return { glowplan: g, floor: f, timeRatio, memRatio };
}

/**
 * Millions of CPU instructions of `node --hash-seed=1 <args>`, counted by callgrind (see --instructions); `input`: a
 * file read on stdin.
 */
function instructions(args, env, input) {
  const stdin = input ? openSync(input, 'r') : 'ignore';
  const r = spawnSync(
    'valgrind',
    ['--tool=callgrind', '--callgrind-out-file=/dev/null', process.execPath, '--hash-seed=1', ...args],
    { encoding: 'utf8', env, cwd: ROOT, stdio: [stdin, 'ignore', 'pipe'] },
  );
  if (typeof stdin === 'number') closeSync(stdin);
  const found = /Collected : (\d+)/.exec(r.stderr ?? '');
  if (r.status !== 0 || !found) throw new Error(`valgrind ${args.join(' ')}: ${String(r.stderr).trim().slice(-500)}`);
  return Number(found[1]) / 1e6;
}

function startupInstructions() {
  const env = { ...ENV, XDG_CACHE_HOME: join(work, 'instructions-cache') };
  say('Start-up: CPU instructions (millions), one callgrind run each after two that make the code caches, V8 hash');
  say('seed fixed (--hash-seed=1): the counts repeat exactly. A diagnostic: the budget is the wall-time ratio.');
  const widths = [26, 11, 11, 7];
  say(pad(['command', 'glowplan', 'node -e 0', 'ratio'], widths));
  const bare = instructions(['-e', '0'], env);
  for (const args of STARTUP)
    for (let i = 0; i < 2; i++)
      spawnSync(process.execPath, ['--hash-seed=1', BIN, ...args], { env, cwd: ROOT, stdio: 'ignore' });
  for (const args of STARTUP) {
    const glow = instructions([BIN, ...args], env);
    say(pad([startupLabel(args), glow.toFixed(1), bare.toFixed(1), times(glow / bare)], widths));
  }
}

function batchInstructions() {
  const lines = int('BENCH_INSTRUCTION_LINES', 3000);
  const input = join(work, 'instructions.jsonl');
  generateProfiles(input, lines);
  // No code cache: a cache made without --single-threaded would be rejected anyway, and none is left behind.
  const env = { ...ENV, GLOWPLAN_NO_CODE_CACHE: '1' };
  say(
    `Batch: CPU instructions (millions) of ${lines.toLocaleString('en')} generated profiles, all different, with V8 run`,
  );
  say('--single-threaded (every compile and collection on the main thread) and, for glowplan, Date.now() fixed');
  say(
    '(scripts/fixed-clock.cjs: no turn of the event loop timed by the clock): on a quiet machine the counts repeat to',
  );
  say(
    "about 0.1 per cent (under load, V8's heap sizing, which times its collections, moves them by several per cent).",
  );
  say(
    `(Over ${lines.toLocaleString('en')} lines start-up and V8's warm-up weigh more than over the budget's 100,000.)`,
  );
  const widths = [26, 11, 11, 7];
  say(pad(['command', 'glowplan', 'floor', 'ratio'], widths));
  const floor = instructions(['--single-threaded', FLOOR], env, input);
  const clock = join(ROOT, 'scripts', 'fixed-clock.cjs');
  const glow = instructions(['--single-threaded', '--require', clock, BIN, 'week', '--batch', '-'], env, input);
  say(pad(['glowplan week --batch -', glow.toFixed(0), floor.toFixed(0), times(glow / floor)], widths));
}

if (INSTRUCTIONS) {
  if (spawnSync('valgrind', ['--version']).status !== 0) {
    process.stderr.write('bench: --instructions needs valgrind (e.g. apt-get install valgrind)\n');
    process.exit(1);
  }
  say(`glowplan bench --instructions, ${machine().date}: Node ${process.version}`);
  if (ONLY !== 'batch') startupInstructions();
  if (!ONLY) say();
  if (ONLY !== 'startup') batchInstructions();
  process.exit(0);
}

const host = machine();
say(`glowplan bench${QUICK ? ' --quick' : ''}, ${host.date}: ${host.nproc} x ${host.cpu}, Node ${host.node}`);
say();
const startupRows = !ONLY || ONLY === 'startup' ? startup() : [];
if (!ONLY) say();
const batchResult = !ONLY || ONLY === 'batch' ? await batch() : undefined;
if (!ONLY) say();
const historyResult = !ONLY || ONLY === 'history' ? history() : undefined;

const failed =
  startupRows.some((r) => r.ratio > BUDGET.startup) ||
  (batchResult && (batchResult.timeRatio > BUDGET.batchTime || batchResult.memRatio > BUDGET.batchMemory)) ||
  (historyResult && !historyResult.ok);
say();
say(failed ? 'Verdict: some budgets are not met (see above).' : 'Verdict: every budget is met.');

if (!process.env.BENCH_NO_WRITE) {
  mkdirSync(join(ROOT, '.notes'), { recursive: true });
  const notes = [
    '# Benchmark results (`npm run bench`)',
    '',
    `Date: ${host.date}. Machine: ${host.nproc} CPU(s) (\`nproc\`), ${host.cpu}; Node ${host.node}; ${process.platform}-${process.arch}.`,
    '',
    '```',
    ...lines,
    '```',
    '',
  ].join('\n');
  writeFileSync(join(ROOT, '.notes', 'bench-results.md'), notes);
  process.stdout.write('\nWritten to .notes/bench-results.md\n');
}
