// The one place a command's result leaves the program: the format negotiated from the flags, the renderer loaded
// (lazily: each is its own chunk), colour decided, and the text written to stdout or, whole, to --output.
import { UsageError } from '../lib/errors.js';
import { writeFileAtomic } from '../lib/atomic-file.js';
import type { Io } from './io.js';
import { paintFor } from '../render/paint.js';
import { colorLevel } from '../render/color.js';
import { renderJson } from '../render/json.js';
import { RESULT_FORMATS, type Format, type Result } from '../results/types.js';

/** Output flags every command takes. */
export interface OutputFlags {
  json?: boolean;
  format?: Format;
  output?: string;
  force?: boolean;
  color?: boolean;
}

/** The format the flags ask for: --json, else --format, else the table. */
export function askedFormat(flags: Pick<OutputFlags, 'json' | 'format'>): Format {
  if (flags.json && flags.format && flags.format !== 'json')
    throw new UsageError(`--json and --format ${flags.format} disagree: pick one`);
  return flags.json ? 'json' : (flags.format ?? 'table');
}

/** The formats a result can be delivered in (a result of a command not listed: table, JSON and Markdown). */
export function formatsOf(result: Result): readonly Format[] {
  return (RESULT_FORMATS as Partial<Record<string, readonly Format[]>>)[result.command] ?? RESULT_FORMATS.compare;
}

/**
 * The width a table is fitted to: the terminal's; piped or to a file, COLUMNS when it is a whole number (as `ls`
 * does), else none (natural width).
 */
function widthOf(io: Io, toFile: boolean): number | undefined {
  if (!toFile && io.stdout.isTTY) return io.stdout.columns;
  const columns = io.env.COLUMNS;
  return columns !== undefined && /^[1-9][0-9]{0,4}$/.test(columns) ? Number(columns) : undefined;
}

/** Renders `result` in `format`; a file gets no colour, and no width but COLUMNS. */
async function render(result: Result, format: Format, flags: OutputFlags, io: Io, toFile: boolean): Promise<string> {
  switch (format) {
    case 'json':
      return renderJson(result);
    case 'table': {
      const level = toFile ? 0 : colorLevel(io, flags.color);
      const [{ renderTable }, paint] = await Promise.all([import('../render/table.js'), paintFor(level)]);
      return renderTable(result, { paint, columns: widthOf(io, toFile) });
    }
    case 'markdown': {
      const { renderMarkdown } = await import('../render/markdown.js');
      return renderMarkdown(result);
    }
    case 'ics': {
      const { renderIcs } = await import('../render/ics.js');
      return renderIcs(result, result.kind === 'week' ? result.calendar : undefined);
    }
  }
}

/**
 * Delivers a command's result: checks the asked format against the result's (or `formats`, for a result not in
 * RESULT_FORMATS), renders it, and writes it to stdout, or to --output through the atomic writer (then one line on
 * stderr says where).
 */
export async function deliver(
  result: Result,
  flags: OutputFlags,
  io: Io,
  formats: readonly Format[] = formatsOf(result),
): Promise<void> {
  const format = askedFormat(flags);
  if (!formats.includes(format))
    throw new UsageError(`--format ${format} is not available for ${result.command}: use one of ${formats.join(', ')}`);
  const text = await render(result, format, flags, io, flags.output !== undefined);
  await writeOutput(text, flags, io, `${result.command} (${format})`);
}

/** Writes finished text to stdout, or whole to --output (then says on stderr what went where). */
export async function writeOutput(
  text: string,
  flags: Pick<OutputFlags, 'output' | 'force'>,
  io: Io,
  what: string,
): Promise<void> {
  if (flags.output === undefined) {
    io.stdout.write(text);
    return;
  }
  await writeFileAtomic(flags.output, text, { force: flags.force });
  io.stderr.write(`Wrote ${what} to ${flags.output}\n`);
}
