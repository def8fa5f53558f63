// The outside world as the commands see it: streams, environment and the clock, injected so tests and
// batch runs can supply their own.

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

/** The real process's Io. GLOWPLAN_TODAY=YYYY-MM-DD pins "today" (tests, reproducible runs). */
export function processIo(): Io {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    // A getter: process.stdin builds a stream on first use, and most runs never read it.
    get stdin() {
      return process.stdin;
    },
    promptOutput: process.stderr,
    env: process.env,
    now: () => {
      const pinned = process.env.GLOWPLAN_TODAY;
      const m = pinned ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(pinned) : null;
      return m ? new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12) : new Date();
    },
    cwd: process.cwd(),
  };
}
