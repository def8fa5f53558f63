// Placeholder: replaced by the calendar work (issue 4).
import { UsageError } from '../errors.js';
import type { Result } from '../results.js';

export function renderIcs(_result: Result, _flags: unknown): string {
  throw new UsageError('--format ics is not available yet');
}
