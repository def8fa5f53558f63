// Batch planning (`week --batch`, `plan --batch`): JSON Lines in, one profile a line; JSON Lines out, one result a
// line, in input order. Streamed with backpressure so memory stays flat however long the input; a bad line becomes
// an error record and the others go on; SIGINT/SIGTERM stop cleanly between records. Loaded only with --batch.
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { createWriteStream, unlinkSync, type WriteStream } from 'node:fs';
import { link, open, rename, stat, unlink, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join, sep } from 'node:path';
import type { Readable } from 'node:stream';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { App, OutputFlags, ProfileFlags } from './app.js';
import { mondayOf, parseIsoDate, type IsoDate } from './dates.js';
import type { MaskType } from './domain.js';
import { InterruptError, RuntimeError, STOPS_CLEANLY, UsageError } from './errors.js';
import { PROFILE_FIELDS, resolveProfile, validateProfile, type ProfileFile } from './profile.js';
import { readProfileFile } from './profile-store.js';
import { toJson } from './render/json.js';
import { planResult, weekResult } from './plan-results.js';
import { closest } from './rules/scenario.js';
import type { PlanEvent, Profile } from './rules/types.js';

/** The flags `week --batch` and `plan --batch` read (the command's own flags act as defaults for every line). */
export interface BatchFlags extends OutputFlags, Omit<ProfileFlags, 'mask'> {
  batch: string;
  start?: IsoDate;
  weeks?: number;
  date?: IsoDate;
  event?: PlanEvent[];
  explain?: boolean;
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

const LINE_FIELDS = { week: ['id', 'start', 'weeks', 'events'], plan: ['id', 'date', 'events'] } as const;
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
  explain: boolean;
  /** plan --mask / --no-mask: tonight's mask on every line's date. */
  tonight?: MaskType | false;
}

function checkDate(value: unknown, field: string): IsoDate {
  if (typeof value !== 'string' || !parseIsoDate(value))
    throw new LineError('invalid-date', `${field} must be a calendar date YYYY-MM-DD, got ${show(value)}`, field);
  return value;
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
    if (label !== undefined && label !== null && (typeof label !== 'string' || label.length > 200))
      throw new LineError('invalid-field', `${at}.label must be a text of at most 200 characters`, `${at}.label`);
    return { date: day, label: typeof label === 'string' && label.trim() ? label.trim() : null };
  });
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
  const events = raw.events === undefined ? ctx.defaultEvents : checkEvents(raw.events);
  const data = ctx.app.data;
  let json: Record<string, unknown>;
  if (ctx.command === 'week') {
    const start = raw.start === undefined ? ctx.defaultDate : checkDate(raw.start, 'start');
    let weeks = ctx.defaultWeeks;
    if (raw.weeks !== undefined) {
      if (typeof raw.weeks !== 'number' || !Number.isInteger(raw.weeks) || raw.weeks < 1 || raw.weeks > 520)
        throw new LineError(
          'invalid-field',
          `weeks must be a whole number from 1 to 520, got ${show(raw.weeks)}`,
          'weeks',
        );
      weeks = raw.weeks;
    }
    json = toJson(weekResult(profile, start, weeks, { events }, ctx.explain, data));
  } else {
    const date = raw.date === undefined ? ctx.defaultDate : checkDate(raw.date, 'date');
    json = toJson(planResult(profile, date, ctx.tonight, { events }, ctx.explain, data));
  }
  return JSON.stringify(json).slice(1);
}

/**
 * Results of lines that repeat (the same fields but the id), oldest dropped first. A result is kept only once its
 * line has been seen twice, so a batch of all-different lines keeps nothing but short keys (and memory stays flat).
 */
