// Placeholder: replaced by the formats work (issue 4).
import { UsageError } from '../errors.js';
import type { Result } from '../results.js';

export function renderMarkdown(_result: Result): string {
  throw new UsageError('--format markdown is not available yet');
}
