// Loads the domain facts in data/ once, validates them, and hands out typed, read-only views.
import * as v from 'valibot';
import {
  ACTIVES,
  CHOICES,
  COMPARISON_IDS,
  MASK_APPLICATIONS,
  MASK_TYPES,
  SCENARIO_IDS,
  STEP_KINDS,
  TIMES,
} from './domain.js';
import type {
  ActiveId,
  Choice,
  ComparisonId,
  MaskApplication,
  MaskType,
  ScenarioId,
  StepKind,
  TimeOfDay,
} from './domain.js';
import sourcesJson from '../data/sources.json' with { type: 'json' };
import comparisonJson from '../data/comparison.json' with { type: 'json' };
import maskTypesJson from '../data/mask-types.json' with { type: 'json' };
import activesJson from '../data/serum-actives.json' with { type: 'json' };
import scenariosJson from '../data/scenarios.json' with { type: 'json' };
import routinesJson from '../data/routines.json' with { type: 'json' };
import adviceJson from '../data/advice.json' with { type: 'json' };
import defaultProfileJson from '../data/default-profile.json' with { type: 'json' };

const text = v.pipe(v.string(), v.minLength(1, 'must be a non-empty string'));
const sourceRef = text;
const picklist = <T extends readonly string[]>(ids: T) =>
  v.picklist(ids, (issue) => `must be one of ${ids.join(', ')}, got ${JSON.stringify(issue.input)}`);

const SourceSchema = v.object({ id: text, citation: text, url: v.optional(v.pipe(v.string(), v.url())) });
const SourcesFile = v.object({ sources: v.array(SourceSchema) });

const ComparisonFile = v.object({
  rows: v.array(v.object({ id: picklist(COMPARISON_IDS), feature: text, mask: text, serum: text, source: sourceRef })),
  keyFeatures: v.object({
    serum: v.object({ summary: text, points: v.array(text), source: sourceRef }),
    mask: v.object({ summary: text, points: v.array(text), source: sourceRef }),
  }),
  roles: v.array(v.object({ id: text, title: text, text, source: sourceRef })),
  verdict: v.object({ text, source: sourceRef }),
});

const range = v.object({ min: v.number(), max: v.number() });
const MaskTypesFile = v.object({
  maskTypes: v.array(
    v.object({
      id: picklist(MASK_TYPES),
      name: text,
      purpose: text,
      benefits: v.array(text),
      application: picklist(MASK_APPLICATIONS),
      howTo: text,
      minutes: v.nullable(v.object({ min: v.number(), max: v.number(), typical: v.number() })),
      perWeek: range,
      gentle: v.boolean(),
      source: sourceRef,
    }),
  ),
});

const ActivesFile = v.object({
  actives: v.array(
    v.object({
      id: picklist(ACTIVES),
      name: text,
      purpose: text,
      time: picklist(TIMES),
      layer: v.pipe(v.number(), v.integer()),
      groups: v.array(text),
      source: sourceRef,
    }),
  ),
});

const ScenariosFile = v.object({
  scenarios: v.array(
    v.object({
      id: picklist(SCENARIO_IDS),
      name: text,
      choice: picklist(CHOICES),
      why: text,
      use: text,
      actives: v.array(picklist(ACTIVES)),
      masks: v.array(picklist(MASK_TYPES)),
      source: sourceRef,
    }),
  ),
});

const RoutinesFile = v.object({
  routineOptions: v.array(
    v.object({ id: text, name: text, when: text, why: text, steps: v.array(picklist(STEP_KINDS)), source: sourceRef }),
  ),
  morning: v.object({ steps: v.array(picklist(STEP_KINDS)), why: text, source: sourceRef }),
});

const AdviceFile = v.object({
  tips: v.array(v.object({ id: text, text, source: sourceRef })),
  faq: v.array(v.object({ id: text, question: text, answer: text, source: sourceRef })),
  bundle: v.object({
    id: text,
    name: text,
    why: text,
    masks: v.array(v.object({ name: text, type: picklist(MASK_TYPES), benefit: text, source: sourceRef })),
    pairWith: v.array(text),
    source: sourceRef,
  }),
});

export interface Source {
  id: string;
  citation: string;
  url?: string;
}
export interface ComparisonRow {
  id: ComparisonId;
  feature: string;
  mask: string;
  serum: string;
  source: string;
}
export interface MaskTypeInfo {
  id: MaskType;
  name: string;
  purpose: string;
  benefits: string[];
  application: MaskApplication;
  howTo: string;
  minutes: { min: number; max: number; typical: number } | null;
  perWeek: { min: number; max: number };
  gentle: boolean;
  source: string;
}
export interface ActiveInfo {
  id: ActiveId;
  name: string;
  purpose: string;
  time: TimeOfDay;
  layer: number;
  groups: string[];
  source: string;
}
export interface ScenarioInfo {
  id: ScenarioId;
  name: string;
  choice: Choice;
  why: string;
  use: string;
  actives: ActiveId[];
  masks: MaskType[];
  source: string;
}
export interface RoutineOption {
  id: string;
  name: string;
  when: string;
  why: string;
  steps: StepKind[];
  source: string;
}

