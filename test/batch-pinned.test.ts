// Batch output pinned byte for byte: a fixed set of lines (rotating masks, ramps, patch tests, use-by dates, skin
// cycling, events, journals, several weeks, pregnancy) must give exactly the recorded records. Any change to what
// the planner writes, however small, fails here; speed work must leave these bytes alone. When a planning change is
// meant to alter them, regenerate the expected file from the built CLI (GLOWPLAN_TODAY=2026-11-24 NO_COLOR=1
// glowplan week --batch test/fixtures/batch-pinned.jsonl) and the digests below, and review the difference.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runWithStdin } from './helpers.js';

const INPUT = new URL('./fixtures/batch-pinned.jsonl', import.meta.url);
const WEEK = new URL('./fixtures/batch-pinned.week.jsonl', import.meta.url);
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** The same lines as plan lines: "start" becomes "date", "weeks" goes. */
const asPlanLines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.replace('"start"', '"date"').replace(/,"weeks":\d/, ''))
    .join('\n');

describe('batch output, byte for byte', () => {
  const input = readFileSync(INPUT, 'utf8');

  it('week --batch writes exactly the recorded records', async () => {
    const r = await runWithStdin(['week', '--batch', '-'], input);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout.split('\n').length).toBe(input.split('\n').length);
    const expected = readFileSync(WEEK, 'utf8').split('\n');
    // Line by line first, so a failure names the record that changed.
    r.stdout.split('\n').forEach((line, i) => expect(line, `record ${i + 1}`).toBe(expected[i]));
  });

  it('week --batch --explain writes exactly the recorded bytes', async () => {
    const r = await runWithStdin(['week', '--batch', '-', '--explain'], input);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(sha256(r.stdout)).toBe('b4aa55120ff5ed3b1918f32cd91ca327e2c615c3ed8d1035ba60fed7a762fb13');
  });

  it('plan --batch --explain writes exactly the recorded bytes', async () => {
    const r = await runWithStdin(['plan', '--batch', '-', '--explain'], asPlanLines(input));
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(sha256(r.stdout)).toBe('8de750f414940b818c9422e133a0c77a0e4cb283e6921abffeca1c6ea91fa11f');
  });
});
