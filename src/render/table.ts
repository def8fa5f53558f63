// The terminal view: chalk and box-drawn grids sized to the terminal, colour only when allowed.
import type { Severity } from '../domain/vocabulary.js';
import type { DayPlan, Explanation, Warning } from '../rules/types.js';
import { entryText } from '../profile/entry-text.js';
import type { Result } from '../results/types.js';
import type { Paint } from './paint.js';
import { grid, SGR, visibleWidth, wrapText, type ColumnSpec } from './grid.js';
import { safeDeep } from './safe-text.js';
import { historyTable } from './history.js';
import {
  capital,
  explanationWhen,
  logLine,
  longDate,
  nightTitle,
  shortDate,
  stepLabel,
  stepPairs,
  stepsLine,
} from './text.js';

/** How to render: the styles for the colour level (paintFor in ./paint.ts), and the terminal width when on one. */
export interface TableOptions {
  paint: Paint;
  /** Terminal width, when writing to a terminal. */
  columns?: number;
}

/** Below this width a week is printed as a list of days rather than a grid. */
export const NARROW = 72;

/** The terminal view of a result: tables and text sized to `columns` when on a terminal, natural width otherwise. */
export function renderTable(unsafe: Result, options: TableOptions): string {
  // Names and labels came from a person or a file: no control character reaches the terminal.
  const result = safeDeep(unsafe);
  const c = options.paint;
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
        return r.byDefault(result, r.plan(result.payload));
      case 'week':
        return r.byDefault(result, r.week(result.payload));
      case 'rules':
        return r.rules(result.payload.rules);
      case 'profile':
        return r.profile(result.payload);
      case 'history':
        return historyTable(result.payload, c);
      case 'log':
        return logLine(result.payload);
    }
  })();
  return options.columns ? fitLines(text, options.columns) : text;
}

/**
 * Wraps every line wider than `columns` at spaces (a word wider than a line is cut), continuing two spaces in from
 * the line's own indent. Colour carries over: a broken line ends with a reset and the next reopens the styles.
 * Table rows (box-drawing borders ┌ │ ├ └, written as escapes so that the bundle stays ASCII) are left alone: the
 * grid sizes them; so is a line that is one web address, which stays whole so that the terminal can still open it.
 */
export function fitLines(text: string, columns: number): string {
  const width = Math.max(columns, 20);
  return text
    .split('\n')
    .map((line) => {
      const plain = line.replace(SGR, '');
      if (visibleWidth(line) <= width || /^[\u250c\u2502\u251c\u2514]/.test(plain) || /^\s*https?:\/\/\S+$/.test(plain))
        return line;
      const indent = Math.min(/^ */.exec(plain)![0].length + 2, Math.floor(width / 2));
      return wrapText(line, width, indent).join('\n');
    })
    .join('\n');
}

class Renderer {
  constructor(
    private readonly c: Paint,
    private readonly columns: number | undefined,
  ) {}

  /**
   * A table sized to the terminal by what each column needs. Undefined when it cannot fit with whole words and ids
   * (the caller then prints a list), unless `squeeze`, which cuts long words rather than overflow.
   */
  private grid(head: string[], rows: string[][], specs: ColumnSpec[], squeeze: true): string;
  private grid(head: string[], rows: string[][], specs: ColumnSpec[], squeeze?: boolean): string | undefined;
  private grid(head: string[], rows: string[][], specs: ColumnSpec[], squeeze = false): string | undefined {
    return grid(
      head.map((h) => this.c.bold(h)),
      rows,
      specs,
      this.columns,
      squeeze,
    );
  }

  /** Under a plan's title: where the plan came from, when it is the built-in default profile's. */
  byDefault(result: { byDefault?: boolean }, text: string): string {
    if (!result.byDefault) return text;
    const note = this.c.dim(
      'Planned with the built-in default profile: make your own with `glowplan profile init` (or give --skin, --serum, --mask).',
    );
    const at = text.indexOf('\n');
    return `${text.slice(0, at)}\n${note}${text.slice(at)}`;
  }

  private heading(text: string): string {
    return this.c.bold.underline(text);
  }

