// Ctrl-C (SIGINT) and SIGTERM, handled in one place. By default a signal ends the process at once (exit 130 or 143,
// one line on stderr). Work that can stop cleanly (a batch finishing the record in hand) asks for the next signal
// with onInterrupt(); a second signal ends the process at once all the same.

/** How the process was asked to stop. */
export type StopSignal = 'SIGINT' | 'SIGTERM';

/** The exit code for each signal: 128 + its number. */
export const SIGNAL_EXIT_CODES: Record<StopSignal, 130 | 143> = { SIGINT: 130, SIGTERM: 143 };

const handlers: ((signal: StopSignal) => void)[] = [];

/**
 * The next SIGINT/SIGTERM calls `handler` instead of ending the process (once: a second signal ends it). Returns
 * the function that gives the signal back; call it when the work is done.
 */
export function onInterrupt(handler: (signal: StopSignal) => void): () => void {
  handlers.push(handler);
  return () => {
    const i = handlers.lastIndexOf(handler);
    if (i !== -1) handlers.splice(i, 1);
  };
}

/** Installs the process's signal handling (the entry point only): see onInterrupt. */
export function handleSignals(stderr: { write(text: string): unknown }, exit: (code: number) => void): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.on(signal, () => {
      const handler = handlers.pop();
      if (handler) return handler(signal);
      stderr.write(`\nglowplan: ${signal === 'SIGINT' ? 'interrupted' : 'terminated'}.\n`);
      exit(SIGNAL_EXIT_CODES[signal]);
    });
}
