// Interactive questions (@inquirer/prompts), drawn on the terminal behind stderr so they never land in stdout
// data. Loaded only through a dynamic import, when a prompt is actually shown (start-up budget).
import { Writable } from 'node:stream';
import { checkbox, confirm, input, select } from '@inquirer/prompts';
import type { App, LoadedProfile } from '../cli/app.js';
import type { Data, ScenarioInfo } from '../domain/data.js';
import type { IsoDate } from '../domain/dates.js';
import { ACTIVES, CONCERNS, CYCLES, MASK_TYPES, SKIN_TYPES, type Cycle, type SkinType } from '../domain/vocabulary.js';
import { processIo, type Io } from '../cli/io.js';
import { datesText } from '../profile/entry-text.js';
import { PRODUCT_DATE_FIELDS } from '../profile/schema.js';
import { defaultProfilePath } from '../profile/store.js';
import { colorLevel } from '../render/color.js';
import type { MaskProduct, PlanEvent, Profile, SerumProduct } from '../rules/types.js';
import { dateProblem, LABEL_MAX, labelProblem } from '../domain/validators.js';

/** Where a prompt reads keys and draws (inquirer's context argument). */
export interface PromptContext {
  input?: NodeJS.ReadableStream;
  output?: NodeJS.WritableStream;
  clearPromptOnDone?: boolean;
  signal?: AbortSignal;
}

/** A choice in a menu or a checklist. */
export interface PromptChoice<T> {
  value: T;
  name?: string;
  description?: string;
  checked?: boolean;
}

/** The prompt functions glowplan uses, shaped like @inquirer/prompts' (tests inject their own). */
export interface PromptFunctions {
  select<T>(
    config: { message: string; choices: readonly PromptChoice<T>[]; default?: T; pageSize?: number; theme?: object },
    context?: PromptContext,
  ): Promise<T>;
  checkbox<T>(
    config: { message: string; choices: readonly PromptChoice<T>[]; pageSize?: number; theme?: object },
    context?: PromptContext,
  ): Promise<T[]>;
  confirm(config: { message: string; default?: boolean; theme?: object }, context?: PromptContext): Promise<boolean>;
  input(
    config: { message: string; default?: string; validate?: (value: string) => boolean | string; theme?: object },
    context?: PromptContext,
  ): Promise<string>;
}

/** The real prompts, from @inquirer/prompts. */
const inquirer: PromptFunctions = {
  select: <T>(config: Parameters<PromptFunctions['select']>[0], context?: PromptContext) =>
    select<T>(config as Parameters<typeof select<T>>[0], context),
  checkbox: <T>(config: Parameters<PromptFunctions['checkbox']>[0], context?: PromptContext) =>
    checkbox<T>(config as Parameters<typeof checkbox<T>>[0], context),
  confirm: (config, context) => confirm(config, context),
  input: (config, context) => input(config, context),
};

/** How the questions are asked: which prompt functions, drawn where, coloured or not. */
export interface PromptOptions {
  /** --no-color gives false. */
  color?: boolean;
  /** Replacement prompt functions (tests). */
  prompts?: Partial<PromptFunctions>;
  /** Replacement input/output for the prompts (tests); default: the Io's stdin and prompt output. */
  context?: PromptContext;
}

const same = (text: string) => text;
/** inquirer's theme with every style an identity: no colour (NO_COLOR, --no-color, TERM=dumb). */
const PLAIN_THEME = {
  prefix: { idle: '?', done: '✔' },
  icon: { checked: '◉' },
  style: {
    answer: same,
    message: same,
    error: (text: string) => `> ${text}`,
    defaultAnswer: (text: string) => `(${text})`,
    help: same,
    highlight: same,
    key: (text: string) => `<${text}>`,
    description: same,
    disabled: (text: string) => `- ${text}`,
    disabledChoice: (text: string) => `- ${text}`,
    keysHelpTip: (keys: [string, string][]) => keys.map(([key, action]) => `${key} ${action}`).join(' • '),
  },
};

