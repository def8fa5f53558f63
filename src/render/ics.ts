// iCalendar (RFC 5545) for `week --format ics`: one event for each morning and each evening routine.
//
// Hand-written rather than the `ics` npm package (3.12.0, measured): that package folds lines at 75
// *characters*, not octets, so a step line with "→" came out 81 octets long (RFC 5545 3.1 says 75 octets);
// it also pulls in yup (about 20 ms to import, 1.3 MB installed). Floating times, stable UIDs and a fixed
// DTSTAMP it could do; the folding it cannot. What we need is small: a few properties, TEXT escaping and
// UTF-8-aware folding, all below.
import { UsageError } from '../lib/errors.js';
import type { CalendarTimes, Result, WeekResult } from '../results/types.js';
import { addDays, type IsoDate } from '../domain/dates.js';
import type { DayPlan, Profile, Step, Warning } from '../rules/types.js';
import { safeDeep, safeText } from './safe-text.js';
import { nightTitle, stepLabel } from './text.js';

/** Default routine times, floating local time. */
export const DEFAULT_AM_TIME = '07:30';
export const DEFAULT_PM_TIME = '21:30';

/** Minutes each step takes in the calendar; a timed mask adds its own minutes on top. */
export const MINUTES_PER_STEP = 2;

/** Renders a week as an iCalendar file (what `week --format ics` prints). Other results: UsageError. */
export function renderIcs(result: Result, flags: CalendarTimes = {}): string {
  if (result.kind !== 'week')
    throw new UsageError(`--format ics is available for week only, not for ${result.command}`);
  const am = clock('--am-time', flags.amTime ?? DEFAULT_AM_TIME);
  const pm = clock('--pm-time', flags.pmTime ?? DEFAULT_PM_TIME);
  // Names and labels are one line each; the description's own lines are the only line breaks.
  return calendar(safeDeep(result.payload), am, pm, personKey(result.profile));
}

/** 'HH:MM' → 'HHMM00'; a bad time is a UsageError naming the flag. */
function clock(flag: string, value: string): string {
  const m = /^(\d{1,2}):(\d{2})$/.exec(value.trim());
  if (!m || Number(m[1]) > 23 || Number(m[2]) > 59)
    throw new UsageError(`${flag} ${JSON.stringify(value)} is not a time: use HH:MM (24-hour), e.g. 21:30`);
  return `${m[1]!.padStart(2, '0')}${m[2]}00`;
}

const basic = (iso: string) => iso.replaceAll('-', '');

/**
 * A short key for whose plan this is: 8 hex digits of a hash (FNV-1a, 32 bits) of the profile. Two people's plans
 * imported into one calendar get different event IDs; the same profile always gets the same ones.
 */
export function personKey(profile: Profile): string {
  let hash = 0x811c9dc5;
  const text = JSON.stringify(profile);
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/**
 * The calendar date an evening routine starts on: an evening time earlier than the morning time (00:30 against
 * 07:30) is after midnight, so it belongs to the next calendar day.
 */
export function eveningDate(date: IsoDate, am: string, pm: string): IsoDate {
  return pm < am ? addDays(date, 1) : date;
}

function calendar(p: WeekResult['payload'], am: string, pm: string, person: string): string {
  // DTSTAMP comes from the plan, never the clock: the same plan gives a byte-identical file.
  const stamp = `${basic(p.start)}T000000Z`;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//glowplan//glowplan skincare planner//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'X-WR-CALNAME:glowplan skincare',
  ];
  const notes = placeWarnings(p.warnings, p.days);
  for (const day of p.days) {
    const uid = (slot: 'am' | 'pm') => `${basic(day.date)}-${slot}-${person}@glowplan`;
    lines.push(...event(day, 'am', `${basic(day.date)}T${am}`, uid('am'), stamp, notes.get(`${day.date}-am`) ?? []));
    const evening = `${basic(eveningDate(day.date, am, pm))}T${pm}`;
    lines.push(...event(day, 'pm', evening, uid('pm'), stamp, notes.get(`${day.date}-pm`) ?? []));
  }
  lines.push('END:VCALENDAR');
  return lines.map(fold).join('\r\n') + '\r\n';
}

/** How long a routine takes: a few minutes a step, plus a timed mask's minutes (an overnight mask is a step). */
export function routineMinutes(steps: readonly Step[]): number {
  return steps.reduce(
    (sum, s) => sum + MINUTES_PER_STEP + (s.kind === 'mask' && !s.overnight ? (s.minutes ?? 0) : 0),
    0,
  );
}

