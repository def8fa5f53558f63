// Terminal escape injection: text from a person or a file (event labels, product names, profile paths) never
// reaches a terminal, a Markdown document or a calendar with control characters; JSON keeps it exact.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { safeDeep, safeText } from '../src/render/safe-text.js';
import { runInProcess } from './helpers.js';

const TMP = mkdtempSync(join(tmpdir(), 'glowplan-hostile-'));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

const ESC = '\u001b';
/** Hostile strings: [name, the text, what a terminal may see of it]. */
const HOSTILE: [string, string, string][] = [
  ['OSC title with BEL', `${ESC}]0;pwned\u0007Party`, 'Party'],
  ['OSC title with ST', `${ESC}]0;pwned${ESC}\\Party`, 'Party'],
  ['OSC 8 hyperlink', `${ESC}]8;;https://evil.example/${ESC}\\Party${ESC}]8;;${ESC}\\`, 'Party'],
  ['CSI colour', `${ESC}[31mParty${ESC}[0m`, 'Party'],
  ['CSI clear screen and cursor home', `${ESC}[2J${ESC}[HParty`, 'Party'],
  ['C1 CSI (0x9b)', '\u009b31mParty', 'Party'],
  ['C1 OSC (0x9d) with C1 ST', '\u009d0;pwned\u009cParty', 'Party'],
  ['DCS string', `${ESC}Pq#0;2;0;0;0${ESC}\\Party`, 'Party'],
  ['two-byte escape (RIS)', `${ESC}cParty`, 'Party'],
  ['NUL', 'Par\u0000ty', 'Party'],
  ['DEL', 'Par\u007fty', 'Party'],
  ['backspace over text', 'Evil\b\b\b\bParty', 'EvilParty'],
  ['bell', 'Party\u0007', 'Party'],
  ['bidi override', 'Party \u202egnirts\u202c', 'Party gnirts'],
  ['bidi isolate', 'Party \u2066x\u2069', 'Party x'],
  ['carriage return overwrite', 'Evil\rParty', 'Evil Party'],
  ['unterminated OSC', `Party${ESC}]0;rest of the line`, 'Party'],
];