class ResultCache {
  private readonly seen = new Set<string>();
  private readonly map = new Map<string, string>();
  private chars = 0;
  get(key: string): string | undefined {
    return this.map.get(key);
  }
  set(key: string, body: string): void {
    if (!this.seen.has(key)) {
      this.seen.add(key);
      if (this.seen.size > SEEN_KEYS) this.seen.delete(this.seen.values().next().value!);
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

/** One output record (a complete line, newline included) for one input line; counts failures. */
function makeRecorder(ctx: Context) {
  const cache = new ResultCache();
  const state = { lines: 0, failed: 0, firstFailure: '' };
  const record = (text: string, line: number): string => {
    state.lines++;
    let id: string | number | null = null;
    try {
      let raw: unknown;
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
      delete fields.id;
      const key = JSON.stringify(fields);
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
      const e = err as LineError;
      state.failed++;
      state.firstFailure ||= `line ${line}: ${e.message}`;
      const error = { code: e.code, message: e.message, ...(e.field ? { field: e.field } : {}) };
      return `${JSON.stringify({ id, line, error })}\n`;
    }
  };
  return { record, state };
}

/** Where records go: a stream-like sink with backpressure, and how to finish it. */
interface Output {
  write(text: string): boolean;
  drained(): Promise<void>;
  commit(): Promise<void>;
  discard(): Promise<void>;
}

function stdoutOutput(app: App): Output {
  const sink = app.io.stdout as { write(s: string): unknown; once?: unknown };
  const emitter = typeof sink.once === 'function' ? (sink as unknown as NodeJS.EventEmitter) : undefined;
  return {
    write: (text) => sink.write(text) !== false,
    drained: async () => {
      if (emitter) await once(emitter, 'drain');
    },
    commit: async () => {},
    discard: async () => {},
  };
}

function writeProblem(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'the folder does not exist';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ENOSPC' || code === 'EDQUOT') return 'the disk is full';
  if (code === 'EROFS') return 'the file system is read-only';
  if (code === 'ENOTDIR') return 'a part of the path is not a folder';
  return code ? `${code.toLowerCase()} error` : String((err as Error)?.message ?? err);
}

/** --output: records stream into a temp file beside the target, renamed into place only when all went well. */
async function fileOutput(path: string, force: boolean): Promise<Output> {
  if (path.trim() === '') throw new UsageError('the output file name is empty');
  if (path.endsWith('/') || path.endsWith(sep))
    throw new UsageError(`cannot write ${path}: give a file name, not a folder`);
  const existing = await stat(path).catch(() => undefined);
  if (existing?.isDirectory()) throw new UsageError(`cannot write ${path}: it is a folder`);
  if (existing && !force) throw new UsageError(`${path} already exists; add --force to replace it`);
  if (existing && !existing.isFile()) throw new UsageError(`cannot replace ${path}: it is not a regular file`);
  const tmp = join(
    dirname(path),
    `.${basename(path).slice(0, 64)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`,
  );
  const stream: WriteStream = createWriteStream(tmp, { flags: 'wx', mode: 0o644, encoding: 'utf8' });
  try {
    await once(stream, 'open');
  } catch (err) {
    throw new RuntimeError(`cannot write ${path}: ${writeProblem(err)}`);
  }
  const cleanUp = () => {
    try {
      unlinkSync(tmp);
    } catch {
      // already gone
    }
  };
  process.once('exit', cleanUp);
  let failure: unknown;
  stream.on('error', (err) => (failure ??= err));
  const fail = (err: unknown) => new RuntimeError(`cannot write ${path}: ${writeProblem(err)}`);
  const closed = () =>
    stream.closed ? Promise.resolve() : new Promise<void>((done) => stream.once('close', () => done()));
  const remove = async () => {
    await unlink(tmp).catch(() => {});
    process.removeListener('exit', cleanUp);
  };
  return {
    write: (text) => stream.write(text),
    drained: async () => {
      if (failure) throw fail(failure);
      try {
        await once(stream, 'drain');
      } catch (err) {
        throw fail(err);
      }
    },
    commit: async () => {
      try {
        stream.end();
        await closed();
        if (failure) throw failure;
        // The data on disk before the name points at it: fsync through a second descriptor of the same file.
        const handle = await open(tmp, 'r+');
        try {
          if (existing) await handle.chmod(existing.mode & 0o7777);
          await handle.sync();
        } finally {
          await handle.close();
        }
        if (force) await rename(tmp, path);
        else
          await link(tmp, path).catch(async (err: NodeJS.ErrnoException) => {
            if (err.code === 'EEXIST') throw new UsageError(`${path} already exists; add --force to replace it`);
            if (err.code === 'EPERM' || err.code === 'ENOTSUP' || err.code === 'EXDEV') return rename(tmp, path);
            throw err;
          });
      } catch (err) {
        throw err instanceof UsageError ? err : fail(err);
      } finally {
        await remove();
      }
    },
    discard: async () => {
      stream.destroy();
      await closed();
      await remove();
    },
  };
}

/** Opens the batch input: a file (a missing one is exit 2 naming it) or stdin for "-". */
async function openInput(app: App, path: string): Promise<Readable> {
  if (path === '-') {
    const stdin = app.io.stdin as unknown as Readable;
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
    throw new UsageError(`cannot read batch file ${path}: ${writeProblem(err)}`);
  }
  const info = await handle.stat();
  if (info.isDirectory()) {
    await handle.close();
    throw new UsageError(`batch file ${path} is a folder, not a file`);
  }
  return handle.createReadStream({ encoding: 'utf8', highWaterMark: 64 * 1024 });
}

/** Profile flags as profile-file fields, so they become defaults that a line's own fields replace. */
function flagFields(flags: BatchFlags, command: 'week' | 'plan'): ProfileFile {
  const out: ProfileFile = {};
  if (flags.skin !== undefined) out.skin = flags.skin;
  if (flags.concern !== undefined) out.concerns = flags.concern;
  if (flags.serum !== undefined) out.serums = flags.serum;
  if (command === 'week' && Array.isArray(flags.mask)) out.masks = flags.mask as MaskType[];
  if (flags.masksPerWeek !== undefined) out.masksPerWeek = flags.masksPerWeek;
  if (flags.pregnancySafe !== undefined) out.pregnancySafe = flags.pregnancySafe;
  return out;
}

const defined = (file: ProfileFile | undefined): ProfileFile =>
  Object.fromEntries(Object.entries(file ?? {}).filter(([, value]) => value !== undefined));

/** Runs `week --batch` or `plan --batch`: reads every line, writes every record, then reports failures. */
export async function runBatch(app: App, command: 'week' | 'plan', flags: BatchFlags): Promise<void> {
  const format = flags.json ? 'json' : flags.format;
  if (flags.json && flags.format && flags.format !== 'json')
    throw new UsageError(`--json and --format ${flags.format} disagree: pick one`);
  if (format !== undefined && format !== 'json')
    throw new UsageError(`--batch writes JSON Lines: --format ${format} cannot be used with it (leave --format out)`);
  if (flags.interactive) throw new UsageError('--batch never asks questions: leave out -i/--interactive');

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
    explain: Boolean(flags.explain),
    tonight: command === 'plan' ? (flags.mask as MaskType | false | undefined) : undefined,
  };

  const input = await openInput(app, flags.batch);
  let out: Output;
  try {
    out = flags.output !== undefined ? await fileOutput(flags.output, Boolean(flags.force)) : stdoutOutput(app);
  } catch (err) {
    if (flags.batch !== '-') input.destroy();
    throw err;
  }

  // A signal stops reading; the record in hand is finished, nothing is cut in half.
  let signal: NodeJS.Signals | undefined;
  let wake: () => void = () => {};
  const stopped = new Promise<void>((resolve) => (wake = resolve));
  const onSignal = Object.assign(
    (sig: NodeJS.Signals) => {
      signal ??= sig;
      detach(); // a second signal reaches src/main.ts, which exits at once
      wake();
      input.destroy();
    },
    { [STOPS_CLEANLY]: true },
  );
  const detach = () => {
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  const { record, state } = makeRecorder(ctx);
  let line = 0;
  let lastTurn = Date.now();
  const emit = async (text: string) => {
    line++;
    if (text.endsWith('\r')) text = text.slice(0, -1);
    if (line === 1 && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    if (!text.trim()) return;
    if (!out.write(record(text, line))) await Promise.race([out.drained(), stopped]);
    else if (Date.now() - lastTurn > TURN_MS) {
      // Writes that never block would keep the event loop from ever seeing a signal: give it a turn.
      await nextTurn();
      lastTurn = Date.now();
    }
  };
  const tooLong = () => {
    line++;
    state.lines++;
    state.failed++;
    state.firstFailure ||= `line ${line}: the line is longer than ${MAX_LINE} characters`;
    const error = { code: 'line-too-long', message: `the line is longer than ${MAX_LINE} characters` };
    return out.write(`${JSON.stringify({ id: null, line, error })}\n`);
  };

  const source = flags.batch === '-' ? 'stdin' : `batch file ${flags.batch}`;
  try {
    let carry = '';
    let skipping = false;
    try {
      reading: for await (const chunk of input as AsyncIterable<string>) {
        let from = 0;
        for (let nl = chunk.indexOf('\n'); nl !== -1; nl = chunk.indexOf('\n', from)) {
          if (skipping || carry.length + nl - from > MAX_LINE) {
            skipping = false;
            carry = '';
            if (!tooLong()) await Promise.race([out.drained(), stopped]);
          } else {
            const text = carry ? carry + chunk.slice(from, nl) : chunk.slice(from, nl);
            carry = '';
            await emit(text);
          }
          from = nl + 1;
          if (signal) break reading;
        }
        if (!skipping) {
          carry += chunk.slice(from);
          if (carry.length > MAX_LINE) {
            carry = '';
            skipping = true;
          }
        }
      }
      if (!signal) {
        if (skipping) tooLong();
        else if (carry) await emit(carry);
      }
    } catch (err) {
      // When stopping, the input was closed under the reader on purpose.
      if (!signal)
        throw err instanceof RuntimeError || err instanceof UsageError
          ? err
          : new RuntimeError(`cannot read ${source}: ${writeProblem(err)}`);
    }
    if (signal) {
      await out.discard();
      const kept =
        flags.output !== undefined ? `; ${flags.output} was not written` : '; every line written is complete';
      throw new InterruptError(
        `interrupted (${signal}) after ${state.lines} line${state.lines === 1 ? '' : 's'}${kept}`,
        signal === 'SIGTERM' ? 143 : 130,
      );
    }
    await out.commit();
  } catch (err) {
    if (!(err instanceof InterruptError)) await out.discard().catch(() => {});
    throw err;
  } finally {
    detach();
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
