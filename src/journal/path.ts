// Where the journal lives: $XDG_DATA_HOME/glowplan/journal.jsonl, or ~/.local/share/glowplan/journal.jsonl.
import { homedir } from 'node:os';
import { join } from 'node:path';

/** The default journal path. A relative XDG_DATA_HOME is ignored, as the XDG Base Directory spec asks. */
export function defaultJournalPath(env: Readonly<Record<string, string | undefined>>): string {
  const base =
    env.XDG_DATA_HOME && env.XDG_DATA_HOME.startsWith('/')
      ? env.XDG_DATA_HOME
      : join(env.HOME || homedir(), '.local', 'share');
  return join(base, 'glowplan', 'journal.jsonl');
}