/** The bound prompt functions for one run, or null when there is no terminal to draw on. */
export interface Ui {
  ask: PromptFunctions;
  context: PromptContext;
  theme: object | undefined;
}

/** A Writable that forwards to the Io's stderr sink (when the Io has no real prompt stream). */
function sinkStream(io: Io): NodeJS.WritableStream {
  return new Writable({
    write(chunk: Buffer | string, _encoding, callback) {
      io.stderr.write(chunk.toString());
      callback();
    },
  });
}

/**
 * A stand-in for `target` that one prompt may end: inquirer pipes into its output and ends the pipe when the
 * prompt is done, which would close a stream the next prompt still needs (process.stderr alone is spared).
 */
function keepOpen(target: NodeJS.WritableStream): NodeJS.WritableStream {
  const proxy = new Writable({
    write(chunk: Buffer | string, _encoding, callback) {
      target.write(chunk);
      callback();
    },
  });
  const from = target as { isTTY?: boolean; columns?: number; rows?: number };
  Object.defineProperties(proxy, {
    isTTY: { get: () => from.isTTY },
    columns: { get: () => from.columns },
    rows: { get: () => from.rows },
  });
  return proxy;
}

/** The prompt functions, each drawing through keepOpen (signals are handled by src/cli/interrupt.ts, not here). */
function drawingThroughKeepOpen(ask: PromptFunctions): PromptFunctions {
  const withOutput = (context: PromptContext | undefined): PromptContext | undefined =>
    context?.output ? { ...context, output: keepOpen(context.output) } : context;
  return {
    select: (config, context) => ask.select(config, withOutput(context)),
    checkbox: (config, context) => ask.checkbox(config, withOutput(context)),
    confirm: (config, context) => ask.confirm(config, withOutput(context)),
    input: (config, context) => ask.input(config, withOutput(context)),
  };
}

/** The prompt functions bound to the terminal, or null when there is none to draw on (stderr redirected). */
export function makeUi(io: Io, options: PromptOptions): Ui | null {
  let context = options.context;
  if (!context) {
    const output = io.promptOutput ?? sinkStream(io);
    // stderr redirected while stdin and stdout are terminals: a prompt would be invisible, so don't ask.
    if (io.promptOutput && !(io.promptOutput as { isTTY?: boolean }).isTTY && !options.prompts) return null;
    context = { input: io.stdin, output };
  }
  const outputIsTTY = Boolean((context.output as { isTTY?: boolean } | undefined)?.isTTY);
  const level = colorLevel({ env: io.env, stdout: { isTTY: outputIsTTY } }, options.color);
  return {
    ask: drawingThroughKeepOpen({ ...inquirer, ...options.prompts }),
    context,
    theme: level === 0 ? PLAIN_THEME : undefined,
  };
}

const SKIN_HINTS: Record<SkinType, string> = {
  dry: 'feels tight; flaky patches',
  oily: 'shiny all over by midday',
  combination: 'oily T-zone, normal or dry cheeks',
  normal: 'rarely tight, rarely shiny',
  sensitive: 'reacts easily: redness, stinging',
};

/** The profile fields the questions cover; a field a flag answered is not asked. */
export type Field = 'skin' | 'concerns' | 'serums' | 'masks' | 'masksPerWeek' | 'pregnancySafe' | 'cycle';

/** What to ask about the shelf. */
export interface ShelfQuestions extends PromptOptions {
  /** Fields already answered (by flag): not asked. */
  skip?: ReadonlySet<Field>;
}

const CYCLE_HINTS: Record<Cycle, string> = {
  weekly: 'each evening planned for the week: masks spaced, strong actives capped, two recovery evenings',
  'skin-cycling': 'a 4-night rotation: exfoliation, retinoid, recovery, recovery',
};