// Anything a terminal would act on: C0 but newline, DEL, C1, bidi controls.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
// eslint-disable-next-line no-control-regex
const SGR = /\u001b\[[0-9;]*m/g;

describe('safeText', () => {
  it.each(HOSTILE)('%s', (_name, text, seen) => {
    expect(safeText(text)).toBe(seen);
  });
  it('keeps ordinary text, wide characters and emoji as they are', () => {
    for (const text of ['Office party', 'Gala — 美白 ✨', 'Ünïcödé; a,b\\c']) expect(safeText(text)).toBe(text);
  });
  it('tabs and newlines only where the format allows them', () => {
    expect(safeText('a\tb\r\nc')).toBe('a b c');
    expect(safeText('a\tb\r\nc', { newlines: true, tabs: true })).toBe('a\tb\nc');
  });
  it('safeDeep cleans every string at any depth and keeps the rest', () => {
    expect(safeDeep({ a: [`${ESC}[31mx`, 1, null, { b: 'y\u0000' }], c: true })).toEqual({
      a: ['x', 1, null, { b: 'y' }],
      c: true,
    });
  });
  it('safeDeep copies only what it changes, and never changes its input', () => {
    const clean = { days: [{ night: 'Recovery night', steps: [{ kind: 'cleanser' }] }], warnings: [] };
    expect(safeDeep(clean)).toBe(clean);
    const input = { days: [{ label: `Party${ESC}[2J` }, { label: 'Dinner' }], end: '2026-12-06' };
    const safe = safeDeep(input);
    expect(safe).toEqual({ days: [{ label: 'Party' }, { label: 'Dinner' }], end: '2026-12-06' });
    expect(input.days[0]!.label).toBe(`Party${ESC}[2J`);
    expect(safe.days[1]).toBe(input.days[1]);
  });
  it('safeDeep finds every control character, wherever it sits, and leaves backslashes alone', () => {
    const controls = [
      ...Array.from({ length: 0x20 }, (_, i) => i),
      ...Array.from({ length: 0x21 }, (_, i) => 0x7f + i),
      ...Array.from({ length: 5 }, (_, i) => 0x202a + i),
      ...Array.from({ length: 4 }, (_, i) => 0x2066 + i),
    ];
    for (const code of controls) {
      const text = `a${String.fromCharCode(code)}b`;
      const input = { days: [{ am: [{ name: 'x' }, { name: text }] }], ok: 'fine' };
      const safe = safeDeep(input);
      expect(safe, `U+${code.toString(16)}`).not.toBe(input);
      expect(safeText(safe.days[0]!.am[1]!.name), `U+${code.toString(16)}`).toBe(safe.days[0]!.am[1]!.name);
      expect(safe.days[0]!.am[1]!.name).not.toContain(String.fromCharCode(code));
      expect(safe.ok).toBe('fine');
    }
    const paths = { label: 'C:\\new\\table', other: ['\\u0041', 'tab\\t'] };
    expect(safeDeep(paths)).toBe(paths);
    expect(safeDeep(paths)).toEqual({ label: 'C:\\new\\table', other: ['\\u0041', 'tab\\t'] });
  });
});

describe.each(HOSTILE)('hostile text in every output: %s', (name, text, seen) => {
  const profile = join(TMP, `${HOSTILE.findIndex(([n]) => n === name)}.json`);
  writeFileSync(
    profile,
    JSON.stringify({
      serums: [{ name: `Serum ${text}`, actives: ['niacinamide'] }],
      masks: [{ name: `Mask ${text}`, type: 'sheet' }],
    }),
  );
  const argv = ['week', '--start', '2026-11-30', '--profile', profile, '--event', `2026-12-05:${text}`];

  it.each([
    ['table on a terminal', ['--no-input'], { tty: true, columns: 200, env: { FORCE_COLOR: '1' } }],
    ['table in a pipe', [], {}],
    ['Markdown', ['--format', 'markdown'], {}],
    ['iCalendar', ['--format', 'ics'], {}],
  ] as const)('%s: no control character, the visible text kept', async (_format, extra, options) => {
    const r = await runInProcess([...argv, ...extra], options);
    expect(r.code, r.stderr).toBe(0);
    const out = r.stdout.replace(SGR, '').replace(/\r\n/g, '\n');
    expect(out).not.toMatch(UNSAFE);
    const unfolded = out.replace(/\n /g, '');
    expect(unfolded).toContain(`Serum ${seen}`.replace(/ {2,}/g, ' '));
    expect(unfolded).toContain(`Mask ${seen}`.replace(/ {2,}/g, ' '));
  });

  it.each([
    ['profile show, table', ['profile', 'show', '--profile', profile]],
    ['profile show, Markdown', ['profile', 'show', '--profile', profile, '--format', 'markdown']],
    ['plan, table', ['plan', '--date', '2026-12-04', '--profile', profile, '--event', `2026-12-05:${text}`]],
    ['plan, Markdown', ['plan', '--date', '2026-12-04', '--profile', profile, '--format', 'markdown']],
  ])('%s: no control character', async (_view, args) => {
    const r = await runInProcess(args, { tty: true, columns: 200, env: { FORCE_COLOR: '1' } });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.replace(SGR, '')).not.toMatch(UNSAFE);
    expect(r.stdout.replace(SGR, '')).toContain(`Serum ${seen}`.replace(/ {2,}/g, ' '));
  });

  it('JSON keeps the exact text', async () => {
    const r = await runInProcess([...argv, '--json']);
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout) as { days: { date: string; am: { name?: string }[]; mask: unknown }[] };
    const friday = doc.days.find((d) => d.date === '2026-12-04')!;
    expect(JSON.stringify(friday.mask)).toContain(JSON.stringify(text).slice(1, -1));
    expect(doc.days[0]!.am.some((s) => s.name === `Serum ${text}`)).toBe(true);
  });
});

describe('hostile text in error messages and file names', () => {
  it('an unknown option full of escapes: one clean line on stderr', async () => {
    const r = await runInProcess(['week', `--x${ESC}]0;pwned\u0007`]);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(UNSAFE);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});
