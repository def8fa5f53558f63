// The terminal view: chalk and cli-table3, sized to the terminal, colour only when allowed.
import { Chalk, type ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import type { Severity } from '../domain.js';
import type { DayPlan, Explanation, Warning } from '../rules/types.js';
import type { Result } from '../results.js';
import type { ColorLevel } from './color.js';
import { capital, explanationWhen, longDate, shortDate, stepLabel, stepsLine } from './text.js';

/** How to render: the colour level, and the terminal width when on one. */
export interface TableOptions {
  level: ColorLevel;
  /** Terminal width, when writing to a terminal. */
  columns?: number;
}

/** Below this width a week is printed as a list of days rather than a grid. */
export const NARROW = 72;

/** The terminal view of a result: tables and text sized to `columns` when on a terminal, natural width otherwise. */
export function renderTable(result: Result, options: TableOptions): string {
  const c = new Chalk({ level: options.level });
  const r = new Renderer(c, options.columns);
  const text = (() => {
    switch (result.kind) {
      case 'compare':
        return r.compare(result.payload);
      case 'scenario':
        return r.scenario(result.payload.scenario);
      case 'scenario-list':
        return r.scenarioList(result.payload.scenarios);
      case 'plan':
        return r.plan(result.payload);
      case 'week':
        return r.week(result.payload);
      case 'rules':
        return r.rules(result.payload.rules);
      case 'profile':
        return r.profile(result.payload);
    }
  })();
  return options.columns ? fitLines(text, options.columns) : text;
}

// eslint-disable-next-line no-control-regex -- ANSI colour codes
const SGR = /\u001b\[[0-9;]*m/g;
/** Terminal cells a code point takes: 2 for wide East Asian characters and emoji, 0 for combining marks. */
function cells(ch: string): number {
  const cp = ch.codePointAt(0)!;
  if (cp < 0x300) return cp < 0x20 || (cp >= 0x7f && cp < 0xa0) ? 0 : 1;
  if (/\p{Mn}|\p{Me}|\p{Cf}/u.test(ch)) return 0;
  if (/\p{Extended_Pictographic}/u.test(ch) && cp > 0x2000) return 2;
  const wide =
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0xa4cf && cp !== 0x303f) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x20000 && cp <= 0x3fffd);
  return wide ? 2 : 1;
}

/** The width of text on a terminal, colour codes left out. */
export function visibleWidth(text: string): number {
  let width = 0;
  for (const ch of text.replace(SGR, '')) width += cells(ch);
  return width;
}

/** SGR codes that end a style, and the style codes each one ends. */
const CLOSES: Record<string, (code: string) => boolean> = {
  '0': () => true,
  '22': (c) => c === '1' || c === '2',
  '23': (c) => c === '3',
  '24': (c) => c === '4',
  '27': (c) => c === '7',
  '28': (c) => c === '8',
  '29': (c) => c === '9',
  '39': (c) => /^(3[0-8]|9[0-7])(;|$)/.test(c),
  '49': (c) => /^(4[0-8]|10[0-7])(;|$)/.test(c),
};

/**
 * Wraps every line wider than `columns` at spaces (a word wider than a line is cut), continuing two spaces in from
 * the line's own indent. Colour carries over: a broken line ends with a reset and the next reopens the styles.
 * Table rows (box-drawing borders) are left alone: cli-table3 sizes them.
 */
