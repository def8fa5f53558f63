// The entry point: runs the program, maps every error to one stderr line and an exit code.
import { CommanderError } from 'commander';
import { App } from './app.js';
import { COMMAND_TABLE, createProgram } from './program.js';
import { InterruptError, RuntimeError, UsageError } from '../lib/errors.js';
import { handleSignals } from './interrupt.js';
import { processIo, type Io } from './io.js';
import { safeText } from '../render/safe-text.js';
import { closest } from '../lib/closest.js';

/** The commands a person can type, in the order help lists them. */
const COMMANDS = COMMAND_TABLE.map((c) => c.name);

/** The command a mistake was made in, as typed: 'week', 'profile init', or '' for the top level. */
function commandPath(argv: readonly string[]): string {
  const sub = argv.find((a) => !a.startsWith('-'));
  if (!sub || !COMMANDS.includes(sub)) return '';
  const next = argv[argv.indexOf(sub) + 1];
  return sub === 'profile' && (next === 'init' || next === 'show') ? `profile ${next}` : sub;
}

/** Turns commander's messages into one sentence: "unknown option '--x' (did you mean --y?); see glowplan --help". */
function commanderMessage(err: CommanderError, argv: readonly string[]): string {
  let text = err.message
    .replace(/^error: /, '')
    .replace(/\n\(Did you mean (.*)\?\)/, ' (did you mean $1?)')
    .replace(/\s*\n\s*/g, ' ')
    .trim();
  const path = commandPath(argv);
  const excess = /^too many arguments(?: for '[^']*')?\. Expected (\d+) arguments? but got (\d+)\.$/.exec(text);
  if (excess) {
    const n = Number(excess[1]);
    const takes = n === 0 ? 'no arguments' : n === 1 ? 'one argument' : `${n} arguments`;
    text = `${path || 'glowplan'} takes ${takes} but was given ${excess[2]}`;
  }
  if (err.code === 'commander.unknownCommand') text += `: use one of ${COMMANDS.join(', ')}`;
  if (err.code === 'commander.unknownOption' || err.code === 'commander.excessArguments')
    text += `; see glowplan ${path ? `${path} ` : ''}--help`;
  return text;
}

/** `glowplan help <word>` for a word that is no command: the same message as an unknown command. */
function unknownHelpTopic(argv: readonly string[]): UsageError | undefined {
  if (argv[0] !== 'help' || argv.length < 2 || COMMANDS.includes(argv[1]!) || argv[1] === 'help') return undefined;
  const hint = closest(argv[1]!, COMMANDS);
  return new UsageError(
    `unknown command '${argv[1]}'${hint ? ` (did you mean ${hint}?)` : ''}: use one of ${COMMANDS.join(', ')}`,
  );
}

/** Runs glowplan with `argv` (without node and script); resolves to the exit code. Never throws. */
export async function main(argv: readonly string[], io: Io = processIo()): Promise<number> {
  const app = new App(io);
  const program = createProgram(app, argv);
  try {
    if (!argv.length) {
      program.outputHelp();
      return 0;
    }
    const badTopic = unknownHelpTopic(argv);
    if (badTopic) throw badTopic;
    await program.parseAsync([...argv], { from: 'user' });
    return 0;
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.exitCode === 0 || err.code === 'commander.helpDisplayed' || err.code === 'commander.version') return 0;
      if (err.code === 'commander.help') return 0;
      io.stderr.write(`glowplan: ${safeText(commanderMessage(err, argv))}\n`);
      return 2;
    }
    if (err instanceof UsageError || err instanceof RuntimeError || err instanceof InterruptError) {
      io.stderr.write(
        `${err.message
          .split('\n')
          .map((line) => `glowplan: ${safeText(line)}`)
          .join('\n')}\n`,
      );
      return err.exitCode;
    }
    if (err && typeof err === 'object' && (err as Error).name === 'ExitPromptError') {
      io.stderr.write('glowplan: cancelled.\n');
      return 130;
    }
    const message = err instanceof Error ? err.message : String(err);
    io.stderr.write(`glowplan: internal error: ${safeText(message)}\n`);
    if (io.env.GLOWPLAN_DEBUG && err instanceof Error) io.stderr.write(`${err.stack}\n`);
    return 1;
  }
}

/** The process entry (bin/glowplan.js): the only place that touches process exit. */
export function run(): void {
  const quietEnd = (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0); // the reader closed the pipe (| head): end quietly
    process.stderr.write(
      `glowplan: cannot write output: ${err.code === 'ENOSPC' ? 'the disk is full' : err.message}\n`,
    );
    process.exit(1);
  };
  // Ctrl-C and SIGTERM end the run at once, unless a command stops cleanly by itself (see src/cli/interrupt.ts).
  // process.stderr is a stream made on first use: only when there is something to say.
  handleSignals({ write: (text) => process.stderr.write(text) }, (code) => process.exit(code));
  const io = processIo(quietEnd);
  main(process.argv.slice(2), io).then(
    (code) => {
      // Every write done and no stream in use: end now, without turning the event loop once more for the tasks V8
      // left for idle time (a garbage collection of memory about to be given back). Otherwise let streams drain.
      if (io.allWritten()) process.exit(code);
      process.exitCode = code;
    },
    () => {
      process.exitCode = 1;
    },
  );
}
