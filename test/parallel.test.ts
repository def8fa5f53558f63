// Batch across processes with GNU parallel: the output through `parallel --pipe --keep-order` equals the
// single-process output record for record. `line` counts within the input a process is given (each chunk counts
// from 1), so records are compared without it, and joined on `id`. Uses the built dist/ (npm run build first).
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { BIN } from './helpers.js';

const hasParallel = spawnSync('parallel', ['--version'], { encoding: 'utf8' }).stdout?.startsWith('GNU parallel');
if (!hasParallel)
  process.stderr.write('test/parallel.test.ts: skipped: GNU parallel is not installed (apt-get install parallel)\n');

const LINES = 1_200;
const CHUNK = 250;
const ENV = { PATH: process.env.PATH, HOME: '/nonexistent-home', GLOWPLAN_TODAY: '2026-11-24', TZ: 'Europe/London' };

/** Profiles with ids, some repeating (the same fields), some bad, with a blank line, as a real batch may be. */
function input(): string {
  const skins = ['dry', 'oily', 'combination', 'normal', 'sensitive'];
  const serums = ['retinol', 'vitamin-c', 'aha', 'niacinamide', 'bha'];
  const lines: string[] = [];
  for (let i = 0; i < LINES; i++) {
    if (i % 97 === 5) lines.push(`{"id":"p${i}","skin":"olly"}`);
    else if (i % 131 === 7) lines.push('not json');
    else if (i % 149 === 11) lines.push('');
    else
      lines.push(
        JSON.stringify({
          id: `p${i}`,
          skin: skins[i % 5],
          serums: [serums[i % 5], serums[(i * 3) % 5]],
          masks: i % 3 ? ['sheet'] : ['clay', 'gel'],
          start: `2026-${String(1 + (i % 12)).padStart(2, '0')}-0${1 + (i % 7)}`,
        }),
      );
  }
  return `${lines.join('\n')}\n`;
}

/** A record without its `line` (the batch writes `{"id":…,"line":N,` first), and the `line` itself. */
function split(record: string): { rest: string; line: number } {
  const m = /^(\{"id":(?:null|"[^"]*"|-?\d+),)"line":(\d+),/.exec(record);
  if (!m) throw new Error(`not a batch record: ${record.slice(0, 80)}`);
  return { rest: m[1]! + record.slice(m[0].length), line: Number(m[2]) };
}

describe.skipIf(!hasParallel)('week --batch through GNU parallel', () => {
  it('equals one process, record for record, in order; `line` counts within each chunk', () => {
    const text = input();
    const one = spawnSync(process.execPath, [BIN, 'week', '--batch', '-'], {
      input: text,
      encoding: 'utf8',
      env: ENV,
      maxBuffer: 256 << 20,
    });
    const many = spawnSync(
      'parallel',
      ['--pipe', '--keep-order', '-N', String(CHUNK), '-j', '3', process.execPath, BIN, 'week', '--batch', '-'],
      { input: text, encoding: 'utf8', env: ENV, maxBuffer: 256 << 20 },
    );
    // Both say that lines failed (exit 1): parallel exits with the number of jobs that did.
    expect(one.status).toBe(1);
    expect(many.status).toBeGreaterThan(0);
    const a = one.stdout.trimEnd().split('\n');
    const b = many.stdout.trimEnd().split('\n');
    expect(b.length).toBe(a.length);
    expect(b.map((r) => split(r).rest)).toEqual(a.map((r) => split(r).rest));
    expect(b.map((r) => JSON.parse(r).id)).toEqual(a.map((r) => JSON.parse(r).id));
    // One process numbers the lines of the whole input; each parallel job numbers its own chunk from 1.
    const inputLines = text.trimEnd().split('\n');
    const lineOf = (id: string) => inputLines.findIndex((l) => l.includes(`"id":"${id}"`)) + 1;
    for (const r of a.filter((r) => r.startsWith('{"id":"'))) expect(split(r).line).toBe(lineOf(JSON.parse(r).id));
    const chunkLines = b.map((r) => split(r).line);
    expect(Math.max(...chunkLines)).toBeLessThanOrEqual(CHUNK);
    expect(chunkLines.filter((n) => n === 1).length).toBeGreaterThan(1);
  }, 120_000);
});
