// The journal's pure parts: record validation, reading lines, merging (amend, clear), the default path, and the
// history figures checked against a brute-force count over random journals.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, dateRange } from '../src/domain/dates.js';
import { SKIN_STATES, type SkinState } from '../src/domain/vocabulary.js';
import { dayStatus, history } from '../src/journal/history.js';
import { applyRecord, loggedDays, mergeRecords, type JournalDay } from '../src/journal/merge.js';
import { defaultJournalPath } from '../src/journal/path.js';
import {
  badLineReport,
  FAST_JOURNAL_FROM,
  parseJournal as parseJournalAtAnySize,
  type DateRange,
} from '../src/journal/read.js';
import { checkRecord, isJournalDate, localTimestamp, recordLine, type JournalRecord } from '../src/journal/record.js';
import { isPlannableDate } from '../src/domain/dates.js';

/**
 * parseJournal as a run calls it (a small journal is read line by line), checked against its fast path (taken from
 * FAST_JOURNAL_FROM characters on; 0 takes it at any size): both read every text the same.
 */
function parseJournal(text: string, range?: DateRange): ReturnType<typeof parseJournalAtAnySize> {
  const read = parseJournalAtAnySize(text, range);
  expect(parseJournalAtAnySize(text, range, 0)).toEqual(read);
  return read;
}

const base = { schemaVersion: 1, date: '2026-11-30', loggedAt: '2026-11-30T21:40:05+00:00' };
const rec = (fields: Partial<JournalRecord> & { date?: string }): JournalRecord =>
  ({ ...base, ...fields }) as JournalRecord;