/** The routine's name: "Morning routine", or the night's name ("Sheet mask night (before Gala)"). */
export function routineName(day: DayPlan, slot: 'am' | 'pm'): string {
  if (slot === 'am') return 'Morning routine';
  const event = day.mask?.event ? ` (before ${day.mask.event.label ?? 'your event'})` : '';
  return `${nightTitle(day)}${event}`;
}

function event(
  day: DayPlan,
  slot: 'am' | 'pm',
  start: string,
  uid: string,
  stamp: string,
  notes: readonly Warning[],
): string[] {
  const steps = slot === 'am' ? day.am : day.pm;
  const minutes = Math.max(MINUTES_PER_STEP, routineMinutes(steps));
  const summary = routineName(day, slot);
  const description = [
    `${summary}, about ${minutes} minutes:`,
    ...steps.map((s, i) => `${i + 1}. ${stepLabel(s)}`),
    ...(notes.length ? ['', 'Notes:', ...notes.map((w) => `- ${w.severity}: ${w.message} (${w.rule})`)] : []),
  ].join('\n');
  return [
    'BEGIN:VEVENT',
    `UID:${uid}`,
    // Revision 0 and a DTSTAMP from the plan: the same plan is the same file, byte for byte.
    'SEQUENCE:0',
    `DTSTAMP:${stamp}`,
    `DTSTART:${start}`,
    `DURATION:PT${minutes}M`,
    `SUMMARY:${text(summary)}`,
    `DESCRIPTION:${text(description)}`,
    'CATEGORIES:Skincare',
    'TRANSP:TRANSPARENT',
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    `DESCRIPTION:${text(summary)}`,
    'TRIGGER:PT0M',
    'END:VALARM',
    'END:VEVENT',
  ];
}

const ISO_IN_TEXT = /\b\d{4}-\d{2}-\d{2}\b/g;

/**
 * Which warnings go in which event. Warnings carry no dates of their own, so:
 * - a warning naming dates (e.g. "Retinol rests on 2 nights (Mon 2026-11-23, …)") goes on those evenings only;
 * - a whole-plan warning goes on the mornings when it speaks of the morning or the sun, on the evenings when it
 *   speaks of evenings or nights, and on every routine otherwise (e.g. "patch-test any new one").
 * Keyed by `${date}-${slot}`; warnings keep their order (most serious first).
 */
export function placeWarnings(warnings: readonly Warning[], days: readonly DayPlan[]): Map<string, Warning[]> {
  const out = new Map<string, Warning[]>();
  const add = (key: string, w: Warning) => out.set(key, [...(out.get(key) ?? []), w]);
  for (const w of warnings) {
    const dates = w.message.match(ISO_IN_TEXT);
    if (dates) {
      for (const d of new Set(dates)) add(`${d}-pm`, w);
      continue;
    }
    const morning = /\b(morning|mornings|sunscreen|SPF|sun)\b/i.test(w.message);
    const evening = /\b(evening|evenings|night|nights)\b/i.test(w.message);
    for (const day of days) {
      if (morning || !evening) add(`${day.date}-am`, w);
      if (evening || !morning) add(`${day.date}-pm`, w);
    }
  }
  return out;
}

// Control characters other than newline and tab are not allowed in TEXT (safeText removes them, escape sequences
// whole); lone surrogates are not UTF-8.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** A TEXT value (RFC 5545 3.3.11): backslash, semicolon, comma and newline escaped. */
export function text(value: string): string {
  return safeText(value, { newlines: true, tabs: true })
    .replace(LONE_SURROGATE, '\uFFFD')
    .replace(/\t/g, ' ')
    .replace(/[\\;,\n]/g, (c) => (c === '\n' ? '\\n' : `\\${c}`));
}

const octets = (cp: number) => (cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4);

/**
 * Folds a content line at 75 octets (RFC 5545 3.1); continuations start with a space. Never splits a UTF-8
 * sequence, nor (kinder to lenient parsers) a TEXT escape such as `\,` or `\n`.
 */
export function fold(line: string): string {
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const [ch] of line.matchAll(/\\.|[\s\S]/gu)) {
    const n = [...ch].reduce((sum, c) => sum + octets(c.codePointAt(0)!), 0);
    if (size + n > 75) {
      parts.push(current);
      current = ' ';
      size = 1;
    }
    current += ch;
    size += n;
  }
  parts.push(current);
  return parts.join('\r\n');
}
