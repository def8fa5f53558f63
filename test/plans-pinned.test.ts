// Plans pinned over many generated profiles: 160 batch lines from a seeded generator (every skin type, concern,
// shelf mix, pregnancy, new products, patch tests, use-by dates, skin cycling, events and journals), planned with
// --explain, each record pinned by its SHA-256 in test/fixtures/plans-pinned.sha256. Any change to a night, a step,
// a warning's words or an explanation fails here, naming the line. Runs in-process, so mutation testing sees it.
// When a planning change is meant to alter plans, rewrite the digests with UPDATE_PINNED=1 npx vitest run
// test/plans-pinned.test.ts and review what changed (the same lines through `glowplan week --batch - --explain`).
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ACTIVES, CONCERNS, MASK_TYPES, SKIN_STATES, SKIN_TYPES } from '../src/domain/vocabulary.js';
import { random } from '../scripts/random.mjs';
import { runWithStdin } from './helpers.js';

const DIGESTS = new URL('./fixtures/plans-pinned.sha256', import.meta.url);
const LINES = 160;

function generate(): string {
  const rnd = random(20261202);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const subset = <T>(list: readonly T[], p: number) => list.filter(() => rnd() < p);
  const day = (offset: number) => new Date(Date.UTC(2026, 10, 24 + offset)).toISOString().slice(0, 10);
  const out: string[] = [];
  for (let i = 0; i < LINES; i++) {
    const start = Math.floor(rnd() * 60) - 40;
    const serums = subset(ACTIVES, 0.35).map((a, n) => {
      const r = rnd();
      if (r < 0.2) return { actives: [a], started: day(start + Math.floor(rnd() * 20) - 10) };
      if (r < 0.3) return { name: `Serum ${n}`, actives: [a], started: day(start - 5), patchTested: true };
      if (r < 0.4) return { actives: [a], opened: day(start - 100), paoMonths: 3 + Math.floor(rnd() * 3) };
      if (r < 0.45) return { actives: [a], expires: day(start + Math.floor(rnd() * 14)) };
      return a;
    });
    if (rnd() < 0.1) serums.push({ actives: [pick(ACTIVES), pick(ACTIVES)], started: day(start) });
    const masks = subset(MASK_TYPES, 0.45).map((t) =>
      rnd() < 0.15 ? { type: t, started: day(start + Math.floor(rnd() * 10)) } : t,
    );
    const line: Record<string, unknown> = {
      id: i,
      skin: pick(SKIN_TYPES),
      concerns: subset(CONCERNS, 0.2),
      serums,
      masks,
      masksPerWeek: Math.floor(rnd() * 6),
      pregnancySafe: rnd() < 0.15,
      start: day(start),
      weeks: 1 + Math.floor(rnd() * 3),
    };
    if (rnd() < 0.2) line.cycle = 'skin-cycling';
    if (rnd() < 0.2) line.patchTestDays = 7 + Math.floor(rnd() * 8);
    if (rnd() < 0.35) line.events = [{ date: day(start + Math.floor(rnd() * 14)), label: `event ${i}` }];
    if (rnd() < 0.3)
      line.journal = Array.from({ length: 1 + Math.floor(rnd() * 4) }, () => ({
        schemaVersion: 1,
        date: day(start - Math.floor(rnd() * 10)),
        skin: subset(SKIN_STATES, 0.3),
        ...(rnd() < 0.3 ? { pm: 'skipped' } : {}),
      }));
    out.push(JSON.stringify(line));
  }
  return `${out.join('\n')}\n`;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

describe('plans over generated profiles, pinned', () => {
  it('every record is exactly the recorded one', async () => {
    const r = await runWithStdin(['week', '--batch', '-', '--explain'], generate());
    expect([r.code, r.stderr]).toEqual([0, '']);
    const records = r.stdout.trimEnd().split('\n');
    expect(records).toHaveLength(LINES);
    const digests = records.map(sha256);
    if (process.env.UPDATE_PINNED) writeFileSync(DIGESTS, `${digests.join('\n')}\n`);
    const expected = readFileSync(DIGESTS, 'utf8').trimEnd().split('\n');
    digests.forEach((d, i) => expect(d, `line ${i + 1}: ${records[i]!.slice(0, 200)}`).toBe(expected[i]));
  });
});