const hasDates = (p: SerumProduct | MaskProduct) => PRODUCT_DATE_FIELDS.some((k) => p[k] !== undefined);

/** Retinoids, exfoliating acids and benzoyl peroxide: what a person should start slowly (and say when). */
function isStrong(p: SerumProduct | MaskProduct, data: Data): boolean {
  return (
    'actives' in p &&
    p.actives.some(
      (a) => a === 'benzoyl-peroxide' || data.active(a).groups.some((g) => g === 'retinoid' || g === 'acid'),
    )
  );
}

/** "Retinol" → "retinol", but "AHA (…)" stays. */
const lowerFirst = (text: string) => (/^[A-Z][a-z]/.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text);

/** A product as the questions name it. */
function productName(p: SerumProduct | MaskProduct, data: Data): string {
  if (p.name !== null) return p.name;
  return 'actives' in p
    ? `the ${p.actives.map((a) => lowerFirst(data.active(a).name)).join(' + ')} serum`
    : `the ${data.maskType(p.type).name.toLowerCase()}`;
}

const key = (x: unknown) => JSON.stringify(x);

/** The chosen products, those already on the shelf first and in the shelf's order (Enter changes nothing). */
function inCurrentOrder<T>(chosen: T[], current: readonly T[]): T[] {
  const keys = current.map(key);
  const rank = (x: T) => {
    const i = keys.indexOf(key(x));
    return i === -1 ? keys.length : i;
  };
  return chosen
    .map((x, i) => ({ x, i }))
    .sort((a, b) => rank(a.x) - rank(b.x) || a.i - b.i)
    .map(({ x }) => x);
}

