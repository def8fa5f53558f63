// The history view for the terminal and for Markdown: a calendar grid (weeks as rows, Monday to Sunday), one mark
// a day, a legend, then the figures. Notes are the person's own text: control characters never reach the output.
import type { Paint } from './paint.js';
import { addDays, daysBetween, mondayOf } from '../domain/dates.js';
import type { History, HistoryDay, DayStatus, Ratio } from '../journal/history.js';
import { longDate, shortDate } from './text.js';

/** One character a day. */
export const MARKS: Record<DayStatus, string> = {
  done: '●',
  partial: '◐',
  skipped: '○',
  'not-logged': '·',
  irritation: '!',
};

const LABELS: Record<DayStatus, string> = {
  done: 'both routines done',
  partial: 'partial',
  skipped: 'both skipped',
  'not-logged': 'not logged',
  irritation: 'irritation (red, stinging or peeling)',
};

const HEAD = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

// eslint-disable-next-line no-control-regex -- control characters and escape sequences are removed
const CONTROL = /\u001b\[[0-9;?]*[ -/]*[@-~]|\u001b[@-_]?|[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/** Text from the journal made safe for a terminal: escape sequences and control characters gone, one line. */
export function plainText(text: string): string {
  return text
    .replace(CONTROL, '')
    .replace(/\s*[\n\t]\s*/g, ' ')
    .trim();
}

/** The weeks of the grid: each a Monday and its seven days, null outside the days shown. */
function weeks(p: History): { monday: string; days: (HistoryDay | null)[] }[] {
  // p.days run day by day from p.from: a day's place in the grid is its distance from the first Monday.
  const first = mondayOf(p.from);
  const lead = daysBetween(first, p.from);
  const count = Math.floor(daysBetween(first, mondayOf(p.to)) / 7) + 1;
  return Array.from({ length: count }, (_, w) => ({
    monday: addDays(first, 7 * w),
    days: Array.from({ length: 7 }, (_, k) => p.days[7 * w + k - lead] ?? null),
  }));
}

const percent = (r: Ratio) => (r.percent === null ? 'nothing logged' : `${r.done} of ${r.planned} (${r.percent}%)`);
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** The figures under the grid, as label/value pairs. */
function figures(p: History): [string, string][] {
  const skin = Object.entries(p.skin).filter(([, n]) => n > 0);
  const actives = Object.entries(p.actives);
  return [
    ['Days logged', `${p.logged} of ${p.days.length}`],
    ['Streak', `${plural(p.streak.current, 'day')} now; longest ${plural(p.streak.longest, 'day')}`],
    ['Mornings done', percent(p.adherence.am)],
    ['Evenings done', percent(p.adherence.pm)],
    [
      'Mask nights done',
      p.adherence.masks.planned ? `${p.adherence.masks.done} of ${p.adherence.masks.planned} planned` : 'none planned',
    ],
    ['Evenings per active', actives.length ? actives.map(([a, n]) => `${a} ${n}`).join(', ') : 'none'],
    ['Skin', skin.length ? skin.map(([s, n]) => `${s} ${n}`).join(', ') : 'nothing logged'],
  ];
}

/** Notes the terminal view lists (the latest); Markdown and JSON have them all. */
export const NOTES_SHOWN = 20;

/** The days with a note that shows, the latest `most` of them (all without `most`), and how many there are. */
function notes(p: History, most = Infinity): { shown: HistoryDay[]; count: number } {
  const shown: HistoryDay[] = [];
  let count = 0;
  for (let i = p.days.length - 1; i >= 0; i--) {
    const note = p.days[i]!.note;
    if (!note) continue;
    if (shown.length < most) {
      if (plainText(note) === '') continue;
      shown.push(p.days[i]!);
    }
    count++;
  }
  return { shown: shown.reverse(), count };
}

/** The terminal view. */
export function historyTable(p: History, c: Paint): string {
  const same = (s: string) => s;
  const paint: Record<DayStatus, (s: string) => string> = c.level
    ? { done: c.green, partial: c.yellow, skipped: c.red, 'not-logged': c.dim, irritation: (s) => c.bold.red(s) }
    : { done: same, partial: same, skipped: same, 'not-logged': same, irritation: same };
  const out = [c.bold(`Journal, ${longDate(p.from)} to ${longDate(p.to)}`), ''];
  out.push(`         ${HEAD.join(' ')}`);
  for (const week of weeks(p)) {
    const cells = week.days.map((d) => (d ? ` ${paint[d.status](MARKS[d.status])} ` : '   '));
    out.push(`${shortDate(week.monday).padStart(7)}  ${cells.join(' ').trimEnd()}`);
  }
  out.push('', (Object.keys(MARKS) as DayStatus[]).map((s) => `${paint[s](MARKS[s])} ${LABELS[s]}`).join('  '), '');
  const rows = figures(p);
  const width = Math.max(...rows.map(([k]) => k.length)) + 1;
  for (const [k, v] of rows) out.push(`${`${k}:`.padEnd(width)} ${v}`);
  const { shown, count } = notes(p, NOTES_SHOWN);
  if (shown.length) {
    out.push('', c.bold(count > shown.length ? `Notes (the last ${shown.length} of ${count})` : 'Notes'));
    for (const d of shown) out.push(`  ${shortDate(d.date)}: ${plainText(d.note!)}`);
  }
  return `${out.join('\n')}\n`;
}

/** Markdown inline text: control characters gone, Markdown punctuation escaped. */
const inline = (text: string) => plainText(text).replace(/[\\`*_[\]<>|#]/g, (ch) => `\\${ch}`);

/** The Markdown view. */
export function historyMarkdown(p: History): string {
  const out = [`# Journal, ${longDate(p.from)} to ${longDate(p.to)}`, ''];
  out.push(`| Week of | ${HEAD.join(' | ')} |`, `| --- | ${HEAD.map(() => ':-:').join(' | ')} |`);
  for (const week of weeks(p))
    out.push(`| ${shortDate(week.monday)} | ${week.days.map((d) => (d ? MARKS[d.status] : ' ')).join(' | ')} |`);
  out.push('', (Object.keys(MARKS) as DayStatus[]).map((s) => `${MARKS[s]} ${LABELS[s]}`).join(' · '), '');
  for (const [k, v] of figures(p)) out.push(`- **${k}**: ${v}`);
  const { shown } = notes(p);
  if (shown.length) {
    out.push('', '## Notes', '');
    for (const d of shown) out.push(`- ${shortDate(d.date)}: ${inline(d.note!)}`);
  }
  return `${out.join('\n')}\n`;
}
