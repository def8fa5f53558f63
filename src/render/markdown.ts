// Markdown: GitHub-flavoured tables and lists for pasting into notes. Plain text only: never colour or ANSI.
import type { DayPlan, Explanation, Warning } from '../rules/types.js';
import { entryText } from '../profile/entry-text.js';
import type { Result } from '../results/types.js';
import { safeDeep, safeText } from './safe-text.js';
import { historyMarkdown } from './history.js';
import { explanationWhen, logLine, longDate, nightTitle, shortDate, stepPairs, stepsLine } from './text.js';

/** Renders any result as GitHub-flavoured Markdown (what `--format markdown` prints). */
export function renderMarkdown(unsafe: Result): string {
  // Names and labels came from a person or a file: no control character reaches the document.
  const result = safeDeep(unsafe);
  switch (result.kind) {
    case 'compare':
      return compare(result.payload);
    case 'scenario':
      return scenario(result.payload.scenario);
    case 'scenario-list':
      return scenarioList(result.payload.scenarios);
    case 'plan':
      return plan(result.payload);
    case 'week':
      return week(result.payload);
    case 'rules':
      return rules(result.payload.rules);
    case 'profile':
      return profile(result.payload);
    case 'history':
      return historyMarkdown(result.payload);
    case 'log':
      return logLine(result.payload);
  }
}

type Payload<K extends Result['kind']> = Extract<Result, { kind: K }>['payload'];

/** Inline text: control characters removed, Markdown punctuation escaped so names show as typed. */
export function inline(text: string): string {
  return safeText(text)
    .replace(/\s*\n\s*/g, ' ')
    .replace(/[\\`*_[\]<>|]/g, (c) => `\\${c}`);
}

/** A table cell: inline text (pipes escaped), never empty so the row keeps its columns. */
function cell(text: string): string {
  const out = inline(text).trim();
  return out === '' ? ' ' : out;
}

/** A GitHub-flavoured Markdown table; cells are already escaped with cell() or are trusted Markdown. */
function table(head: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

const bold = (text: string) => `**${inline(text)}**`;

function compare(p: Payload<'compare'>): string {
  const out = ['# Face masks vs. serums', ''];
  out.push(
    table(
      [' ', 'Face masks', 'Serums'],
      p.rows.map((r) => [`**${cell(r.feature)}**`, cell(r.mask), cell(r.serum)]),
    ),
  );
  out.push('', '## Key features', '');
  out.push(`${bold('Serums')}: ${inline(p.keyFeatures.serum.summary)}`, '');
  for (const point of p.keyFeatures.serum.points) out.push(`- ${inline(point)}`);
  out.push('', `${bold('Face masks')}: ${inline(p.keyFeatures.mask.summary)}`, '');
  for (const point of p.keyFeatures.mask.points) out.push(`- ${inline(point)}`);
  out.push('', '## Serum actives', '');
  out.push(
    table(
      ['Active', 'Name', 'What it does', 'When', 'In the article'],
      p.serumActives.map((a) => [
        `\`${a.id}\``,
        cell(a.name),
        cell(a.purpose),
        cell(when(a.time)),
        a.inArticle ? 'yes' : ' ',
      ]),
    ),
  );
  out.push('', '## Mask types', '');
  out.push(
    table(
      ['Type', 'Name', 'What it does', 'Time'],
      p.maskTypes.map((m) => [
        `\`${m.id}\``,
        cell(m.name),
        cell(m.purpose),
        cell(m.minutes ? `${m.minutes.min}–${m.minutes.max} min, ${m.application}` : 'overnight'),
      ]),
    ),
  );
  out.push('', '## Why both', '');
  for (const role of p.roles) out.push(`- ${bold(role.title)}: ${inline(role.text)}`);
  out.push('', inline(p.verdict), '', `_Source: ${inline(p.source)}_`);
  return `${out.join('\n')}\n`;
}

function when(time: string): string {
  return time === 'am' ? 'morning' : time === 'pm' ? 'evening' : 'morning or evening';
}

const choiceLabel = (choice: string) => (choice === 'both' ? 'mask + serum' : choice);

function scenario(s: Payload<'scenario'>['scenario']): string {
  return [
    `# ${inline(s.name)}`,
    '',
    `- ${bold('Reach for')}: ${inline(choiceLabel(s.choice))}`,
    `- ${bold('Why')}: ${inline(s.why)}`,
    `- ${bold('What to use')}: ${inline(s.use)}`,
    '',
    `_Source: ${inline(s.source)}_`,
    '',
  ].join('\n');
}

function scenarioList(list: Payload<'scenario-list'>['scenarios']): string {
  const rows = list.map((s) => [`\`${s.id}\``, cell(s.name), cell(choiceLabel(s.choice)), cell(s.why)]);
  return [
    '# Scenarios',
    '',
    table(['id', 'Scenario', 'Reach for', 'Why'], rows),
    '',
    'Show one: `glowplan scenario <id>`',
    '',
  ].join('\n');
}