async function askShelf(app: App, ui: Ui, current: Profile, options: ShelfQuestions): Promise<Profile> {
  const { ask, context, theme } = ui;
  const skip = options.skip ?? new Set<Field>();
  const data = app.data;
  const out: Profile = {
    ...current,
    concerns: [...current.concerns],
    serums: [...current.serums],
    masks: [...current.masks],
  };

  if (!skip.has('skin'))
    out.skin = await ask.select<SkinType>(
      {
        message: 'Your skin type',
        choices: SKIN_TYPES.map((id) => ({ value: id, name: id, description: SKIN_HINTS[id] })),
        default: current.skin,
        theme,
      },
      context,
    );

  if (!skip.has('concerns'))
    out.concerns = await ask.checkbox(
      {
        message: 'What would you like to work on? (optional)',
        choices: CONCERNS.map((id) => ({ value: id, name: id, checked: current.concerns.includes(id) })),
        pageSize: CONCERNS.length,
        theme,
      },
      context,
    );

  if (!skip.has('serums')) {
    const isGeneric = (s: SerumProduct) => s.name === null && s.actives.length === 1 && !hasDates(s);
    const named = current.serums.filter((s) => !isGeneric(s));
    const generic = new Set(current.serums.filter(isGeneric).map(key));
    const choices: PromptChoice<SerumProduct>[] = [
      ...named.map((s) => {
        const dates = hasDates(s) ? ` (${datesText(s)})` : '';
        return {
          value: s,
          name:
            s.name === null
              ? `${s.actives.map((a) => data.active(a).name).join(' + ')} serum${dates}`
              : `${s.name} (${s.actives.map((a) => data.active(a).name).join(', ')})${dates}`,
          checked: true,
        };
      }),
      ...ACTIVES.map((id) => {
        const value: SerumProduct = { name: null, actives: [id] };
        return {
          value,
          name: `${data.active(id).name} serum`,
          description: data.active(id).purpose,
          checked: generic.has(key(value)),
        };
      }),
    ];
    const chosen = await ask.checkbox({ message: 'Serums you own', choices, pageSize: choices.length, theme }, context);
    out.serums = inCurrentOrder(chosen, current.serums);
  }

  if (!skip.has('masks')) {
    const isGeneric = (m: MaskProduct) => m.name === null && !hasDates(m);
    const named = current.masks.filter((m) => !isGeneric(m));
    const generic = new Set(current.masks.filter(isGeneric).map((m) => m.type));
    const choices: PromptChoice<MaskProduct>[] = [
      ...named.map((m) => {
        const dates = hasDates(m) ? ` (${datesText(m)})` : '';
        return {
          value: m,
          name:
            m.name === null
              ? `${data.maskType(m.type).name}${dates}`
              : `${m.name} (${data.maskType(m.type).name.toLowerCase()})${dates}`,
          checked: true,
        };
      }),
      ...MASK_TYPES.map((id) => ({
        value: { name: null, type: id } as MaskProduct,
        name: data.maskType(id).name,
        description: data.maskType(id).purpose,
        checked: generic.has(id),
      })),
    ];
    const chosen = await ask.checkbox({ message: 'Masks you own', choices, pageSize: choices.length, theme }, context);
    out.masks = inCurrentOrder(chosen, current.masks);
  }

  // With no mask on the shelf there is nothing to space out: keep the current number.
  if (!skip.has('masksPerWeek') && out.masks.length > 0)
    out.masksPerWeek = await ask.select<number>(
      {
        message: 'Mask nights a week',
        choices: [0, 1, 2, 3, 4, 5, 6, 7].map((n) => ({
          value: n,
          name: String(n),
          description:
            n === 0
              ? 'no mask nights'
              : n > 4
                ? 'more than the usual 2–4: expect an over-masking warning'
                : n >= 2
                  ? 'within the usual 2–4'
                  : 'a gentle start',
        })),
        // Sensitive skin: 1 or 2 gentle mask nights are kinder (Refinery29, "How often to use a face mask":
        // very sensitive skin once a week), so Enter gives that.
        default: out.skin === 'sensitive' ? Math.min(current.masksPerWeek, 2) : current.masksPerWeek,
        pageSize: 8,
        theme,
      },
      context,
    );

  if (!skip.has('pregnancySafe'))
    out.pregnancySafe = await ask.confirm(
      {
        message: 'Leave retinoids out everywhere (pregnant, trying or breastfeeding)?',
        default: current.pregnancySafe,
        theme,
      },
      context,
    );

  await askStarts(app, ui, out, current);

  // Skin cycling only matters when there is something strong to cycle.
  if (!skip.has('cycle') && out.serums.some((p) => isStrong(p, data)))
    out.cycle = await ask.select<Cycle>(
      {
        message: 'How should your evenings go?',
        choices: CYCLES.map((id) => ({ value: id, name: id, description: CYCLE_HINTS[id] })),
        default: current.cycle,
        theme,
      },
      context,
    );
  return out;
}

/**
 * For each strong product (retinoid, acid, benzoyl peroxide) and each product just added to the shelf: "Is it new
 * to you?" and, when it is, "When do you start?" (default today). A product that is not new is taken as long in
 * use (no start date). Changes `out` in place.
 */
async function askStarts(app: App, ui: Ui, out: Profile, current: Profile): Promise<void> {
  const { ask, context, theme } = ui;
  const data = app.data;
  const today: IsoDate = app.today();
  const before = new Set([...current.serums, ...current.masks].map(key));
  const ask1 = async <P extends SerumProduct | MaskProduct>(p: P): Promise<P> => {
    const added = !before.has(key(p));
    if (!added && !isStrong(p, data)) return p;
    const name = productName(p, data);
    const isNew = await ask.confirm(
      { message: `Is ${name} new to you?`, default: p.started !== undefined || added, theme },
      context,
    );
    const { started: _started, ...rest } = p;
    if (!isNew) return rest as P;
    const date = await ask.input(
      {
        message: `When do you start ${name}? (YYYY-MM-DD)`,
        default: p.started ?? today,
        validate: (value) => (dateProblem(value.trim()) ? `Use a calendar date YYYY-MM-DD, e.g. ${today}` : true),
        theme,
      },
      context,
    );
    return { ...rest, started: date.trim() } as P;
  };
  const serums: SerumProduct[] = [];
  for (const p of out.serums) serums.push(await ask1(p));
  const masks: MaskProduct[] = [];
  for (const p of out.masks) masks.push(await ask1(p));
  out.serums = serums;
  out.masks = masks;
}

