// Batch planning (`week --batch`, `plan --batch`): JSON Lines in, one profile a line; JSON Lines out, one result a
// line, in input order. Streamed with backpressure so memory stays flat however long the input; a bad line becomes
// an error record and the others go on; SIGINT/SIGTERM stop cleanly between records. Loaded only with --batch.
import { once } from 'node:events';
import { fstatSync, type Stats } from 'node:fs';
import { open, stat, type FileHandle } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { isatty } from 'node:tty';
import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';
import type { App, ProfileFlags } from '../cli/app.js';
import { askedFormat, type OutputFlags } from '../cli/deliver.js';
import { mondayOf, type IsoDate } from '../domain/dates.js';
import type { MaskType } from '../domain/vocabulary.js';
import { InterruptError, RuntimeError, UsageError } from '../lib/errors.js';
import { onInterrupt, SIGNAL_EXIT_CODES, type StopSignal } from '../cli/interrupt.js';
import { describeFileError, openOutput, type OutputSink } from '../lib/atomic-file.js';
import { MAX_JSON_DEPTH, tooDeep } from '../lib/json-depth.js';
import {
  markProducts,
  overridesFromFlags,
  PROFILE_FIELDS,
  resolveProfile,
  validateProfile,
  type ProductMark,
  type ProfileFile,
} from '../profile/schema.js';
import { readProfileFile } from '../profile/store.js';
import { compactMembers } from '../render/json-lines.js';
import type { Result } from '../results/types.js';
import { planResult, weekResult } from '../results/plan.js';
import { closest } from '../lib/closest.js';
import { isDevice } from '../lib/file-kind.js';
import { loggedDays, mergeRecords } from '../journal/merge.js';
import { checkRecord, type JournalRecord } from '../journal/record.js';
import type { LoggedDay, PlanEvent, Profile } from '../rules/types.js';
import { dateProblem, labelProblem, LABEL_MAX, weeksProblem } from '../domain/validators.js';

/** The flags `week --batch` and `plan --batch` read (the command's own flags act as defaults for every line). */
export interface BatchFlags extends OutputFlags, Omit<ProfileFlags, 'mask'> {
  batch: string;
  start?: IsoDate;
  weeks?: number;
  date?: IsoDate;
  event?: PlanEvent[];
  explain?: boolean;
  /** --journal / --no-journal: a batch never reads the journal file (each line carries its own `journal`). */
  journal?: string | false;
  /** week: the masks to rotate (a list); plan: tonight's mask, or false for --no-mask. */
  mask?: MaskType[] | MaskType | string | false;
}

/** The codes an error record carries (see schemas/batch.schema.json). */
export const BATCH_ERROR_CODES = [
  'invalid-json',
  'invalid-line',
  'invalid-field',
  'invalid-date',
  'invalid-profile',
  'line-too-long',
  'too-deep',
  'plan-failed',
] as const;
export type BatchErrorCode = (typeof BATCH_ERROR_CODES)[number];

/** Longest line read, in characters; a longer one becomes a `line-too-long` record (and is never held whole). */
export const MAX_LINE = 1 << 20;
/** Most events a line may list. */
const MAX_EVENTS = 1000;
/** Results kept for lines that repeat (same fields but the id): at most this many characters of JSON. */
const CACHE_CHARS = 4 << 20;
/** At most this long (ms) between two turns of the event loop, so a signal is seen promptly. */
const TURN_MS = 25;
/** Lines remembered (by their fields) to notice repeats. */
const SEEN_KEYS = 4096;
/** Records held before they are written, in characters. */
const PENDING_CHARS = 1 << 16;
/**
 * The young generation (V8's new space, both semi-spaces) a long batch may grow to, in bytes. Measured over 100,000
 * profiles. Node 24: at 16 MB the peak memory was still 1.65x the floor's, at 8 MB 1.2x (no change in time beyond
 * the noise of the measurements), so 8 MB. Node 20 and 22 hold less beside it: 16 MB there, which halves the
 * collections (each a pause of about 0.3 ms, whatever its size, as little survives one) for about 12 MB more.
 */