  compare(p: Extract<Result, { kind: 'compare' }>['payload']): string {
    const out: string[] = [this.heading('Face masks vs. serums'), ''];
    out.push(
      this.grid(
        ['', 'Face masks', 'Serums'],
        p.rows.map((r) => [this.c.bold(r.feature), r.mask, r.serum]),
        [{ min: 12 }, { min: 16 }, { min: 16 }],
        true,
      ),
    );
    out.push('', this.heading('Key features'));
    out.push(`${this.c.bold('Serums')}: ${p.keyFeatures.serum.summary}`);
    for (const point of p.keyFeatures.serum.points) out.push(`  • ${point}`);
    out.push(`${this.c.bold('Face masks')}: ${p.keyFeatures.mask.summary}`);
    for (const point of p.keyFeatures.mask.points) out.push(`  • ${point}`);
    out.push('', this.heading('Serum actives'));
    const idWidth = Math.max(...p.serumActives.map((a) => a.id.length));
    for (const a of p.serumActives)
      out.push(`${a.inArticle ? '*' : ' '} ${this.c.cyan(a.id.padEnd(idWidth))} ${a.name}: ${a.purpose}`);
    out.push(
      this.c.dim('* described in the comparison article (source below); the others are what glowplan also plans'),
    );
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
    const specs = [{ nowrap: true }, { min: 12 }, { nowrap: true }, { min: 20 }];
    // Too narrow for the grid: one scenario a few lines, ids whole.
    const table =
      this.grid(['id', 'Scenario', 'Reach for', 'Why'], rows, specs) ??
      list.map((s) => `${this.c.bold(s.id)}: ${this.choice(s.choice)}\n  ${s.name}: ${s.why}`).join('\n');
    return `${table}\nShow one: glowplan scenario <id>\n`;
  }

  private nightLabel(day: DayPlan): string {
    const name = capital(day.night); // the routine column beside it names the mask
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
    const title = `${p.weekday} ${longDate(p.date)}: ${nightTitle(p)}`;
    const out = [p.mask ? this.c.magenta.bold(title) : this.c.bold(title), ''];
    const rows = stepPairs(p.am, p.pm).map((r) => [
      r.am === null ? '' : `${r.n}. ${r.am}`,
      r.pm === null ? '' : `${r.n}. ${r.mask ? this.c.magenta.bold(r.pm) : r.pm}`,
    ]);
    out.push(this.grid(['Morning', 'Evening'], rows, [{ min: 16 }, { min: 16 }], true));
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
      const list = () =>
        days.flatMap((d) => [
          `${this.c.bold(`${d.weekday.slice(0, 3)} ${shortDate(d.date)}`)} ${this.nightLabel(d).trim()}`,
          ...(sameMorning ? [] : [`  am: ${stepsLine(d.am)}`]),
          `  pm: ${stepsLine(d.pm)}`,
        ]);
      if (narrow) {
        out.push(...list());
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
      const specs = [{ nowrap: true }, { min: 16 }, ...(sameMorning ? [] : [{ min: 20 }]), { min: 20 }];
      const table = this.grid(head, rows, specs);
      out.push(...(table === undefined ? list() : [table]));
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
    // Sources as numbered notes under the rules: one note per source however many rules cite it.
    const notes: { title: string; url: string }[] = [];
    const noteOf = (source: { title: string; url: string }) => {
      let i = notes.findIndex((n) => n.title === source.title && n.url === source.url);
      if (i === -1) i = notes.push(source) - 1;
      return `[${i + 1}]`;
    };
    const rows = list.map((r) => [this.c.bold(r.id), sev[r.severity](r.severity), r.message, noteOf(r.source)]);
    const specs = [{ nowrap: true }, { nowrap: true }, { min: 24 }, { nowrap: true }];
    // Too narrow for the grid: one rule a few lines, ids whole.
    const table =
      this.grid(['Rule', 'Severity', 'What it says', 'Source'], rows, specs) ??
      list
        .map((r) => `${this.c.bold(r.id)} ${sev[r.severity](`(${r.severity})`)} ${noteOf(r.source)}\n  ${r.message}`)
        .join('\n');
    // Addresses are never wrapped: a terminal can still open a long one.
    const sources = notes.map((n, i) => `[${i + 1}] ${n.title}\n    ${this.c.underline(n.url)}`).join('\n');
    return `${table}\n\nSources:\n${sources}\n`;
  }

  profile(p: Extract<Result, { kind: 'profile' }>['payload']): string {
    const f = p.profile;
    return [
      `${this.c.bold('Profile')}: ${p.path ?? 'built-in default (no profile file)'}`,
      `  skin:           ${f.skin}`,
      `  concerns:       ${f.concerns.join(', ') || '(none)'}`,
      `  serums:         ${f.serums.map(entryText).join(', ') || '(none)'}`,
      `  masks:          ${f.masks.map(entryText).join(', ') || '(none)'}`,
      `  masks per week: ${f.masksPerWeek}`,
      `  pregnancy-safe: ${f.pregnancySafe ? 'yes' : 'no'}`,
      `  patch test:     ${f.patchTestDays} days for a new product`,
      `  evenings:       ${f.cycle}`,
      '',
    ].join('\n');
  }
}