/** Every fact glowplan knows, validated. */
export interface Data {
  sources: Source[];
  comparison: v.InferOutput<typeof ComparisonFile> & { rows: ComparisonRow[] };
  maskTypes: MaskTypeInfo[];
  actives: ActiveInfo[];
  scenarios: ScenarioInfo[];
  routines: v.InferOutput<typeof RoutinesFile>;
  advice: v.InferOutput<typeof AdviceFile>;
  /** The raw built-in default profile (validated where profiles are validated). */
  defaultProfile: unknown;
  maskType(id: MaskType): MaskTypeInfo;
  active(id: ActiveId): ActiveInfo;
  source(id: string): Source;
}

/** Broken data shipped with glowplan: names the file and the field. */
export class DataError extends Error {
  constructor(
    readonly file: string,
    readonly field: string,
    detail: string,
  ) {
    super(`data/${file}: ${field} ${detail}`);
    this.name = 'DataError';
  }
}

function parse<S extends v.GenericSchema>(schema: S, input: unknown, file: string): v.InferOutput<S> {
  const result = v.safeParse(schema, input, { abortPipeEarly: true });
  if (result.success) return result.output;
  const issue = result.issues[0];
  const field = v.getDotPath(issue) ?? '(top level)';
  throw new DataError(file, field, issue.message);
}

function indexBy<T extends { id: string }>(items: T[], file: string, what: string, expected?: readonly string[]) {
  const map = new Map<string, T>();
  items.forEach((item, i) => {
    if (map.has(item.id)) throw new DataError(file, `${what}.${i}.id`, `repeats the id "${item.id}"`);
    map.set(item.id, item);
  });
  for (const id of expected ?? []) if (!map.has(id)) throw new DataError(file, what, `lacks the id "${id}"`);
  return map;
}

/** Validates raw JSON documents (one per data file) into Data. Exposed so tests can feed broken data. */
export function buildData(raw: Record<string, unknown>): Data {
  const sources = parse(SourcesFile, raw['sources.json'], 'sources.json').sources;
  const comparison = parse(ComparisonFile, raw['comparison.json'], 'comparison.json');
  const maskTypes = parse(MaskTypesFile, raw['mask-types.json'], 'mask-types.json').maskTypes;
  const actives = parse(ActivesFile, raw['serum-actives.json'], 'serum-actives.json').actives;
  const scenarios = parse(ScenariosFile, raw['scenarios.json'], 'scenarios.json').scenarios;
  const routines = parse(RoutinesFile, raw['routines.json'], 'routines.json');
  const advice = parse(AdviceFile, raw['advice.json'], 'advice.json');

  const sourceMap = indexBy(sources, 'sources.json', 'sources');
  const maskMap = indexBy(maskTypes, 'mask-types.json', 'maskTypes', MASK_TYPES);
  const activeMap = indexBy(actives, 'serum-actives.json', 'actives', ACTIVES);
  indexBy(scenarios, 'scenarios.json', 'scenarios', SCENARIO_IDS);
  indexBy(comparison.rows, 'comparison.json', 'rows', COMPARISON_IDS);

  // Every `source` must name a known source: walk each file's records.
  const checkSources = (file: string, value: unknown, path: string): void => {
    if (Array.isArray(value)) value.forEach((item, i) => checkSources(file, item, `${path}.${i}`));
    else if (value && typeof value === 'object')
      for (const [key, inner] of Object.entries(value)) {
        const at = path ? `${path}.${key}` : key;
        if (key === 'source' && typeof inner === 'string' && !sourceMap.has(inner))
          throw new DataError(file, at, `names an unknown source "${inner}"`);
        checkSources(file, inner, at);
      }
  };
  for (const file of [
    'comparison.json',
    'mask-types.json',
    'serum-actives.json',
    'scenarios.json',
    'routines.json',
    'advice.json',
  ])
    checkSources(file, raw[file], '');

  return {
    sources,
    comparison,
    maskTypes,
    actives,
    scenarios,
    routines,
    advice,
    defaultProfile: raw['default-profile.json'],
    maskType: (id) => maskMap.get(id)!,
    active: (id) => activeMap.get(id)!,
    source: (id) => sourceMap.get(id) ?? { id, citation: id },
  };
}

/** The raw files bundled with glowplan, by file name. */
export const RAW_DATA: Record<string, unknown> = {
  'sources.json': sourcesJson,
  'comparison.json': comparisonJson,
  'mask-types.json': maskTypesJson,
  'serum-actives.json': activesJson,
  'scenarios.json': scenariosJson,
  'routines.json': routinesJson,
  'advice.json': adviceJson,
  'default-profile.json': defaultProfileJson,
};

let cached: Data | undefined;
/** The validated data, loaded once per process. */
export function loadData(): Data {
  cached ??= buildData(RAW_DATA);
  return cached;
}
