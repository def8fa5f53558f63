// The questions `glowplan log` asks on a terminal: this morning's routine, tonight's, how the skin feels, a note.
// Loaded only through a dynamic import, when the questions are actually shown.
import type { App } from '../cli/app.js';
import type { IsoDate } from '../domain/dates.js';
import { SKIN_STATES, type SkinState } from '../domain/vocabulary.js';
import type { JournalDay } from '../journal/merge.js';
import { MAX_NOTE, type PlannedCopy, type RoutineState } from '../journal/record.js';
import { makeUi, type PromptOptions } from './profile.js';
import { longDate } from '../render/text.js';

/** The answers, as the flags would give them. */
export interface LogAnswers {
  am: RoutineState;
  pm: RoutineState;
  skin: SkinState[];
  note?: string;
}

const SKIN_HINTS: Record<SkinState, string> = {
  good: 'calm and comfortable',
  dry: 'tight or flaky',
  oily: 'shiny, greasy',
  red: 'redness or flushing',
  stinging: 'stings or burns when products go on',
  peeling: 'flaking or peeling skin',
  breakout: 'new spots',
};

/** Why a note is refused, or true (the prompt's validate and the --note check say the same). */
export function noteProblem(value: string): true | string {
  return value.length <= MAX_NOTE ? true : `At most ${MAX_NOTE} characters (this one has ${value.length})`;
}

/** What the evening held, in a few words: "clay mask, retinol". */
function eveningSummary(planned: PlannedCopy | undefined): string {
  if (!planned) return '';
  const parts = [...(planned.mask ? [`${planned.mask} mask`] : []), ...planned.pm];
  return parts.length ? ` (${parts.join(', ')})` : '';
}

/**
 * Asks for a day's log; the current answers (an earlier log of the same day) are the defaults. Null when there is
 * no terminal to ask on. Ctrl-C throws inquirer's ExitPromptError (exit 130 in main), before anything is written.
 */
export async function askLog(
  app: App,
  day: { date: IsoDate; today: IsoDate; current?: JournalDay; planned?: PlannedCopy },
  options: PromptOptions = {},
): Promise<LogAnswers | null> {
  const ui = makeUi(app.io, options);
  if (!ui) return null;
  const { ask, context, theme } = ui;
  const isToday = day.date === day.today;
  const routine = (message: string, current: RoutineState | undefined) =>
    ask.select<RoutineState>(
      {
        message,
        choices: [
          { value: 'done', name: 'done' },
          { value: 'skipped', name: 'skipped' },
        ],
        default: current ?? 'done',
        theme,
      },
      context,
    );
  const am = await routine(
    isToday ? "Did you do this morning's routine?" : `Did you do the morning routine on ${longDate(day.date)}?`,
    day.current?.am,
  );
  const pm = await routine(
    `${isToday ? "Tonight's routine" : `The evening routine on ${longDate(day.date)}`}${eveningSummary(day.planned)}: done?`,
    day.current?.pm,
  );
  const skin = await ask.checkbox<SkinState>(
    {
      message: 'How does your skin feel? (space to tick, Enter when done)',
      choices: SKIN_STATES.map((s) => ({
        value: s,
        name: s,
        description: SKIN_HINTS[s],
        checked: day.current?.skin.includes(s) ?? false,
      })),
      pageSize: SKIN_STATES.length,
      theme,
    },
    context,
  );
  const note = await ask.input(
    { message: 'A note? (optional)', default: day.current?.note ?? '', validate: noteProblem, theme },
    context,
  );
  return { am, pm, skin, ...(note.trim() !== (day.current?.note ?? '').trim() ? { note: note.trim() } : {}) };
}
