// week --format ics: RFC 5545 output checked with an independent parser (ical.js), plus folding and escaping.
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { fold, placeWarnings, renderIcs, routineMinutes, text } from '../src/render/ics.js';
import type { WeekResult } from '../src/results/types.js';
import type { Warning } from '../src/rules/types.js';
import { runInProcess } from './helpers.js';

const PROFILE = ['--no-input', '--skin', 'normal', '--serum', 'retinol,aha,vitamin-c', '--mask', 'sheet,sleeping,clay'];
const WEEK = ['week', '--format', 'ics', '--start', '2026-11-30', ...PROFILE];

async function ics(extra: string[] = []): Promise<string> {
  const r = await runInProcess([...WEEK, ...extra]);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return r.stdout;
}

function events(textIcs: string) {
  const cal = new ICAL.Component(ICAL.parse(textIcs));
  return cal.getAllSubcomponents('vevent').map((v) => ({ component: v, event: new ICAL.Event(v) }));
}

const octets = (s: string) => Buffer.byteLength(s, 'utf8');

describe('week --format ics, parsed with ical.js', () => {
  it('is a VCALENDAR 2.0 with PRODID and CALSCALE, and 14 events for one week', async () => {
    const out = await ics();
    const cal = new ICAL.Component(ICAL.parse(out));
    expect(cal.name).toBe('vcalendar');
    expect(cal.getFirstPropertyValue('version')).toBe('2.0');
    expect(cal.getFirstPropertyValue('prodid')).toMatch(/glowplan/);
    expect(cal.getFirstPropertyValue('calscale')).toBe('GREGORIAN');
    expect(events(out)).toHaveLength(14);
  });

  it('has 28 events for --weeks 2', async () => {
    expect(events(await ics(['--weeks', '2']))).toHaveLength(28);
  });

  it('names each routine: a morning and the night, per day, in order', async () => {
    const evs = events(await ics()).map((e) => e.event);
    const mornings = evs.filter((_, i) => i % 2 === 0);
    const evenings = evs.filter((_, i) => i % 2 === 1);
    expect(new Set(mornings.map((e) => e.summary))).toEqual(new Set(['Morning routine']));
    const nights = evenings.map((e) => e.summary);
    // Night names come from the planner ("Clay mask night", "Retinol night", "Recovery night", …).
    for (const name of [/^Exfoliation night\b/, /^Recovery night$/, /^Clay mask night$/, /^Retinol night$/])
      expect(
        nights.some((n) => name.test(n)),
        String(name),
      ).toBe(true);
    for (const n of nights) expect(n).toMatch(/^[A-Z].* night\b/);
  });

  it('uses day.night, capitalised, as the evening SUMMARY (matches --json), naming the mask of a recovery night', async () => {
    const json = JSON.parse((await runInProcess(['week', '--json', '--start', '2026-11-30', ...PROFILE])).stdout) as {
      days: { night: string; date: string; mask: { name: string } | null }[];
    };
    const evenings = events(await ics())
      .map((e) => e.event)
      .filter((_, i) => i % 2 === 1);
    expect(evenings.map((e) => e.summary)).toEqual(
      json.days.map(
        (d) =>
          d.night.charAt(0).toUpperCase() +
          d.night.slice(1) +
          (d.night === 'recovery night' && d.mask ? `, ${d.mask.name.toLowerCase()}` : ''),
      ),
    );
  });

  it('starts at 07:30 and 21:30 by default, as floating local times (no Z, no TZID)', async () => {
    const out = await ics();
    for (const { component, event } of events(out)) {
      const prop = component.getFirstProperty('dtstart')!;
      expect(prop.getParameter('tzid')).toBeUndefined();
      expect(event.startDate.isDate).toBe(false);
      expect(event.startDate.zone?.tzid).toBe('floating');
      expect(['07:30', '21:30']).toContain(event.startDate.toString().slice(11, 16));
    }
    const starts = out.split('\r\n').filter((l) => l.startsWith('DTSTART'));
    expect(starts).toHaveLength(14);
    for (const l of starts) expect(l).toMatch(/^DTSTART:\d{8}T\d{6}$/);
    expect(starts[0]).toBe('DTSTART:20261130T073000');
    expect(starts[1]).toBe('DTSTART:20261130T213000');
  });

  it('takes --am-time and --pm-time', async () => {
    const evs = events(await ics(['--am-time', '6:45', '--pm-time', '22:05'])).map((e) => e.event);
    expect(evs[0]!.startDate.toString()).toBe('2026-11-30T06:45:00');
    expect(evs[1]!.startDate.toString()).toBe('2026-11-30T22:05:00');
    for (const [i, e] of evs.entries()) expect(e.startDate.toString().slice(11, 16)).toBe(i % 2 ? '22:05' : '06:45');
  });

  it.each([['25:00'], ['7:5'], ['abc'], ['12:60'], ['']])('a bad --am-time %j → exit 2', async (bad) => {
    const r = await runInProcess([...WEEK, '--am-time', bad]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/--am-time .* is not a time: use HH:MM/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('a bad --pm-time → exit 2', async () => {
    const r = await runInProcess([...WEEK, '--pm-time', '24:00']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--pm-time/);
  });

  it('--format ics on compare (or plan) → exit 2', async () => {
    for (const cmd of [['compare'], ['plan', '--no-input'], ['rules'], ['scenario', 'post-travel']]) {
      const r = await runInProcess([...cmd, '--format', 'ics']);
      expect(r.code, cmd.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/--format/);
    }
  });

  it('renderIcs itself refuses other results: ics is for week only', () => {
    expect(() => renderIcs({ kind: 'rules', command: 'rules', payload: { rules: [] } }, {})).toThrowError(
      /available for week only/,
    );
  });

  it('gives unique UIDs from date, slot and person, the same on every run; SEQUENCE 0', async () => {
    const out = await ics();
    const first = events(out).map((e) => e.event.uid);
    const second = events(await ics()).map((e) => e.event.uid);
    expect(new Set(first).size).toBe(14);
    expect(second).toEqual(first);
    expect(first.slice(0, 2)).toEqual([
      expect.stringMatching(/^20261130-am-[0-9a-f]{8}@glowplan$/),
      expect.stringMatching(/^20261130-pm-[0-9a-f]{8}@glowplan$/),
    ]);
    expect(new Set(first.map((u) => u.split('-')[2])).size).toBe(1);
    for (const { component } of events(out)) expect(component.getFirstPropertyValue('sequence')).toBe(0);
    // Another person (another profile) gets other UIDs: two plans imported into one calendar never collide.
    const other = events(
      (await runInProcess(['week', '--format', 'ics', '--start', '2026-11-30', '--no-input', '--mask', 'gel'])).stdout,
    ).map((e) => e.event.uid);
    expect(other).toHaveLength(14);
    for (const uid of other) expect(first).not.toContain(uid);
    // The same person, another range: the overlapping days keep their UIDs.
    const later = events(await ics(['--start', '2026-12-03'])).map((e) => e.event.uid);
    expect(later.slice(0, 8)).toEqual(first.slice(6));
  });

  it('an evening time earlier than the morning time is after midnight: the next calendar day', async () => {
    const evs = events(await ics(['--pm-time', '00:30'])).map((e) => e.event);
    const starts = evs.map((e) => e.startDate.toString().slice(0, 16));
    expect(starts.slice(0, 4)).toEqual([
      '2026-11-30T07:30',
      '2026-12-01T00:30',
      '2026-12-01T07:30',
      '2026-12-02T00:30',
    ]);
    // Every evening starts after its own morning, and before the next morning.
    for (let i = 0; i < evs.length; i += 2) {
      const am = evs[i]!.startDate.toUnixTime();
      const pm = evs[i + 1]!.startDate.toUnixTime();
      expect(pm).toBeGreaterThan(am);
      expect(pm - am).toBeLessThan(24 * 3600);
    }
    // The UID still names the evening's plan day, so it is the same event whatever its time.
    expect(evs[1]!.uid).toMatch(/^20261130-pm-/);
    // Late, but before midnight: the same day.
    const late = events(await ics(['--pm-time', '23:45', '--am-time', '06:00'])).map((e) => e.event);
    expect(late[1]!.startDate.toString().slice(0, 16)).toBe('2026-11-30T23:45');
  });

  it('--am-time or --pm-time without --format ics: exit 2, it says to add --format ics', async () => {
    for (const extra of [
      ['--pm-time', '22:00'],
      ['--am-time', '06:00', '--json'],
      ['--pm-time', '22:00', '--format', 'markdown'],
    ]) {
      const r = await runInProcess(['week', '--start', '2026-11-30', '--no-input', ...extra]);
      expect(r.code, extra.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/^glowplan: --(am|pm)-time sets the calendar's routine times: add --format ics/);
    }
  });

  it('is byte-identical across runs (DTSTAMP from the plan, not the clock)', async () => {
    const a = await ics(['--weeks', '2']);
    const b = await ics(['--weeks', '2']);
    expect(b).toBe(a);
    const later = await runInProcess([...WEEK, '--weeks', '2'], { today: '2027-03-01' });
    expect(later.stdout).toBe(a);
    for (const l of a.split('\r\n').filter((x) => x.startsWith('DTSTAMP'))) expect(l).toBe('DTSTAMP:20261130T000000Z');
  });

  it('uses CRLF everywhere and no line is longer than 75 octets', async () => {
    const out = await ics([
      '--event',
      '2026-12-03:Ünïcödé gala → 🎉 with a label long enough to fold more than once, surely',
    ]);
    expect(out.endsWith('\r\n')).toBe(true);
    expect(out.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = out.split('\r\n').slice(0, -1);
    for (const l of lines) expect(octets(l), l).toBeLessThanOrEqual(75);
    expect(lines.some((l) => l.startsWith(' '))).toBe(true);
  });

  it('folds a long DESCRIPTION, and it unfolds back to the steps, minutes and warnings', async () => {
    const out = await ics();
    const raw = out.split('\r\n');
    const sheet = events(out).find((e) => e.event.description.includes('Sheet mask (15 min)'))!.event;
    const description = sheet.description;
    const head = `DESCRIPTION:${description.slice(0, 24).replace(/([,;\\])/g, '\\$1')}`;
    const start = raw.findIndex((l) => l.startsWith(head));
    expect(start).toBeGreaterThan(0);
    expect(raw[start + 1]!.startsWith(' ')).toBe(true); // folded
    expect(description).toMatch(/^[^\n]*night[^\n]*, about \d+ minutes:\n1\. Cleanser\n2\. Sheet mask \(15 min\)\n/);
    const unfolded = out.replace(/\r\n[ \t]/g, '');
    const line = unfolded.split('\r\n').find((l) => l.startsWith(head))!;
    expect(line).toContain('\\,'); // commas escaped
    expect(line).toContain('\\n'); // newlines escaped
    expect(
      line
        .replace(/^DESCRIPTION:/, '')
        .replace(/\\([\\;,])/g, '$1')
        .replace(/\\n/g, '\n'),
    ).toBe(description);
  });

  it('mask nights last longer; an overnight mask counts as a step, not the night', async () => {
    const evs = events(await ics()).map((e) => e.event);
    const find = (text: string) => evs.find((e) => e.summary !== 'Morning routine' && e.description.includes(text))!;
    const minutes = (text: string) => find(text).duration.toSeconds() / 60;
    const sheet = minutes('Sheet mask (15 min)');
    const sleeping = minutes('Sleeping mask (overnight)');
    const plain = evs.find((e) => e.summary === 'Retinol night')!.duration.toSeconds() / 60;
    expect(sheet).toBeGreaterThanOrEqual(plain + 15);
    expect(sleeping).toBeLessThan(30);
    expect(sleeping).toBeGreaterThan(0);
    expect(find('Sleeping mask').description).toMatch(/Sleeping mask \(overnight\)/);
  });

  it('puts the warnings that apply in the description', async () => {
    const r = await runInProcess([
      'week',
      '--format',
      'ics',
      '--start',
      '2026-11-30',
      '--no-input',
      '--serum',
      'retinol,benzoyl-peroxide,vitamin-c',
    ]);
    const evs = events(r.stdout).map((e) => e.event);
    // sunscreen warnings on mornings
    expect(evs[0]!.description).toMatch(/caution: .*sun/);
    // a dated warning ("Benzoyl peroxide serum rests on … nights (… 2026-12-0x …)") only on the evenings it names
    const resting = evs.filter((e) => /rests on/.test(e.description));
    expect(resting.length).toBeGreaterThan(0);
    for (const e of resting) {
      expect(e.summary).not.toBe('Morning routine');
      expect(e.description).toContain(e.startDate.toString().slice(0, 10));
    }
  });

  it('names the event a mask prepares for', async () => {
    const evs = events(await ics(['--event', '2026-12-03:Gala, dinner; dance'])).map((e) => e.event);
    const eve = evs.find((e) => e.startDate.toString() === '2026-12-02T21:30:00')!;
    expect(eve.summary).toMatch(/night(, [a-z ]+mask)? \(before Gala, dinner; dance\)$/);
  });
});

describe('ics pieces', () => {
  it('escapes TEXT: backslash, semicolon, comma, newline; drops control characters', () => {
    expect(text('a\\b;c,d\ne\r\nf\u0007g')).toBe('a\\\\b\\;c\\,d\\ne\\nfg');
  });

  it('folds at 75 octets without splitting a UTF-8 character or an escape', () => {
    const line = `DESCRIPTION:${'é→🎉\\,'.repeat(40)}`;
    const folded = fold(line);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(3);
    for (const p of parts) expect(Buffer.byteLength(p)).toBeLessThanOrEqual(75);
    for (const p of parts.slice(1)) expect(p.startsWith(' ')).toBe(true);
    for (const p of parts) expect(p.endsWith('\\')).toBe(false);
    expect(parts.map((p, i) => (i ? p.slice(1) : p)).join('')).toBe(line);
    expect(fold('SUMMARY:short')).toBe('SUMMARY:short');
    expect(fold('X'.repeat(75))).toBe('X'.repeat(75));
    expect(fold('X'.repeat(76))).toBe(`${'X'.repeat(75)}\r\n X`);
  });

  it('counts minutes: steps plus a timed mask', () => {
    expect(routineMinutes([{ kind: 'cleanser' }, { kind: 'moisturizer' }])).toBe(4);
    expect(
      routineMinutes([
        { kind: 'cleanser' },
        { kind: 'mask', type: 'sheet', name: 'Sheet', application: 'leave-on', minutes: 15 },
      ]),
    ).toBe(19);
    expect(
      routineMinutes([{ kind: 'mask', type: 'sleeping', name: 'S', application: 'overnight', overnight: true }]),
    ).toBe(2);
  });

  it('places warnings: dated ones on those evenings, sun ones on mornings, general ones everywhere', () => {
    const w = (message: string): Warning => ({ rule: 'r', severity: 'tip', message, source: { title: 's' } });
    const days = ['2026-11-30', '2026-12-01'].map((date) => ({ date }) as WeekResult['payload']['days'][number]);
    const placed = placeWarnings(
      [w('Rests on (Tue 2026-12-01)'), w('wear sunscreen'), w('two nights a week'), w('patch-test')],
      days,
    );
    const msgs = (k: string) => (placed.get(k) ?? []).map((x) => x.message);
    expect(msgs('2026-12-01-pm')).toEqual(['Rests on (Tue 2026-12-01)', 'two nights a week', 'patch-test']);
    expect(msgs('2026-11-30-pm')).toEqual(['two nights a week', 'patch-test']);
    expect(msgs('2026-11-30-am')).toEqual(['wear sunscreen', 'patch-test']);
  });
});