describe('checkRecord', () => {
  it.each([
    ['the smallest record', base],
    [
      'every field',
      {
        ...base,
        am: 'done',
        pm: 'skipped',
        skin: ['red', 'dry'],
        note: 'ok',
        planned: { mask: 'clay', am: ['vitamin-c'], pm: ['retinol'] },
      },
    ],
    ['a clearing record', { ...base, clear: true }],
    ['a note of exactly 500 characters', { ...base, note: 'x'.repeat(500) }],
    ['no mask planned', { ...base, planned: { mask: null, am: [], pm: [] } }],
    ['a time in UTC with fractions', { ...base, loggedAt: '2026-11-30T21:40:05.123Z' }],
  ])('accepts %s', (_, raw) => {
    const r = checkRecord(raw, { requireLoggedAt: true });
    expect(r.ok).toBe(true);
  });

  it.each([
    ['not an object', [1], '', /must be a JSON object/],
    ['an unknown field', { ...base, mood: 'fine' }, 'mood', /"mood" is not a field/],
    ['another schema version', { ...base, schemaVersion: 2 }, 'schemaVersion', /schemaVersion must be 1/],
    [
      'no schemaVersion',
      { date: base.date, loggedAt: base.loggedAt },
      'schemaVersion',
      /^schemaVersion is missing: it must be 1$/,
    ],
    [
      'no date',
      { schemaVersion: 1, loggedAt: base.loggedAt },
      'date',
      /^date is missing: it must be a calendar date YYYY-MM-DD$/,
    ],
    ['a date that does not exist', { ...base, date: '2026-02-30' }, 'date', /"2026-02-30"/],
    [
      'no loggedAt (file records)',
      { schemaVersion: 1, date: base.date },
      'loggedAt',
      /^loggedAt is missing: it must be a date and time such as 2026-12-02T21:40:05\+01:00$/,
    ],
    ['a loggedAt without a time', { ...base, loggedAt: '2026-11-30' }, 'loggedAt', /loggedAt must be/],
    ['am neither done nor skipped', { ...base, am: 'yes' }, 'am', /am must be "done" or "skipped", got "yes"/],
    ['pm as a boolean', { ...base, pm: true }, 'pm', /pm must be/],
    [
      'an unknown skin state',
      { ...base, skin: ['itchy'] },
      'skin[0]',
      /skin\[0\] "itchy" is not known: use one of good, dry/,
    ],
    ['skin not a list', { ...base, skin: 'red' }, 'skin', /skin must be a list/],
    ['a note of 501 characters', { ...base, note: 'x'.repeat(501) }, 'note', /longer than 500/],
    ['a note that is not text', { ...base, note: 5 }, 'note', /note must be a text/],
    ['clear false', { ...base, clear: false }, 'clear', /clear must be true/],
    ['clear with routines', { ...base, clear: true, am: 'done' }, 'am', /a clearing record carries no am/],
    [
      'planned with an unknown mask',
      { ...base, planned: { mask: 'mud', am: [], pm: [] } },
      'planned.mask',
      /^planned.mask must be null or one of sheet, .*, got "mud"$/,
    ],
    [
      'planned with no mask field',
      { ...base, planned: { am: [], pm: [] } },
      'planned.mask',
      /^planned.mask is missing: it must be null or one of sheet, /,
    ],
    [
      'planned with an unknown active',
      { ...base, planned: { mask: null, am: ['glitter'], pm: [] } },
      'planned.am[0]',
      /glitter/,
    ],
    [
      'planned with an extra field',
      { ...base, planned: { mask: null, am: [], pm: [], x: 1 } },
      'planned.x',
      /not a field/,
    ],
  ])('refuses %s, naming the field', (_, raw, field, message) => {
    const r = checkRecord(raw, { requireLoggedAt: true });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.field).toBe(field);
      expect(r.message).toMatch(message);
      expect(r.message).not.toContain('undefined');
    }
  });

  it('a batch record may leave loggedAt out; repeated skin states count once', () => {
    const r = checkRecord({ schemaVersion: 1, date: '2026-11-30', skin: ['red', 'red'] });
    expect(r).toEqual({ ok: true, value: { schemaVersion: 1, date: '2026-11-30', skin: ['red'] } });
  });

  it('recordLine writes one line in the usual field order; it reads back the same', () => {
    const record = rec({ planned: { mask: null, am: [], pm: [] }, note: 'a\nb', am: 'done' });
    const line = recordLine(record);
    expect(line.endsWith('\n')).toBe(true);
    expect(line.slice(0, -1)).not.toContain('\n');
    expect(Object.keys(JSON.parse(line))).toEqual(['schemaVersion', 'date', 'loggedAt', 'am', 'note', 'planned']);
    expect(parseJournal(line).records).toEqual([record]);
  });

  it('localTimestamp is the local time with its offset, and checkRecord accepts it', () => {
    const stamp = localTimestamp(new Date(2026, 6, 1, 9, 5, 7)); // London summer time
    expect(stamp).toBe('2026-07-01T09:05:07+01:00');
    expect(localTimestamp(new Date(2026, 0, 1, 23, 0, 0))).toBe('2026-01-01T23:00:00+00:00');
    expect(checkRecord({ ...base, loggedAt: stamp }, { requireLoggedAt: true }).ok).toBe(true);
  });
});

