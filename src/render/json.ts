// JSON: one document, the result's payload inside the envelope every command shares.
import { SCHEMA_VERSION } from '../domain/vocabulary.js';
import type { Result } from '../results/types.js';

/** The JSON document for a result (what `--json` prints). */
export function toJson(result: Result): Record<string, unknown> {
  return { schemaVersion: SCHEMA_VERSION, command: result.command, ...result.payload };
}

export function renderJson(result: Result): string {
  return `${JSON.stringify(toJson(result), null, 2)}\n`;
}
