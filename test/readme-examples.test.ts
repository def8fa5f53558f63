// The README's examples, run against the built glowplan: what it shows is what glowplan prints. (Kept apart from
// readme.test.ts, which mutation testing runs: these spawn bin/glowplan.js and can never see a mutant.)
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runBin, readmeSection } from './helpers.js';
import { BATCH_ERROR_CODES } from '../src/batch/batch.js';

const readme = readFileSync(`${ROOT}/README.md`, 'utf8');
const section = (heading: string) => readmeSection(readme, heading);

describe('README batch example', () => {
  const story = section('## Planning for many people: `--batch`');
  it('prints what glowplan prints for the example file', () => {
    const input = story.match(/`people.jsonl`:\n\n```json\n([\s\S]*?)```/)![1]!;
    const shown = story.match(
      /```sh\n\$ glowplan week --batch people.jsonl --start 2026-11-23 \| jq[^\n]*\n([\s\S]*?)```/,
    )![1]!;
    const r = runBin(['week', '--batch', '-', '--start', '2026-11-23'], { input });
    const summary = r.stdout
      .trim()
      .split('\n')
      .map((line) => {
        const rec = JSON.parse(line);
        return JSON.stringify(
          rec.error
            ? { id: rec.id, line: rec.line, error: rec.error }
            : { id: rec.id, line: rec.line, start: rec.start, nights: rec.days.map((d: { night: string }) => d.night) },
        );
      });
    expect([...summary, r.stderr.trim()].join('\n')).toBe(shown.trim());
    expect(r.code).toBe(1);
  });
  it.each([...BATCH_ERROR_CODES])('names the error code %s, which the batch uses', (code) => {
    expect(story).toContain(`\`${code}\``);
    const source = ['batch/batch.ts', 'lib/json-depth.ts']
      .map((f) => readFileSync(join(ROOT, 'src', f), 'utf8'))
      .join('');
    expect(source).toContain(`'${code}'`);
  });
});

describe('README messages', () => {
  it('shows the note for an event outside the plan', () => {
    const shown = readme
      .match(/`(note: 2026-12-12 Office party is outside this plan[^`]*)`/)![1]!
      .replace(/\s*\n\s*/g, ' ');
    const r = runBin(['week', '--start', '2026-11-30', '--event', '2026-12-12:Office party', '--json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(`glowplan: ${shown}\n`);
  });
  it('shows the failure for a folder that does not exist', () => {
    const shown = readme.match(/`(glowplan: cannot write \/nonexistent\/week\.json[^`]*)`/)![1]!;
    const r = runBin(['week', '--json', '--output', '/nonexistent/week.json']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`${shown}\n`);
  });
  it('shows the problems of a wrong profile, one line each', () => {
    const dir = mkdtempSync(join(tmpdir(), 'glowplan-readme-'));
    try {
      const path = join(dir, 'profile.json');
      writeFileSync(
        path,
        JSON.stringify({
          masksPerWeek: 'lots',
          skinn: 'oily',
          serums: ['retinol', { name: 'A', actives: ['retinl'] }],
        }),
      );
      const shown = section('### When the profile is wrong')
        .match(/```console\n\$ glowplan week\n([\s\S]*?)```/)![1]!
        .trim()
        .split('\n')
        .map((line) => line.replace('/home/you/.config/glowplan/profile.json', path));
      const r = runBin(['week', '--profile', path]);
      expect(r.code).toBe(2);
      const lines = r.stderr.trim().split('\n');
      expect(lines).toHaveLength(shown.length);
      shown.forEach((line, i) => {
        const [before, after] = line.split(', ..., ');
        expect(lines[i]!.startsWith(before!) && (!after || lines[i]!.endsWith(after))).toBe(true);
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