export function fitLines(text: string, columns: number): string {
  const width = Math.max(columns, 20);
  return text
    .split('\n')
    .map((line) => {
      if (visibleWidth(line) <= width || /^[┌│├└]/.test(line.replace(SGR, ''))) return line;
      const lead = /^ */.exec(line.replace(SGR, ''))![0].length;
      const indent = Math.min(lead + 2, Math.floor(width / 2));
      const out: string[] = [];
      let active: string[] = [];
      let current = '';
      let used = 0;
      const newLine = () => {
        out.push(current.replace(/ +$/, '') + (active.length ? '\u001b[0m' : ''));
        current = ' '.repeat(indent) + active.map((c) => `\u001b[${c}m`).join('');
        used = indent;
      };
      const put = (piece: string) => {
        // eslint-disable-next-line no-control-regex -- ANSI colour codes
        const code = /^\u001b\[([0-9;]*)m$/.exec(piece);
        if (code) {
          const closer = CLOSES[code[1] || '0'];
          active = closer ? active.filter((c) => !closer(c)) : [...active, code[1]!];
          current += piece;
          return;
        }
        for (const ch of piece) {
          if (used + cells(ch) > width) newLine();
          current += ch;
          used += cells(ch);
        }
      };
      // Words with their colour codes; runs of spaces between them.
      for (const token of line.split(/( +)/)) {
        if (token === '') continue;
        if (token.startsWith(' ')) {
          if (used + token.length < width) put(token);
          else newLine();
          continue;
        }
        const w = visibleWidth(token);
        if (used > indent && used + w > width && w <= width - indent) newLine();
        // eslint-disable-next-line no-control-regex -- ANSI colour codes
        for (const piece of token.split(/(\u001b\[[0-9;]*m)/)) if (piece) put(piece);
      }
      out.push(current);
      return out.join('\n');
    })
    .join('\n');
}

class Renderer {
  constructor(
    private readonly c: ChalkInstance,
    private readonly columns: number | undefined,
  ) {}

  private table(head: string[], rows: string[][], widths?: number[]): string {
    const style = { head: [], border: [] as string[], compact: false };
    const options: ConstructorParameters<typeof Table>[0] = { head: head.map((h) => this.c.bold(h)), style };
    if (widths) Object.assign(options, { colWidths: widths, wordWrap: true, wrapOnWordBoundary: true });
    const t = new Table(options);
    t.push(...rows);
    return compactRows(t.toString());
  }

  /** Column widths that fill the terminal: fixed ones as given, the rest shared by weight. */
  private widths(fixed: (number | null)[], weights: number[]): number[] | undefined {
    if (!this.columns) return undefined;
    const borders = fixed.length + 1;
    const free = this.columns - borders - fixed.reduce<number>((s, w) => s + (w ?? 0), 0);
    const total = weights.reduce((s, w) => s + w, 0);
    let k = 0;
    return fixed.map((w) => w ?? Math.max(8, Math.floor((free * weights[k++]!) / total)));
  }

  private heading(text: string): string {
    return this.c.bold.underline(text);
  }

  compare(p: Extract<Result, { kind: 'compare' }>['payload']): string {
    const out: string[] = [this.heading('Face masks vs. serums'), ''];
    out.push(
      this.table(
        ['', 'Face masks', 'Serums'],
        p.rows.map((r) => [this.c.bold(r.feature), r.mask, r.serum]),
        this.widths([20, null, null], [1, 1]),
      ),
    );
    out.push('', this.heading('Key features'));
    out.push(`${this.c.bold('Serums')}: ${p.keyFeatures.serum.summary}`);
    for (const point of p.keyFeatures.serum.points) out.push(`  • ${point}`);
    out.push(`${this.c.bold('Face masks')}: ${p.keyFeatures.mask.summary}`);
    for (const point of p.keyFeatures.mask.points) out.push(`  • ${point}`);
    out.push('', this.heading('Common serum actives'));
    for (const a of p.serumActives) out.push(`  ${this.c.cyan(a.id.padEnd(16))} ${a.name}: ${a.purpose}`);
    out.push('', this.heading('Mask types'));
    for (const m of p.maskTypes) {
      const time = m.minutes ? `${m.minutes.min}–${m.minutes.max} min, ${m.application}` : 'overnight';
      out.push(`  ${this.c.magenta(m.id.padEnd(9))} ${m.name}: ${m.purpose} (${time})`);
    }
    out.push('', this.heading('Why both'));
    for (const role of p.roles) out.push(`  ${this.c.bold(role.title)}: ${role.text}`);
    out.push('', p.verdict, this.c.dim(`Source: ${p.source}`));
    return `${out.join('\n')}\n`;
  }

  private choice(choice: string): string {
    const label = choice === 'both' ? 'mask + serum' : choice;
    return choice === 'mask'
      ? this.c.magenta.bold(label)
      : choice === 'serum'
        ? this.c.cyan.bold(label)
        : this.c.green.bold(label);
  }

  scenario(s: Extract<Result, { kind: 'scenario' }>['payload']['scenario']): string {
    return [
      this.heading(s.name),
      `${this.c.bold('Reach for')}: ${this.choice(s.choice)}`,
      `${this.c.bold('Why')}: ${s.why}`,
      `${this.c.bold('What to use')}: ${s.use}`,
      this.c.dim(`Source: ${s.source}`),
      '',
    ].join('\n');
  }

  scenarioList(list: Extract<Result, { kind: 'scenario-list' }>['payload']['scenarios']): string {
    const rows = list.map((s) => [this.c.bold(s.id), s.name, this.choice(s.choice), s.why]);
    return `${this.table(['id', 'Scenario', 'Reach for', 'Why'], rows, this.widths([19, null, 14, null], [1, 2]))}\nShow one: glowplan scenario <id>\n`;
  }

  private nightLabel(day: DayPlan): string {
    const name = capital(day.night);
    const event = day.mask?.event ? ` (before ${day.mask.event.label ?? 'event'})` : '';
    return day.mask ? this.c.magenta.bold(`● ${name}${event}`) : `  ${name}`;
  }

  private warnings(list: readonly Warning[]): string[] {
    if (!list.length) return [];
    const paint: Record<Severity, (s: string) => string> = {
      avoid: (s) => this.c.red.bold(s),
      caution: (s) => this.c.yellow(s),
      tip: (s) => this.c.cyan(s),
    };
    const out = ['', this.heading('Notes')];
    for (const w of list)
      out.push(
        `${paint[w.severity](`${w.severity.padEnd(7)}`)} ${w.message} ${this.c.dim(`[${w.rule}; ${w.source.title}]`)}`,
      );
    return out;
  }

  private explain(list: readonly Explanation[] | undefined): string[] {
    if (!list) return [];
    const out = ['', this.heading('Why each thing sits where it does')];
    if (!list.length) out.push('  Nothing was moved or left out.');
    for (const e of list) {
      const when = explanationWhen(e);
      out.push(
        `  ${this.c.bold(`${e.action}`.padEnd(8))} ${e.item} (${when}): ${e.reason} ${this.c.dim(`[${e.rule}]`)}`,
      );
    }
    return out;
  }

  plan(p: Extract<Result, { kind: 'plan' }>['payload']): string {
    const title = `${p.weekday} ${longDate(p.date)}: ${p.night}`;
    const out = [p.mask ? this.c.magenta.bold(title) : this.c.bold(title), ''];
    const rows: string[][] = [];
    const n = Math.max(p.am.length, p.pm.length);
    for (let i = 0; i < n; i++) {
      const am = p.am[i];
      const pm = p.pm[i];
      rows.push([
        am ? `${i + 1}. ${stepLabel(am)}` : '',
        pm ? `${i + 1}. ${pm.kind === 'mask' ? this.c.magenta.bold(stepLabel(pm)) : stepLabel(pm)}` : '',
      ]);
    }
    out.push(this.table(['Morning', 'Evening'], rows, this.widths([null, null], [1, 1])));
    out.push(...this.warnings(p.warnings), ...this.explain(p.explain));
    return `${out.join('\n')}\n`;
  }

  week(p: Extract<Result, { kind: 'week' }>['payload']): string {
    const out: string[] = [];
    const mornings = new Set(p.days.map((d) => stepsLine(d.am)));
    const sameMorning = mornings.size === 1;
    const maskNights = p.days.filter((d) => d.mask).length;
    out.push(
      this.c.bold(
        `Week${p.weeks > 1 ? 's' : ''} of ${longDate(p.start)} to ${longDate(p.end)}: ${maskNights} mask night${maskNights === 1 ? '' : 's'}`,
      ),
    );
    if (sameMorning) out.push(`${this.c.bold('Every morning')}: ${stepsLine(p.days[0]!.am)}`);
    const narrow = this.columns !== undefined && this.columns < NARROW;
    for (let w = 0; w < p.days.length; w += 7) {
      const days = p.days.slice(w, w + 7);
      out.push('');
      if (p.days.length > 7) out.push(this.heading(`Week of ${longDate(days[0]!.date)}`));
      if (narrow) {
        for (const d of days) {
          out.push(`${this.c.bold(`${d.weekday.slice(0, 3)} ${shortDate(d.date)}`)} ${this.nightLabel(d).trim()}`);
          if (!sameMorning) out.push(`  am: ${stepsLine(d.am)}`);
          out.push(`  pm: ${stepsLine(d.pm)}`);
        }
        continue;
      }
      const head = ['Day', 'Evening', ...(sameMorning ? [] : ['Morning']), 'Evening routine'];
      const rows = days.map((d) => [
        `${d.weekday.slice(0, 3)} ${shortDate(d.date)}`,
        this.nightLabel(d),
        ...(sameMorning ? [] : [stepsLine(d.am)]),
        d.mask
          ? stepsLine(d.pm).replace(stepLabel(d.pm.find((s) => s.kind === 'mask')!), (m) => this.c.magenta(m))
          : stepsLine(d.pm),
      ]);
      const widths = sameMorning ? this.widths([12, 26, null], [1]) : this.widths([12, 24, null, null], [1, 1]);
      out.push(this.table(head, rows, widths));
    }
    out.push(...this.warnings(p.warnings), ...this.explain(p.explain));
    return `${out.join('\n')}\n`;
  }

  rules(list: Extract<Result, { kind: 'rules' }>['payload']['rules']): string {
    const sev: Record<Severity, (s: string) => string> = {
      avoid: this.c.red,
      caution: this.c.yellow,
      tip: this.c.cyan,
    };
    const rows = list.map((r) => [this.c.bold(r.id), sev[r.severity](r.severity), r.message, r.source]);
    return `${this.table(['Rule', 'Severity', 'What it says', 'Source'], rows, this.widths([24, 9, null, null], [3, 2]))}\n`;
  }

  profile(p: Extract<Result, { kind: 'profile' }>['payload']): string {
    const f = p.profile;
    const item = (x: string | { name: string }) => (typeof x === 'string' ? x : x.name);
    return [
      `${this.c.bold('Profile')}: ${p.path ?? 'built-in default (no profile file)'}`,
      `  skin:           ${f.skin}`,
      `  concerns:       ${f.concerns.join(', ') || '(none)'}`,
      `  serums:         ${f.serums.map(item).join(', ') || '(none)'}`,
      `  masks:          ${f.masks.map(item).join(', ') || '(none)'}`,
      `  masks per week: ${f.masksPerWeek}`,
      `  pregnancy-safe: ${f.pregnancySafe ? 'yes' : 'no'}`,
      '',
    ].join('\n');
  }
}

/** Drops the rules between rows when every row fits on one line (keeps the one under the header). */
export function compactRows(table: string): string {
  const lines = table.split('\n');
  const rules = lines.map((l, i) => (l.startsWith('├') ? i : -1)).filter((i) => i >= 0);
  const oneLineRows = rules.every((at, k) => (rules[k + 1] ?? lines.length - 1) - at === 2);
  if (!oneLineRows || rules.length < 2) return table;
  return lines.filter((_, i) => !rules.slice(1).includes(i)).join('\n');
}
