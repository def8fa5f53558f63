// The terminal table: rows that fit on one line read as a compact grid; wrapped rows keep their rules.
import { describe, expect, it } from 'vitest';
import { compactRows } from '../src/render/table.js';
import { runInProcess } from './helpers.js';

const ruleLines = (text: string) => text.split('\n').filter((l) => l.startsWith('├')).length;

describe('table layout', () => {
  it('a week that fits: one rule under the header, seven one-line rows', async () => {
    const r = await runInProcess(['week', '--start', '2026-11-30']);
    expect(r.code).toBe(0);
    expect(ruleLines(r.stdout)).toBe(1);
    expect(r.stdout.split('\n').filter((l) => /^│ (Mon|Tue|Wed|Thu|Fri|Sat|Sun) /.test(l))).toHaveLength(7);
  });
  it('rows that wrap keep a rule between them', () => {
    const wrapped = ['┌─┐', '│h│', '├─┤', '│a│', '│ │', '├─┤', '│b│', '└─┘'].join('\n');
    expect(compactRows(wrapped)).toBe(wrapped);
    const flat = ['┌─┐', '│h│', '├─┤', '│a│', '├─┤', '│b│', '└─┘'].join('\n');
    expect(compactRows(flat)).toBe(['┌─┐', '│h│', '├─┤', '│a│', '│b│', '└─┘'].join('\n'));
  });

  it('rules: each source is a numbered note with its address, shared sources share a number', async () => {
    const r = await runInProcess(['rules']);
    expect(r.code).toBe(0);
    const at = r.stdout.lastIndexOf('│ Source');
    const [rules, notes] = [r.stdout.slice(0, at), r.stdout.slice(at)];
    const marks = [...rules.matchAll(/│ (\[\d+\]) +│\n/g)].map((m) => m[1]);
    expect(marks.length).toBeGreaterThanOrEqual(15);
    const numbered = [...notes.matchAll(/^│ \[(\d+)\] +│ (.+?) +│\n│ +│ (https:\/\/\S+) +│$/gm)];
    expect(numbered.map((m) => m[1])).toEqual(numbered.map((_, i) => String(i + 1)));
    expect(new Set(marks).size).toBe(numbered.length);
    // The article backs several rules: one note for all of them.
    expect(numbered.filter((m) => m[2]!.includes('the article glowplan is built from'))).toHaveLength(1);
  });
});