function nightLabel(day: DayPlan): string {
  const name = inline(nightTitle(day));
  if (!day.mask) return name;
  const event = day.mask.event ? ` (before ${inline(day.mask.event.label ?? 'event')})` : '';
  return `**${name}**${event}`;
}

function warnings(list: readonly Warning[]): string[] {
  if (!list.length) return [];
  const out = ['', '## Notes', ''];
  for (const w of list)
    out.push(
      `- **${w.severity}**: ${inline(w.message)} _(rule \`${w.rule}\`; source: ${w.source.url ? `[${inline(w.source.title)}](<${w.source.url.replace(/[\s<>|]/g, encodeURIComponent)}>)` : inline(w.source.title)})_`,
    );
  return out;
}

function explain(list: readonly Explanation[] | undefined): string[] {
  if (!list) return [];
  const out = ['', '## Why each thing sits where it does', ''];
  if (!list.length) out.push('Nothing was moved or left out.');
  for (const e of list) {
    const at = explanationWhen(e);
    out.push(`- **${e.action}** ${inline(e.item)} (${at}): ${inline(e.reason)} _(rule \`${e.rule}\`)_`);
  }
  return out;
}

function plan(p: Payload<'plan'>): string {
  const out = [`# ${inline(p.weekday)} ${longDate(p.date)}: ${inline(nightTitle(p))}`, ''];
  if (p.mask?.event) out.push(`A mask the evening before ${inline(p.mask.event.label ?? 'your event')}.`, '');
  const rows = stepPairs(p.am, p.pm).map((r) => [
    String(r.n),
    r.am === null ? ' ' : cell(r.am),
    r.pm === null ? ' ' : r.mask ? `**${cell(r.pm)}**` : cell(r.pm),
  ]);
  out.push(table(['Step', 'Morning', 'Evening'], rows));
  out.push(...warnings(p.warnings), ...explain(p.explain));
  return `${out.join('\n')}\n`;
}

function week(p: Payload<'week'>): string {
  const maskNights = p.days.filter((d) => d.mask).length;
  const sameMorning = new Set(p.days.map((d) => stepsLine(d.am))).size <= 1;
  const out = [
    `# Week${p.weeks > 1 ? 's' : ''} of ${longDate(p.start)} to ${longDate(p.end)}`,
    '',
    `${maskNights} mask night${maskNights === 1 ? '' : 's'}.`,
  ];
  if (sameMorning && p.days.length) out.push('', `${bold('Every morning')}: ${inline(stepsLine(p.days[0]!.am))}`);
  for (let w = 0; w < p.days.length; w += 7) {
    const days = p.days.slice(w, w + 7);
    out.push('');
    if (p.days.length > 7) out.push(`## Week of ${longDate(days[0]!.date)}`, '');
    const head = ['Day', 'Night', ...(sameMorning ? [] : ['Morning']), 'Evening routine'];
    const rows = days.map((d) => [
      `${d.weekday.slice(0, 3)} ${shortDate(d.date)}`,
      nightLabel(d),
      ...(sameMorning ? [] : [cell(stepsLine(d.am))]),
      cell(stepsLine(d.pm)),
    ]);
    out.push(table(head, rows));
  }
  out.push(...warnings(p.warnings), ...explain(p.explain));
  return `${out.join('\n')}\n`;
}

function rules(list: Payload<'rules'>['rules']): string {
  const rows = list.map((r) => [
    `\`${r.id}\``,
    r.severity,
    cell(r.message),
    `[${cell(r.source.title)}](<${r.source.url.replace(/[\s<>|]/g, encodeURIComponent)}>)`,
  ]);
  return ['# Rules', '', table(['Rule', 'Severity', 'What it says', 'Source'], rows), ''].join('\n');
}

function profile(p: Payload<'profile'>): string {
  const f = p.profile;
  const list = (xs: Parameters<typeof entryText>[0][]) => inline(xs.map(entryText).join(', ')) || '(none)';
  return [
    '# Profile',
    '',
    `File: ${p.path ? `\`${safeText(p.path).replace(/`/g, '')}\`` : 'built-in default (no profile file)'}`,
    '',
    table(
      ['Field', 'Value'],
      [
        ['skin', cell(f.skin)],
        ['concerns', cell(f.concerns.join(', ') || '(none)')],
        ['serums', list(f.serums)],
        ['masks', list(f.masks)],
        ['masks per week', String(f.masksPerWeek)],
        ['pregnancy-safe', f.pregnancySafe ? 'yes' : 'no'],
        ['patch-test days', String(f.patchTestDays)],
        ['evenings', f.cycle],
      ],
    ),
    '',
  ].join('\n');
}
