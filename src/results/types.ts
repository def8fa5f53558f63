// One result object per command; every renderer (table, JSON, Markdown, iCalendar) works from these.
import type { Severity } from '../domain/vocabulary.js';
import type { History } from '../journal/history.js';
import type { JournalDay } from '../journal/merge.js';
import type { JournalRecord } from '../journal/record.js';
import type { Comparison } from '../rules/compare.js';
import type { describeScenario } from '../rules/scenario.js';
import type { DayPlan, Explanation, Profile, Warning } from '../rules/types.js';
import type { ProfileFile } from '../profile/schema.js';

export type ScenarioView = ReturnType<typeof describeScenario>;

export interface CompareResult {
  kind: 'compare';
  command: 'compare';
  payload: Comparison;
}
export interface ScenarioResult {
  kind: 'scenario';
  command: 'scenario';
  payload: { scenario: ScenarioView };
}
export interface ScenarioListResult {
  kind: 'scenario-list';
  command: 'scenario';
  payload: { scenarios: ScenarioView[] };
}
export interface PlanResult {
  kind: 'plan';
  command: 'plan';
  payload: DayPlan & {
    warnings: Warning[];
    /** Events this day does not prepare for, each with the --date that does. */
    notes?: string[];
    explain?: Explanation[];
  };
  profile: Profile;
  /** Planned with the built-in default profile (no file, no profile flag): the table says so. Not in JSON. */
  byDefault?: boolean;
}
/** Routine times for a calendar, as 'HH:MM' (24-hour); unset: the defaults. */
export interface CalendarTimes {
  amTime?: string;
  pmTime?: string;
}
export interface WeekResult {
  kind: 'week';
  command: 'week';
  payload: {
    start: string;
    end: string;
    weeks: number;
    days: DayPlan[];
    warnings: Warning[];
    /** Events outside the planned range, each with the flag that would include it. */
    notes?: string[];
    explain?: Explanation[];
  };
  profile: Profile;
  /** Render options for the calendar (week --am-time/--pm-time); not part of the JSON. */
  calendar?: CalendarTimes;
  /** Planned with the built-in default profile (no file, no profile flag): the table says so. Not in JSON. */
  byDefault?: boolean;
}
/** One rule as `glowplan rules` lists it: its source is a public reference with its address. */
export interface RuleEntry {
  id: string;
  severity: Severity;
  message: string;
  source: { title: string; url: string };
}
export interface RulesResult {
  kind: 'rules';
  command: 'rules';
  payload: { rules: RuleEntry[] };
}
export interface ProfileResult {
  kind: 'profile';
  command: 'profile';
  payload: { path: string | null; profile: Required<ProfileFile> };
}

export interface HistoryResult {
  kind: 'history';
  command: 'history';
  payload: History;
}

/** What `log` wrote (null: nothing, as when clearing a day with nothing logged) and the day it makes. */
export interface LogResult {
  kind: 'log';
  command: 'log';
  payload: { journal: string; record: JournalRecord | null; day: JournalDay | null };
}

export type Result =
  | CompareResult
  | ScenarioResult
  | ScenarioListResult
  | PlanResult
  | WeekResult
  | RulesResult
  | ProfileResult
  | HistoryResult
  | LogResult;

/** Output formats; not every command offers every one. */
export const FORMATS = ['table', 'json', 'markdown', 'ics'] as const;
export type Format = (typeof FORMATS)[number];

const TEXT_FORMATS = ['table', 'json', 'markdown'] as const satisfies readonly Format[];

/** The formats each command's result can be delivered in, declared once: the --format choices and deliver(). */
export const RESULT_FORMATS = {
  compare: TEXT_FORMATS,
  scenario: TEXT_FORMATS,
  plan: TEXT_FORMATS,
  week: [...TEXT_FORMATS, 'ics'],
  rules: TEXT_FORMATS,
  profile: TEXT_FORMATS,
  history: TEXT_FORMATS,
  // The confirmation is a message (stderr); the record, as data, only with --json.
  log: ['json'],
} as const satisfies Record<Result['command'], readonly Format[]>;
