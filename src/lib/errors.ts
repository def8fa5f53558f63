// Typed errors: thrown anywhere, mapped to an exit code in one place (src/cli/main.ts).

/** Bad input from the user: a flag, an argument, a profile. Exit 2. */
export class UsageError extends Error {
  readonly exitCode = 2;
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** Something failed while doing the work (a file could not be written). Exit 1. */
export class RuntimeError extends Error {
  readonly exitCode = 1;
  constructor(message: string) {
    super(message);
    this.name = 'RuntimeError';
  }
}

/** The user pressed Ctrl-C (exit 130), or the process was told to stop with SIGTERM (exit 143). */
export class InterruptError extends Error {
  constructor(
    message = 'Interrupted.',
    readonly exitCode: 130 | 143 = 130,
  ) {
    super(message);
    this.name = 'InterruptError';
  }
}
