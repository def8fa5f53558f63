// The history view for the terminal and for Markdown: a calendar grid (weeks as rows, Monday to Sunday), one mark
// a day, a legend, then the figures. Notes are the person's own text: control characters never reach the output.
import type { ChalkInstance } from 'chalk';
import { addDays, dateRange, daysBetween, mondayOf } from '../dates.js';
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
  const byDate = new Map(p.days.map((d) => [d.date, d]));
  const first = mondayOf(p.from);
  const count = Math.floor(daysBetween(first, mondayOf(p.to)) / 7) + 1;
  return Array.from({ length: count }, (_, w) => {
    const monday = addDays(first, 7 * w);
    return { monday, days: dateRange(monday, 7).map((d) => byDate.get(d) ?? null) };
  });
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

const notes = (p: History) => p.days.filter((d) => d.note && plainText(d.note) !== '');

/** The terminal view. */
export function historyTable(p: History, c: ChalkInstance): string {
  const paint: Record<DayStatus, (s: string) => string> = {
    done: c.green,
    partial: c.yellow,
    skipped: c.red,
    'not-logged': c.dim,
    irritation: (s) => c.bold.red(s),
  };
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
  const noted = notes(p);
  if (noted.length) {
    out.push('', c.bold('Notes'));
    for (const d of noted) out.push(`  ${shortDate(d.date)}: ${plainText(d.note!)}`);
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
  const noted = notes(p);
  if (noted.length) {
    out.push('', '## Notes', '');
    for (const d of noted) out.push(`- ${shortDate(d.date)}: ${inline(d.note!)}`);
  }
  return `${out.join('\n')}\n`;
}