async function askEvents(app: App, ui: Ui): Promise<PlanEvent[]> {
  const { ask, context, theme } = ui;
  const events: PlanEvent[] = [];
  let more = await ask.confirm(
    { message: 'An event coming up? (a mask goes on the evening before)', default: false, theme },
    context,
  );
  while (more) {
    const date = await ask.input(
      {
        message: 'Date of the event (YYYY-MM-DD)',
        validate: (value) => (dateProblem(value.trim()) ? `Use a calendar date YYYY-MM-DD, e.g. ${app.today()}` : true),
        theme,
      },
      context,
    );
    const label = await ask.input(
      {
        message: 'What is it? (optional)',
        default: '',
        validate: (value) => (labelProblem(value) ? `At most ${LABEL_MAX} characters` : true),
        theme,
      },
      context,
    );
    events.push({ date: date.trim(), label: label.trim() || null });
    more = await ask.confirm({ message: 'Another event?', default: false, theme }, context);
  }
  return events;
}

/** The answers to the plan/week questions: the profile and events to plan with, and whether to save them. */
export interface PlanAnswers {
  profile: Profile;
  events: PlanEvent[];
  /** The person said yes to saving the answers as their profile (the command saves them). */
  save: boolean;
}

/**
 * Asks what `plan` / `week` plan with (skin, concerns, serums, masks and masks a week, pregnancy, new products and
 * their start dates, skin cycling; `week` also events unless --event gave them), the current answers preselected,
 * and whether to save them. Returns the answers, or null when there is no terminal to ask on. Ctrl-C throws
 * inquirer's ExitPromptError (exit 130 in main).
 */
export async function askProfile(
  app: App,
  current: LoadedProfile,
  opts: { command: 'plan' | 'week'; askEvents?: boolean; skip?: ReadonlySet<Field> } & PromptOptions,
): Promise<PlanAnswers | null> {
  const ui = makeUi(app.io, opts);
  if (!ui) return null;
  const profile = await askShelf(app, ui, current.profile, opts);
  const events = opts.command === 'week' && opts.askEvents !== false ? await askEvents(app, ui) : [];
  const { ask, context, theme } = ui;
  const target = current.path ?? defaultProfilePath(app.io.env);
  const save = await ask.confirm(
    current.path !== null
      ? { message: `Replace your saved profile (${target}) with these answers?`, default: false, theme }
      : { message: `Save these answers as your profile (${target})?`, default: true, theme },
    context,
  );
  return { profile, events, save };
}

/** Asks every profile question (profile init), skipping the ones in `skip`; null when no terminal to ask on. */
export async function askProfileFields(app: App, current: Profile, options: ShelfQuestions): Promise<Profile | null> {
  const ui = makeUi(app.io, options);
  return ui ? askShelf(app, ui, current, options) : null;
}

/** The scenario menu (`scenario` with no name on a terminal): each of the six with what to reach for; undefined
 * when there is no terminal to draw it on. */
export async function chooseScenario(
  scenarios: readonly ScenarioInfo[],
  app?: App,
  options: PromptOptions = {},
): Promise<string | undefined> {
  const ui = makeUi(app?.io ?? processIo(), options);
  if (!ui) return undefined; // no terminal to draw the menu on: the caller shows the list instead
  return ui.ask.select<string>(
    {
      message: 'Which situation?',
      choices: scenarios.map((s) => ({ value: s.id, name: `${s.name}: ${s.choice}`, description: s.why })),
      default: scenarios[0]?.id,
      pageSize: scenarios.length,
      theme: ui.theme,
    },
    ui.context,
  );
}
