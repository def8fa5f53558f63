// The outside world as the commands see it: streams, environment and the clock, injected so tests and
// batch runs can supply their own.
import { fstatSync, statSync, writeSync } from 'node:fs';

/** Something text can be written to (process.stdout, or a buffer in tests). */
export interface TextSink {
  write(chunk: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface Io {
  stdout: TextSink;
  stderr: TextSink;
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  /** Where interactive prompts draw (the terminal behind stderr), so they never land in stdout data. */
  promptOutput?: NodeJS.WritableStream;
  env: Readonly<Record<string, string | undefined>>;
  /** The one clock: every default date comes from here. */
  now(): Date;
  cwd: string;
}

/** True when file descriptor `fd` is a file, a pipe or /dev/null: never a terminal, and written at once anyway. */
function plainOutput(fd: number): boolean {
  try {
    const st = fstatSync(fd);
    if (st.isFile() || st.isFIFO()) return true;
    return st.isCharacterDevice() && st.rdev === statSync('/dev/null').rdev;
  } catch {
    return false;
  }
}

type Listener = (...args: unknown[]) => void;

/** stdout as processIo gives it: a TextSink with the stream's events. */
export interface StdoutSink extends TextSink {
  /** True once the stream was built (a terminal, a socket, a non-blocking pipe, or an event asked for). */
  readonly streamBuilt: boolean;
  on(event: string, listener: Listener): StdoutSink;
  once(event: string, listener: Listener): StdoutSink;
  off(event: string, listener: Listener): StdoutSink;
  removeListener(event: string, listener: Listener): StdoutSink;
}

/**
 * process.stdout, without building its stream when stdout is a file, a pipe or /dev/null: each write goes out whole
 * with fs.writeSync, as Node's own stream would write it there (synchronously), but without the stream's set-up
 * (bare Node never makes one, and start-up counts). A terminal, a socket, and a pipe another process made
 * non-blocking (a write that would wait) use the stream from then on. `onError`: a write that failed (EPIPE: the
 * reader is gone); without it, the error is thrown.
 */
export function stdoutSink(onError?: (err: NodeJS.ErrnoException) => void): StdoutSink {
  let plain: boolean | undefined;
  let stream: NodeJS.WriteStream | undefined;
  const fail = (err: NodeJS.ErrnoException) => {
    if (!onError) throw err;
    onError(err);
  };
  const toStream = () => {
    if (!stream) {
      stream = process.stdout;
      if (onError) stream.on('error', onError);
    }
    return stream;
  };
  const isPlain = () => (plain ??= plainOutput(1));
  return {
    get streamBuilt() {
      return stream !== undefined;
    },
    write(chunk: string) {
      if (stream || !isPlain()) return toStream().write(chunk);
      const bytes = Buffer.from(chunk, 'utf8');
      let done = 0;
      while (done < bytes.length) {
        try {
          done += writeSync(1, bytes, done, bytes.length - done);
        } catch (err) {
          if ((err as NodeJS.ErrnoException).code === 'EAGAIN') return toStream().write(bytes.subarray(done));
          fail(err as NodeJS.ErrnoException);
          return false;
        }
      }
      return true;
    },
    get isTTY() {
      return isPlain() ? false : toStream().isTTY;
    },
    get columns() {
      return isPlain() ? undefined : toStream().columns;
    },
    // Events ('drain', for a writer that waits when the stream is full) are the stream's: it is used from then on.
    on(event: string, listener: Listener) {
      toStream().on(event, listener);
      return this;
    },
    once(event: string, listener: Listener) {
      toStream().once(event, listener);
      return this;
    },
    off(event: string, listener: Listener) {
      toStream().off(event, listener);
      return this;
    },
    removeListener(event: string, listener: Listener) {
      toStream().removeListener(event, listener);
      return this;
    },
  };
}

/**
 * The real process's Io. GLOWPLAN_TODAY=YYYY-MM-DD pins "today" (tests, reproducible runs). `onStdoutError`: a
 * write to stdout that failed (see stdoutSink). `allWritten()`: true while no Node stream has been built (stdout
 * written whole with fs.writeSync, stderr and stdin never touched): nothing can then be waiting to be written.
 */
export function processIo(onStdoutError?: (err: NodeJS.ErrnoException) => void): Io & { allWritten(): boolean } {
  const stdout = stdoutSink(onStdoutError);
  let streams = false;
  return {
    stdout,
    // Getters: process.stdin and process.stderr build a stream on first use, and most runs never use them.
    get stderr() {
      streams = true;
      return process.stderr;
    },
    get stdin() {
      streams = true;
      return process.stdin;
    },
    get promptOutput() {
      streams = true;
      return process.stderr;
    },
    allWritten: () => !streams && !stdout.streamBuilt,
    env: process.env,
    now: () => {
      const pinned = process.env.GLOWPLAN_TODAY;
      const m = pinned ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(pinned) : null;
      return m ? new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12) : new Date();
    },
    cwd: process.cwd(),
  };
}