const YOUNG_CAP = Number(process.versions.node.split('.')[0]) >= 24 ? 8 << 20 : 16 << 20;
/** Lines between two looks at the young generation's size. */
const YOUNG_CHECK_LINES = 64;

const LINE_FIELDS = {
  week: ['id', 'start', 'weeks', 'events', 'new', 'patchTested', 'journal'],
  plan: ['id', 'date', 'events', 'new', 'patchTested', 'journal'],
} as const;
/** Most journal records a line may carry (20 years of days, amended twice). */
const MAX_RECORDS = 22_000;
const PROFILE_KEYS: readonly string[] = PROFILE_FIELDS;

const show = (value: unknown) => {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
};

/** A line that cannot be planned: becomes `{"id", "line", "error": {code, message, field?}}`. */
class LineError extends Error {
  constructor(
    readonly code: BatchErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

/** Everything a line is planned with that does not change from line to line. */
interface Context {
  command: 'week' | 'plan';
  app: App;
  base: ProfileFile;
  baseProfile: Profile;
  defaultDate: IsoDate;
  defaultWeeks: number;
  defaultEvents: PlanEvent[];
  /** --new and --patch-tested: the products every line marks, unless the line gives its own. */
  defaultStarted: ProductMark[];
  defaultPatchTested: ProductMark[];
  /** Today, the date a `new` product without one starts on. */
  today: IsoDate;
  explain: boolean;
  /** plan --mask / --no-mask: tonight's mask on every line's date. */
  tonight?: MaskType | false;
}

function checkDate(value: unknown, field: string): IsoDate {
  const problem = dateProblem(value);
  if (problem) throw new LineError('invalid-date', `${field} ${problem}, got ${show(value)}`, field);
  return value as IsoDate;
}

/** `"new": ["retinol", "Night Renew:2026-12-01"]` or `"patchTested": ["retinol"]`: like --new and --patch-tested. */
function checkMarks(value: unknown, field: 'new' | 'patchTested'): ProductMark[] {
  const shape = field === 'new' ? '"product" or "product:YYYY-MM-DD"' : '"product"';
  if (!Array.isArray(value) || value.length > MAX_EVENTS)
    throw new LineError('invalid-field', `${field} must be a list of ${shape}, got ${show(value)}`, field);
  return value.map((item: unknown, i) => {
    const at = `${field}[${i}]`;
    if (typeof item !== 'string' || !item.trim())
      throw new LineError('invalid-field', `${at} must be ${shape}, got ${show(item)}`, at);
    const colon = item.lastIndexOf(':');
    const dated = field === 'new' && colon !== -1 && /^\s*\d{4}-/.test(item.slice(colon + 1));
    const target = (dated ? item.slice(0, colon) : item).trim();
    const problem = labelProblem(target);
    if (problem || !target)
      throw new LineError('invalid-field', `${at} ${problem ?? 'needs an active, a mask type or a product name'}`, at);
    return dated ? { target, date: checkDate(item.slice(colon + 1).trim(), at) } : { target };
  });
}

function checkEvents(value: unknown): PlanEvent[] {
  if (!Array.isArray(value))
    throw new LineError('invalid-field', `events must be a list of {"date", "label"}, got ${show(value)}`, 'events');
  if (value.length > MAX_EVENTS)
    throw new LineError('invalid-field', `events must list at most ${MAX_EVENTS} events`, 'events');
  return value.map((event: unknown, i) => {
    const at = `events[${i}]`;
    if (typeof event !== 'object' || event === null || Array.isArray(event))
      throw new LineError(
        'invalid-field',
        `${at} must be {"date": "YYYY-MM-DD", "label": "…"}, got ${show(event)}`,
        at,
      );
    for (const key of Object.keys(event))
      if (key !== 'date' && key !== 'label')
        throw new LineError('invalid-field', `${at}.${key} is not a field; an event has date, label`, `${at}.${key}`);
    const { date, label } = event as { date?: unknown; label?: unknown };
    const day = checkDate(date, `${at}.date`);
    if (label !== undefined && label !== null && (typeof label !== 'string' || labelProblem(label)))
      throw new LineError(
        'invalid-field',
        `${at}.label must be a text of at most ${LABEL_MAX} characters`,
        `${at}.label`,
      );
    return { date: day, label: typeof label === 'string' && label.trim() ? label.trim() : null };
  });
}

/** A line's `journal`: records checked as the journal file's are (loggedAt may be left out), merged in order. */
function checkJournal(value: unknown): LoggedDay[] {
  if (!Array.isArray(value))
    throw new LineError('invalid-field', `journal must be a list of journal records, got ${show(value)}`, 'journal');
  if (value.length > MAX_RECORDS)
    throw new LineError('invalid-field', `journal must list at most ${MAX_RECORDS} records`, 'journal');
  const records: JournalRecord[] = value.map((raw: unknown, i) => {
    const checked = checkRecord(raw);
    if (checked.ok) return checked.value;
    const field = `journal[${i}]${checked.field ? `.${checked.field}` : ''}`;
    throw new LineError('invalid-field', `journal[${i}]: ${checked.message}`, field);
  });
  return loggedDays(mergeRecords(records));
}

/** The JSON of one line's result, without the braces' opening (the record prefixes id and line). */
function planLine(ctx: Context, raw: Record<string, unknown>): string {
  const allowed: readonly string[] = LINE_FIELDS[ctx.command];
  let fields: Record<string, unknown> | undefined;
  for (const key of Object.keys(raw)) {
    if (allowed.includes(key)) continue;
    if (PROFILE_KEYS.includes(key)) {
      (fields ??= {})[key] = raw[key];
      continue;
    }
    const other = ctx.command === 'week' ? 'date' : 'start';
    const hint =
      key === other || (ctx.command === 'plan' && key === 'weeks')
        ? ` (${ctx.command} lines take ${ctx.command === 'week' ? '"start"' : '"date"'})`
        : ((h) => (h ? ` (did you mean "${h}"?)` : ''))(closest(key, [...allowed, ...PROFILE_KEYS]));
    throw new LineError(
      'invalid-line',
      `${show(key)} is not a field${hint}; a line has ${allowed.join(', ')} and the profile fields ${PROFILE_KEYS.join(', ')}`,
      key,
    );
  }
  let profile = ctx.baseProfile;
  if (fields) {
    const checked = validateProfile(fields);
    if (!checked.ok)
      throw new LineError(
        'invalid-profile',
        checked.problems.map((p) => p.message).join('; '),
        checked.problems[0]!.field || undefined,
      );
    profile = resolveProfile(ctx.base, checked.value, {});
  }
  const started = raw.new === undefined ? ctx.defaultStarted : checkMarks(raw.new, 'new');
  const patchTested =
    raw.patchTested === undefined ? ctx.defaultPatchTested : checkMarks(raw.patchTested, 'patchTested');
  if (started.length || patchTested.length) {
    for (const [field, marks] of [
      ['new', { started }],
      ['patchTested', { patchTested }],
    ] as const) {
      const marked = markProducts(profile, marks, ctx.today);
      if (!marked.ok) throw new LineError('invalid-field', `${field} ${marked.message}`, field);
      profile = marked.profile;
    }
  }
  const events = raw.events === undefined ? ctx.defaultEvents : checkEvents(raw.events);
  const journal = raw.journal === undefined ? [] : checkJournal(raw.journal);
  const data = ctx.app.data;
  let result: Result;
  if (ctx.command === 'week') {
    const start = raw.start === undefined ? ctx.defaultDate : checkDate(raw.start, 'start');
    let weeks = ctx.defaultWeeks;
    if (raw.weeks !== undefined) {
      const problem = weeksProblem(raw.weeks);
      if (problem) throw new LineError('invalid-field', `weeks ${problem}, got ${show(raw.weeks)}`, 'weeks');
      weeks = raw.weeks as number;
    }
    result = weekResult(profile, start, weeks, { events, journal }, ctx.explain, data);
  } else {
    const date = raw.date === undefined ? ctx.defaultDate : checkDate(raw.date, 'date');
    result = planResult(profile, date, ctx.tonight, { events, journal }, ctx.explain, data);
  }
  return compactMembers(result);
}

/**
 * Results of lines that repeat (the same fields but the id), oldest dropped first. A result is kept only once its
 * line has been seen twice, so a batch of all-different lines keeps nothing but short keys (and memory stays flat).
 */
class ResultCache {
  private readonly seen = new Set<string>();
  /**
   * The seen keys in the order they came, a ring: the oldest is found at once. (Asking the set for its first key
   * walks past the deleted keys still before it: about 2 µs a line against 0.3 µs in a long batch.)
   */
  private readonly order: (string | undefined)[] = new Array<string | undefined>(SEEN_KEYS).fill(undefined);
  private oldest = 0;
  private readonly map = new Map<string, string>();
  private chars = 0;
  get(key: string): string | undefined {
    return this.map.get(key);
  }
  set(key: string, body: string): void {
    if (!this.seen.has(key)) {
      const dropped = this.order[this.oldest];
      if (dropped !== undefined) this.seen.delete(dropped);
      this.seen.add(key);
      this.order[this.oldest] = key;
      this.oldest = (this.oldest + 1) % SEEN_KEYS;
      return;
    }
    const size = key.length + body.length;
    if (size > CACHE_CHARS / 8) return;
    this.map.set(key, body);
    this.chars += size;
    for (const [k, v] of this.map) {
      if (this.chars <= CACHE_CHARS) break;
      this.map.delete(k);
      this.chars -= k.length + v.length;
    }
  }
}

/**
 * What a line's result is remembered by: its fields but the id, as JSON without the opening brace. A line that starts
 * with its id, as written by JSON.stringify (`{"id":"p1",…`), is its own text after that member: no second walk over
 * its fields, and no copy (a slice of the line). The key of a line written any other way is its fields without the
 * id, written by JSON.stringify. Equal keys are equal fields.
 */
function repeatKey(text: string, fields: Record<string, unknown>, id: unknown): string {
  if (id === undefined) return (text.charCodeAt(0) === 0x7b ? text : JSON.stringify(fields)).slice(1);
  const prefix = `{"id":${JSON.stringify(id)},`;
  if (text.startsWith(prefix)) return text.slice(prefix.length);
  return JSON.stringify({ ...fields, id: undefined }).slice(1);
}

/** One output record (a complete line, newline included) for one input line; counts failures. */
function makeRecorder(ctx: Context) {
  const cache = new ResultCache();
  const state = { lines: 0, failed: 0, firstFailure: '' };
  const record = (text: string, line: number): string => {
    state.lines++;
    let id: string | number | null = null;
    try {
      let raw: unknown;
      if (tooDeep(text))
        throw new LineError('too-deep', `nested more than ${MAX_JSON_DEPTH} levels deep: a line is one profile object`);
      try {
        raw = JSON.parse(text);
      } catch (err) {
        throw new LineError('invalid-json', `not valid JSON (${(err as Error).message.split('\n')[0]})`);
      }
      if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
        throw new LineError('invalid-line', `a line must be a JSON object (a profile), got ${show(raw)}`);
      const fields = raw as Record<string, unknown>;
      const given = fields.id;
      if (given !== undefined && given !== null) {
        if (typeof given !== 'string' && typeof given !== 'number')
          throw new LineError('invalid-field', `id must be a text or a number, got ${show(given)}`, 'id');
        id = given;
      }
      const key = repeatKey(text, fields, given);
      let body = cache.get(key);
      if (body === undefined) {
        try {
          body = planLine(ctx, fields);
        } catch (err) {
          if (err instanceof LineError) throw err;
          throw new LineError('plan-failed', `could not plan this line: ${(err as Error).message}`);
        }
        cache.set(key, body);
      }
      return `{"id":${JSON.stringify(id)},"line":${line},${body}\n`;
    } catch (err) {
      // Only LineErrors are expected here; anything else still gets a record the schema allows.
      const e = err instanceof LineError ? err : new LineError('plan-failed', (err as Error).message);
      state.failed++;
      state.firstFailure ||= `line ${line}: ${e.message}`;
      const error = { code: e.code, message: e.message, ...(e.field ? { field: e.field } : {}) };
      return `${JSON.stringify({ id, line, error })}\n`;
    }
  };
  return { record, state };
}

/** Records go to stdout, with its backpressure. */
function stdoutOutput(app: App): OutputSink {
  const sink = app.io.stdout as { write(s: string): unknown; once?: unknown };
  const emitter = typeof sink.once === 'function' ? (sink as unknown as NodeJS.EventEmitter) : undefined;
  return {
    write: (text) => sink.write(text) !== false,
    drained: async () => {
      if (emitter) await once(emitter, 'drain');
    },
    commit: async () => {},
    discard: async () => {},
    whole: false,
  };
}

/**
 * Whether input of this kind comes as lines that end: a file, a pipe, a socket, a terminal (lines typed, ended with
 * Ctrl-D) or the null device (no lines). Any other device is not: /dev/zero never ends a line nor the input,
 * /dev/urandom never ends, a disk is no text.
 */
function endsAsLines(info: Stats, fd: number): boolean {
  return !isDevice(info) || isatty(fd);
}

/** Opens the batch input: a file (a missing one is exit 2 naming it) or stdin for "-" (see endsAsLines for devices). */
async function openInput(app: App, path: string): Promise<Readable> {
  if (path === '-') {
    const stdin = app.io.stdin as unknown as Readable & { fd?: unknown };
    if (typeof stdin.fd === 'number' && !endsAsLines(fstatSync(stdin.fd), stdin.fd))
      throw new UsageError(
        'standard input is a device, not a file or a pipe: give --batch a file, or pipe the lines in',
      );
    stdin.setEncoding('utf8');
    return stdin;
  }
  let handle: FileHandle;
  try {
    handle = await open(path, 'r');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UsageError(`batch file ${path} does not exist`);
    if (code === 'EACCES' || code === 'EPERM')
      throw new UsageError(`cannot read batch file ${path}: permission denied`);
    // A socket cannot be opened (ENXIO).
    if ((await stat(path).catch(() => undefined))?.isSocket())
      throw new UsageError(`batch file ${path} is a socket, not a file: give a file, or - for standard input`);
    throw new UsageError(`cannot read batch file ${path}: ${await describeFileError(err)}`);
  }
  const info = await handle.stat();
  if (info.isDirectory()) {
    await handle.close();
    throw new UsageError(`batch file ${path} is a folder, not a file`);
  }
  if (!endsAsLines(info, handle.fd)) {
    await handle.close();
    throw new UsageError(`batch file ${path} is a device, not a file: give a file, or - for standard input`);
  }
  return handle.createReadStream({ encoding: 'utf8', highWaterMark: 64 * 1024 });
}

/** Profile flags as profile-file fields, so they become defaults that a line's own fields replace. */
function flagFields(flags: BatchFlags, command: 'week' | 'plan'): ProfileFile {
  // plan's --mask is tonight's mask, not the shelf.
  return overridesFromFlags(flags, { masks: command === 'week' });
}

const defined = (file: ProfileFile | undefined): ProfileFile =>
  Object.fromEntries(Object.entries(file ?? {}).filter(([, value]) => value !== undefined));

/**
 * V8's young generation (where a line's short-lived objects go) as a long batch wants it; both flags are set back to
 * V8's defaults when the batch ends (the growth factor must be: V8 checks a code cache made at the end of the run
 * against its flags, and rejects one made under another factor).
 * - Kept small. Over a long batch V8 keeps doubling it (to two 16 MB semi-spaces on Node 20, two 64 MB ones on Node
 *   24: most of Node 24's peak memory), for little gain in speed. Its size cannot be capped once the heap is set up
 *   (--max-semi-space-size is read once), but the growth factor is read at each growth: once the young generation
 *   reaches YOUNG_CAP, a factor of 1 stops it there. Left alone when the user gave Node a semi-space flag.
 * - Collected on the main thread alone (--no-parallel-scavenge, read at each collection). A batch collects it every
 *   4 ms or so and little survives (about 80 KB of 4 MB), so handing each collection to helper threads costs more
 *   than they save, and takes a core from the process reading the records (or from the other batches GNU parallel
 *   runs). Over 100,000 profiles on two cores: 4 to 6 per cent less wall time on Node 20, 22 and 24. Left alone when
 *   the user gave Node a flag for it (or --single-threaded-gc, which implies it).
 */
function youngGeneration(): { check(): void; release(): void } {
  const given = [...process.execArgv, process.env.NODE_OPTIONS ?? ''];
  const chosen = given.some((a) => a.includes('semi-space'));
  const serial = !given.some((a) => a.includes('scavenge') || a.includes('single-threaded'));
  if (serial) setFlagsFromString('--no-parallel-scavenge');
  let capped = chosen;
  return {
    check() {
      if (capped) return;
      for (const space of getHeapSpaceStatistics())
        if (space.space_name === 'new_space' && space.space_size >= YOUNG_CAP) {
          setFlagsFromString('--semi-space-growth-factor=1');
          capped = true;
        }
    },
    release() {
      if (serial) setFlagsFromString('--parallel-scavenge');
      if (capped && !chosen) setFlagsFromString('--semi-space-growth-factor=2');
      capped = chosen;
    },
  };
}

/** Runs `week --batch` or `plan --batch`: reads every line, writes every record, then reports failures. */
export async function runBatch(app: App, command: 'week' | 'plan', flags: BatchFlags): Promise<void> {
  const format = askedFormat(flags);
  if (format !== 'json' && flags.format !== undefined)
    throw new UsageError(`--batch writes JSON Lines: --format ${format} cannot be used with it (leave --format out)`);
  if (flags.interactive) throw new UsageError('--batch never asks questions: leave out -i/--interactive');
  if (typeof flags.journal === 'string')
    throw new UsageError(
      '--batch never reads the journal file: give each line its own "journal": [records] (leave out --journal)',
    );

  // Defaults for every line: the built-in profile, then --profile, then profile flags; then the command's flags.
  const fileFields = flags.profile !== undefined ? await readProfileFile(flags.profile, true) : undefined;
  const base: ProfileFile = { ...app.defaultProfileFile(), ...defined(fileFields), ...flagFields(flags, command) };
  const ctx: Context = {
    command,
    app,
    base,
    baseProfile: resolveProfile(base, undefined, {}),
    defaultDate: command === 'week' ? (flags.start ?? mondayOf(app.today())) : (flags.date ?? app.today()),
    defaultWeeks: flags.weeks ?? 1,
    defaultEvents: flags.event ?? [],
    defaultStarted: flags.new ?? [],
    defaultPatchTested: flags.patchTested ?? [],
    today: app.today(),
    explain: Boolean(flags.explain),
    tonight: command === 'plan' ? (flags.mask as MaskType | false | undefined) : undefined,
  };

  const input = await openInput(app, flags.batch);
  let out: OutputSink;
  try {
    out = flags.output !== undefined ? await openOutput(flags.output, { force: flags.force }) : stdoutOutput(app);
  } catch (err) {
    if (flags.batch !== '-') input.destroy();
    throw err;
  }

  // A signal stops reading; the record in hand is finished, nothing is cut in half (a second one ends the process).
  let signal: StopSignal | undefined;
  let wake: () => void = () => {};
  const stopped = new Promise<void>((resolve) => (wake = resolve));
  const detach = onInterrupt((sig) => {
    signal ??= sig;
    wake();
    input.destroy();
  });

  const { record, state } = makeRecorder(ctx);
  const young = youngGeneration();
  let line = 0;
  let lastTurn = Date.now();
  // Records are written together, at most PENDING_CHARS at a time and at the end of every piece of input read (so
  // a slow writer of lines sees each answer as soon as its line is in): one write per record cost about a tenth more CPU.
  let pending = '';
  const flush = async () => {
    if (!pending) return;
    const text = pending;
    pending = '';
    if (!out.write(text)) await Promise.race([out.drained(), stopped]);
  };
  // Writes that never block would keep the event loop from ever seeing a signal: give it a turn now and then.
  const giveTurn = async () => {
    await nextTurn();
    lastTurn = Date.now();
  };
  /**
   * Records a line. A promise only when there is something to wait for (a flush, a turn of the event loop): an await
   * on every line, with nothing to wait for, made a promise and a microtask per line, about 6 per cent of a batch.
   */
  const emit = (text: string): Promise<void> | undefined => {
    line++;
    if (text.endsWith('\r')) text = text.slice(0, -1);
    if (line === 1 && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    if (!text.trim()) return undefined;
    pending += record(text, line);
    if (line % YOUNG_CHECK_LINES === 0) young.check();
    if (pending.length >= PENDING_CHARS) return flush();
    return Date.now() - lastTurn > TURN_MS ? giveTurn() : undefined;
  };
  const tooLong = () => {
    line++;
    state.lines++;
    state.failed++;
    state.firstFailure ||= `line ${line}: the line is longer than ${MAX_LINE} characters`;
    const error = { code: 'line-too-long', message: `the line is longer than ${MAX_LINE} characters` };
    pending += `${JSON.stringify({ id: null, line, error })}\n`;
  };

  const source = flags.batch === '-' ? 'stdin' : `batch file ${flags.batch}`;
  try {
    let carry = '';
    let skipping = false;
    try {
      reading: for await (const chunk of input as AsyncIterable<string>) {
        let from = 0;
        for (let nl = chunk.indexOf('\n'); nl !== -1; nl = chunk.indexOf('\n', from)) {
          if (skipping) {
            // Its record went out when it passed the limit: its end only ends the skipping.
            skipping = false;
          } else if (carry.length + nl - from > MAX_LINE) {
            carry = '';
            tooLong();
          } else {
            const text = carry ? carry + chunk.slice(from, nl) : chunk.slice(from, nl);
            carry = '';
            const wait = emit(text);
            if (wait) await wait;
          }
          from = nl + 1;
          if (signal) break reading;
        }
        if (!skipping) {
          carry += chunk.slice(from);
          if (carry.length > MAX_LINE) {
            // Recorded now, not at its end: the rest of the line may be long in coming, or never come.
            carry = '';
            skipping = true;
            tooLong();
          }
        }
        await flush();
      }
      if (!signal && !skipping && carry) await emit(carry);
      await flush();
    } catch (err) {
      // When stopping, the input was closed under the reader on purpose.
      await flush();
      if (!signal)
        throw err instanceof RuntimeError || err instanceof UsageError
          ? err
          : new RuntimeError(`cannot read ${source}: ${await describeFileError(err)}`);
    }
    if (signal) {
      await out.discard();
      const kept = out.whole ? `; ${flags.output} was not written` : '; every line written is complete';
      throw new InterruptError(
        `interrupted (${signal}) after ${state.lines} line${state.lines === 1 ? '' : 's'}${kept}`,
        SIGNAL_EXIT_CODES[signal],
      );
    }
    await out.commit();
  } catch (err) {
    if (!(err instanceof InterruptError)) await out.discard().catch(() => {});
    throw err;
  } finally {
    detach();
    young.release();
    if (flags.batch !== '-') input.destroy();
  }

  if (flags.output !== undefined)
    app.io.stderr.write(
      `Wrote ${state.lines} ${command} result${state.lines === 1 ? '' : 's'} (JSON Lines) to ${flags.output}\n`,
    );
  if (state.failed)
    throw new RuntimeError(
      `${state.failed} of ${state.lines} lines failed (${state.firstFailure}); their records carry "error"`,
    );
}