describe('isJournalDate', () => {
  it('agrees with isPlannableDate on every day of 1899-2001 and 2999-3000, and on odd shapes', () => {
    const texts = [
      '',
      '2026-1-01',
      '2026-01-1',
      '20261-01-01',
      '2026-00-10',
      '2026-13-01',
      '2026-01-00',
      '2026-01-32',
      'abcd-ef-gh',
    ];
    for (const y of [1899, 1900, 1901, 1996, 2000, 2001, 2100, 2999, 3000])
      for (let mo = 0; mo <= 13; mo++)
        for (let d = 0; d <= 32; d++) texts.push(`${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
    for (const t of texts) expect(isJournalDate(t), t).toBe(isPlannableDate(t));
  });
});

describe('parseJournal', () => {
  const good = (date: string, more = '') =>
    `{"schemaVersion":1,"date":"${date}","loggedAt":"2026-11-30T21:00:00Z"${more}}`;

  it('reads every good line, skips blank ones, and reports each bad one with its line number', () => {
    const text = [good('2026-11-28'), '', 'not json', good('2026-11-29', ',"am":"maybe"'), good('2026-11-30'), ''].join(
      '\n',
    );
    const { records, bad } = parseJournal(text);
    expect(records.map((r) => r.date)).toEqual(['2026-11-28', '2026-11-30']);
    expect(bad).toEqual([
      { line: 3, message: 'not valid JSON' },
      { line: 4, message: 'am must be "done" or "skipped", got "maybe"' },
    ]);
  });

  it('a line holding two records, or a record split over two lines, is bad whatever the lines around it', () => {
    const text = [good('2026-11-27'), `${good('2026-11-28')},${good('2026-11-29')}`, good('2026-11-30')].join('\n');
    const { records, bad } = parseJournal(`${text}\n`);
    expect(records.map((r) => r.date)).toEqual(['2026-11-27', '2026-11-30']);
    expect(bad).toEqual([{ line: 2, message: 'not valid JSON' }]);
    const split = parseJournal(`${good('2026-11-27')}\n{"schemaVersion":1,\n"date":"2026-11-28"}\n`);
    expect(split.bad.map((b) => b.line)).toEqual([2, 3]);
  });

  it('a torn last line (no newline, cut JSON) is reported as unfinished', () => {
    const { records, bad } = parseJournal(`${good('2026-11-29')}\n{"schemaVersion":1,"da`);
    expect(records).toHaveLength(1);
    expect(bad).toEqual([{ line: 2, message: 'an unfinished last line (not valid JSON)' }]);
  });

  it('a whole last line without its newline still counts; a byte-order mark and CRLF are tolerated', () => {
    expect(parseJournal(`\uFEFF${good('2026-11-29')}\r\n${good('2026-11-30')}`).records).toHaveLength(2);
  });

  it('reads random journals exactly as checking line by line does, with or without a range (the fast paths change nothing)', () => {
    const pick = <T>(...xs: T[]) => fc.constantFrom(...xs);
    const arbRecord = fc.record(
      {
        schemaVersion: pick<unknown>(1, 1, 1, 2, '1'),
        date: pick<unknown>('2026-11-30', '2024-02-29', '2026-02-29', '1899-12-31', '2026-13-01', 5),
        loggedAt: pick<unknown>(
          '2026-11-30T21:00:00Z',
          '2026-11-30T21:00+01:00',
          '2026-11-30T24:00:00Z',
          '2026-02-30T10:00:00Z',
          'now',
        ),
        am: pick<unknown>('done', 'skipped', 'yes'),
        pm: pick<unknown>('done', 'skipped', null),
        skin: pick<unknown>([], ['red'], ['red', 'dry'], ['red', 'red'], ['itchy'], 'red'),
        note: pick<unknown>('', 'fine', 'a "quoted" \\ note\n', 'x'.repeat(500), 'x'.repeat(501), 'é'.repeat(300), 7),
        planned: pick<unknown>(
          { mask: null, am: [], pm: [] },
          { mask: 'clay', am: ['vitamin-c'], pm: ['retinol', 'niacinamide'] },
          { mask: 'mud', am: [], pm: [] },
          { mask: null, am: ['retinol', 'retinol'], pm: [] },
          { am: [], pm: [], mask: null },
          { mask: null, am: [], pm: [], x: 1 },
        ),
        clear: pick<unknown>(true, false),
        extra: pick<unknown>(1),
      },
      { requiredKeys: [] },
    );
    const arbValid = fc.record(
      {
        schemaVersion: fc.constant(1 as const),
        date: pick('2026-11-30', '2024-02-29', '2999-12-31'),
        loggedAt: pick('2026-11-30T21:00:00Z', '2026-11-30T21:00:00.5+01:00'),
        am: pick<'done' | 'skipped'>('done', 'skipped'),
        pm: pick<'done' | 'skipped'>('done', 'skipped'),
        skin: fc.subarray([...SKIN_STATES]),
        note: fc.string({ maxLength: 520, unit: 'binary' }),
        planned: fc.record({
          mask: pick(null, 'clay' as const),
          am: fc.subarray(['vitamin-c', 'niacinamide'] as const),
          pm: fc.subarray(['retinol', 'aha'] as const),
        }),
      },
      { requiredKeys: ['schemaVersion', 'date', 'loggedAt'] },
    );
    const arbLine = fc.oneof(
      arbValid.map((r) => recordLine(r as JournalRecord).trimEnd()),
      arbValid.map((r) => recordLine(r as JournalRecord).trimEnd()),
      arbRecord.map((r) => JSON.stringify(r)),
      // In the order glowplan writes (most lines of a real journal), or with spaces as a hand edit might leave.
      arbRecord.map((r) => recordLine(r as JournalRecord).trimEnd()),
      arbRecord.map((r) => JSON.stringify(r, null, 1).replace(/\n/g, ' ')),
      pick('', '   ', 'not json', '{"schemaVersion":1,"da', '[1,2]', '{},{}'),
      // Written as glowplan writes, but with a note JSON refuses: an unknown escape, a raw tab.
      pick(
        '{"schemaVersion":1,"date":"2024-02-29","loggedAt":"2024-02-29T21:00:00Z","note":"a\\qb"}',
        '{"schemaVersion":1,"date":"2026-11-30","loggedAt":"2026-11-30T21:00:00Z","note":"a\\u12"}',
        '{"schemaVersion":1,"date":"2024-02-29","loggedAt":"2024-02-29T21:00:00Z","note":"a\tb"}',
      ),
    );
    const arbDate = pick('1899-12-31', '2024-02-28', '2024-02-29', '2026-11-30', '2999-12-31');
    const arbRange = fc.option(
      fc.tuple(arbDate, arbDate).map(([a, b]) => (a <= b ? { from: a, to: b } : { from: b, to: a })),
      { nil: undefined },
    );
    fc.assert(
      fc.property(fc.array(arbLine, { maxLength: 12 }), fc.boolean(), arbRange, (lines, newline, range) => {
        const text = lines.join('\n') + (newline ? '\n' : '');
        const expected: ReturnType<typeof parseJournal> = { records: [], bad: [] };
        const all = text.split('\n');
        all.forEach((line, i) => {
          if (line.trim() === '') return;
          let value: unknown;
          try {
            value = JSON.parse(line);
          } catch {
            const last = i === all.length - 1;
            expected.bad.push({
              line: i + 1,
              message: last ? 'an unfinished last line (not valid JSON)' : 'not valid JSON',
            });
            return;
          }
          const checked = checkRecord(value, { requireLoggedAt: true });
          if (!checked.ok) expected.bad.push({ line: i + 1, message: checked.message });
          // With a range, only its dates' records; every line is reported the same.
          else if (!range || (checked.value.date >= range.from && checked.value.date <= range.to))
            expected.records.push(checked.value);
        });
        expect(parseJournal(text, range)).toEqual(expected);
      }),
      { numRuns: 1500 },
    );
  });

  it('with a range, a line of another date is reported exactly as without one, and its records left out', () => {
    const lines = [
      good('2020-01-06', ',"skin":["red","red"]'),
      good('2020-01-07', ',"planned":{"mask":null,"am":["retinol","retinol"],"pm":[]}'),
      good('2020-01-08', `,"note":"${'x'.repeat(501)}"`),
      good('2021-02-29'),
      good('2020-01-09', ',"note":"a\\qb"'),
      good('2020-01-10', ',"note":"a\tb"'),
      `{"schemaVersion":1,"date":"2020-01-11","loggedAt":"2020-02-30T21:00:00Z"}`,
    ];
    const reported: { line: number; message: string }[] = [];
    for (const line of lines) {
      const text = [good('2020-01-01'), line, good('2026-11-30', ',"am":"done"'), ''].join('\n');
      const whole = parseJournal(text);
      reported.push(...whole.bad);
      expect(parseJournal(text, { from: '2026-11-01', to: '2026-11-30' }), line).toEqual({
        records: whole.records.filter((r) => r.date === '2026-11-30'),
        bad: whole.bad,
      });
    }
    expect(reported).toHaveLength(5); // all but the repeats, which are read as one of each
    // Good lines of other dates (two actives planned, a long note, escapes) are read past and left out.
    const text = [
      good('2020-01-01', ',"planned":{"mask":null,"am":["vitamin-c","niacinamide"],"pm":["retinol"]}'),
      good('2020-01-02', `,"note":"${'é'.repeat(480)} \\"quoted\\" \\u00e9\\n"`),
      good('2026-11-30', ',"pm":"skipped"'),
    ].join('\n');
    expect(parseJournal(text, { from: '2026-11-30', to: '2026-11-30' })).toEqual({
      records: [{ schemaVersion: 1, date: '2026-11-30', loggedAt: '2026-11-30T21:00:00Z', pm: 'skipped' }],
      bad: [],
    });
  });

  it('a journal of FAST_JOURNAL_FROM characters or more takes the fast path: read the same as line by line', () => {
    const lines: string[] = [];
    for (let day = 0; lines.join('\n').length < FAST_JOURNAL_FROM + 1000; day++) {
      const date = new Date(Date.UTC(2020, 0, 1 + day)).toISOString().slice(0, 10);
      lines.push(good(date, `,"am":"done","skin":["good"],"note":"day ${day}"`));
    }
    const text = `${lines.join('\n')}\n`;
    const read = parseJournalAtAnySize(text);
    expect(read).toEqual(parseJournalAtAnySize(text, undefined, Number.POSITIVE_INFINITY));
    expect(read.bad).toEqual([]);
    expect(read.records.map((r) => r.note)).toEqual(lines.map((_, day) => `day ${day}`));
    // With one line glowplan would not write (a space after a comma), the same text is read line by line.
    const edited = text.replace('"am":"done",', '"am":"done", ');
    expect(parseJournalAtAnySize(edited)).toEqual(read);
  });

  it('the report lists at most 10 lines, then a count', () => {
    const bad = Array.from({ length: 13 }, (_, i) => ({ line: i + 1, message: 'not valid JSON' }));
    const lines = badLineReport('/j.jsonl', bad);
    expect(lines).toHaveLength(11);
    expect(lines[0]).toBe('glowplan: journal /j.jsonl line 1: not valid JSON; skipped (the line stays in the file)');
    expect(lines[10]).toBe('glowplan: journal /j.jsonl: 3 more lines could not be read; skipped');
  });
});

describe('merging', () => {
  it('a later record wins for the fields it gives; the others stay', () => {
    const days = mergeRecords([
      rec({ am: 'done', pm: 'done', skin: ['good'], note: 'first' }),
      rec({ pm: 'skipped' }),
      rec({ skin: ['red', 'stinging'] }),
    ]);
    expect(days).toEqual([{ date: '2026-11-30', am: 'done', pm: 'skipped', skin: ['red', 'stinging'], note: 'first' }]);
  });

  it('a clear removes the day; a record after it starts the day afresh', () => {
    const cleared = mergeRecords([rec({ am: 'done', skin: ['red'] }), rec({ clear: true })]);
    expect(cleared).toEqual([]);
    const again = mergeRecords([rec({ am: 'done', skin: ['red'] }), rec({ clear: true }), rec({ pm: 'skipped' })]);
    expect(again).toEqual([{ date: '2026-11-30', pm: 'skipped', skin: [] }]);
  });

  it('days come out in date order whatever the order of the lines; other dates are untouched', () => {
    const days = mergeRecords([
      rec({ date: '2026-12-01', am: 'done' }),
      rec({ date: '2026-11-29', pm: 'done' }),
      rec({ date: '2026-12-01', clear: true }),
    ]);
    expect(days.map((d) => d.date)).toEqual(['2026-11-29']);
  });

  it('loggedDays gives the planner date, routines and skin only', () => {
    const days = mergeRecords([rec({ am: 'done', skin: ['dry'], note: 'n', planned: { mask: null, am: [], pm: [] } })]);
    expect(loggedDays(days)).toEqual([{ date: '2026-11-30', am: 'done', skin: ['dry'] }]);
  });

  it('applyRecord leaves the day it was given alone', () => {
    const day: JournalDay = { date: '2026-11-30', skin: ['good'], am: 'done' };
    applyRecord(day, rec({ skin: ['red'], am: 'skipped' }));
    expect(day).toEqual({ date: '2026-11-30', skin: ['good'], am: 'done' });
  });
});

describe('defaultJournalPath', () => {
  it.each([
    [{ XDG_DATA_HOME: '/data', HOME: '/home/a' }, '/data/glowplan/journal.jsonl'],
    [{ HOME: '/home/a' }, '/home/a/.local/share/glowplan/journal.jsonl'],
    [{ XDG_DATA_HOME: '', HOME: '/home/a' }, '/home/a/.local/share/glowplan/journal.jsonl'],
    [{ XDG_DATA_HOME: 'relative/dir', HOME: '/home/a' }, '/home/a/.local/share/glowplan/journal.jsonl'],
  ])('%j → %s', (env, path) => expect(defaultJournalPath(env)).toBe(path));
});

describe('day status', () => {
  const day = (fields: Partial<JournalDay>): JournalDay => ({ date: '2026-11-30', skin: [], ...fields });
  it.each([
    [undefined, 'not-logged'],
    [day({ am: 'done', pm: 'done' }), 'done'],
    [day({ am: 'done', pm: 'skipped' }), 'partial'],
    [day({ am: 'skipped', pm: 'done' }), 'partial'],
    [day({ am: 'skipped', pm: 'skipped' }), 'skipped'],
    [day({ skin: ['good'] }), 'partial'],
    [day({ am: 'done', pm: 'done', skin: ['red'] }), 'irritation'],
    [day({ am: 'skipped', pm: 'skipped', skin: ['stinging'] }), 'irritation'],
    [day({ am: 'done', pm: 'done', skin: ['peeling'] }), 'irritation'],
    [day({ am: 'done', pm: 'done', skin: ['dry', 'breakout', 'oily'] }), 'done'],
  ])('%j is %s', (d, status) => expect(dayStatus(d)).toBe(status));
});

describe('history', () => {
  const day = (date: string, am?: 'done' | 'skipped', pm?: 'done' | 'skipped', skin: SkinState[] = []): JournalDay => ({
    date,
    ...(am ? { am } : {}),
    ...(pm ? { pm } : {}),
    skin,
  });

  it('a small example, counted by hand', () => {
    const days = [
      day('2026-11-23', 'done', 'done'),
      day('2026-11-24', 'done', 'done', ['red']),
      day('2026-11-25', 'done', 'skipped'),
      day('2026-11-27', 'done', 'done'),
      day('2026-11-28', 'done', 'done'),
      { ...day('2026-11-29', 'done', 'done'), planned: { mask: 'clay' as const, am: [], pm: ['retinol' as const] } },
      { ...day('2026-11-30', 'skipped', 'skipped'), planned: { mask: 'sheet' as const, am: [], pm: [] }, note: 'away' },
    ];
    const h = history(days, '2026-11-23', '2026-12-01', '2026-12-01');
    expect(h.days.map((d) => d.status)).toEqual([
      'done',
      'irritation',
      'partial',
      'not-logged',
      'done',
      'done',
      'done',
      'skipped',
      'not-logged',
    ]);
    expect(h.streak).toEqual({ current: 0, longest: 3 });
    expect(h.adherence.am).toEqual({ done: 6, planned: 7, percent: 86 });
    expect(h.adherence.pm).toEqual({ done: 5, planned: 7, percent: 71 });
    expect(h.adherence.masks).toEqual({ done: 1, planned: 2, percent: 50 });
    expect(h.actives).toEqual({ retinol: 1 });
    expect(h.skin).toEqual({ good: 0, dry: 0, oily: 0, red: 1, stinging: 0, peeling: 0, breakout: 0 });
    expect(h.logged).toBe(7);
    expect(h.days[7]).toMatchObject({ note: 'away', done: { am: false, pm: false }, planned: { mask: 'sheet' } });
    expect(h.days[8]).toEqual({
      date: '2026-12-01',
      status: 'not-logged',
      planned: null,
      done: { am: null, pm: null },
      skin: [],
      note: null,
    });
  });

  it('today not logged yet does not end the current streak; yesterday not logged does', () => {
    const days = [day('2026-11-29', 'done', 'done'), day('2026-11-30', 'done', 'done')];
    expect(history(days, '2026-11-23', '2026-12-01', '2026-12-01').streak.current).toBe(2);
    expect(history(days, '2026-11-23', '2026-12-02', '2026-12-02').streak.current).toBe(0);
    expect(history(days, '2026-11-23', '2026-11-30', '2026-12-02').streak.current).toBe(2);
  });

  it('days to come are not shown or counted; a range wholly to come is empty', () => {
    const h = history([day('2026-12-01', 'done', 'done')], '2026-11-30', '2026-12-06', '2026-12-01');
    expect(h.days.map((d) => d.date)).toEqual(['2026-11-30', '2026-12-01']);
    expect(history([], '2026-12-05', '2026-12-06', '2026-12-01').days).toEqual([]);
  });

  it('nothing logged: percentages are null, not 0', () => {
    const h = history([], '2026-11-30', '2026-12-01', '2026-12-01');
    expect(h.adherence.am).toEqual({ done: 0, planned: 0, percent: null });
    expect(h.streak).toEqual({ current: 0, longest: 0 });
  });

  // Random journals: the figures agree with a plain count over the same days.
  const routine = fc.constantFrom<'done' | 'skipped' | undefined>('done', 'skipped', undefined);
  const arbDays = fc
    .array(
      fc.record({
        offset: fc.integer({ min: 0, max: 60 }),
        am: routine,
        pm: routine,
        skin: fc.subarray([...SKIN_STATES]),
        mask: fc.boolean(),
      }),
      { maxLength: 70 },
    )
    .map((list) => {
      const byDate = new Map<string, JournalDay>();
      for (const x of list) {
        const date = addDays('2026-10-01', x.offset);
        byDate.set(date, {
          ...day(date, x.am, x.pm, x.skin),
          planned: { mask: x.mask ? 'clay' : null, am: [], pm: x.mask ? [] : ['retinol'] },
        });
      }
      return [...byDate.values()].sort((a, b) => a.date.localeCompare(b.date));
    });

  it('streaks and adherence agree with a brute-force count', () => {
    fc.assert(
      fc.property(arbDays, fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 70 }), (days, a, len) => {
        const from = addDays('2026-10-01', a);
        const to = addDays(from, len);
        const today = '2026-11-20';
        const h = history(days, from, to, today);
        const last = to < today ? to : today;
        const shown = from <= last ? dateRange(from, h.days.length) : [];
        expect(h.days.map((d) => d.date)).toEqual(shown);
        if (shown.length) expect(shown[shown.length - 1]).toBe(last);
        const at = (d: string) => days.find((x) => x.date === d);
        const full = (d: string) => at(d)?.am === 'done' && at(d)?.pm === 'done';
        // Longest: try every start and length.
        let longest = 0;
        for (let i = 0; i < shown.length; i++)
          for (let j = i; j < shown.length && full(shown[j]!); j++) longest = Math.max(longest, j - i + 1);
        expect(h.streak.longest).toBe(longest);
        // Current: the run ending on the last day shown (the day before, when that is an unlogged today).
        let end = shown.length - 1;
        if (end >= 0 && shown[end] === today && !at(today)) end--;
        let current = 0;
        while (end - current >= 0 && full(shown[end - current]!)) current++;
        expect(h.streak.current).toBe(current);
        const inRange = days.filter((d) => shown.includes(d.date));
        const count = (pred: (d: JournalDay) => boolean) => inRange.filter(pred).length;
        expect(h.adherence.am.done).toBe(count((d) => d.am === 'done'));
        expect(h.adherence.am.planned).toBe(count((d) => d.am !== undefined));
        expect(h.adherence.pm.done).toBe(count((d) => d.pm === 'done'));
        expect(h.adherence.pm.planned).toBe(count((d) => d.pm !== undefined));
        expect(h.adherence.masks.planned).toBe(count((d) => d.pm !== undefined && d.planned?.mask != null));
        expect(h.adherence.masks.done).toBe(count((d) => d.pm === 'done' && d.planned?.mask != null));
        expect(h.actives.retinol ?? 0).toBe(count((d) => d.pm === 'done' && d.planned?.mask == null));
        for (const s of SKIN_STATES) expect(h.skin[s]).toBe(count((d) => d.skin.includes(s)));
        expect(h.logged).toBe(inRange.length);
        if (h.adherence.am.planned)
          expect(h.adherence.am.percent).toBe(Math.round((100 * h.adherence.am.done) / h.adherence.am.planned));
      }),
      { numRuns: 300 },
    );
  });
});
