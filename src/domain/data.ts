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
} from './vocabulary.js';
import type {
  ActiveId,
  Choice,
  ComparisonId,
  MaskApplication,
  MaskType,
  ScenarioId,
  StepKind,
  TimeOfDay,
} from './vocabulary.js';
import sourcesJson from '../../data/sources.json' with { type: 'json' };
import comparisonJson from '../../data/comparison.json' with { type: 'json' };
import maskTypesJson from '../../data/mask-types.json' with { type: 'json' };
import activesJson from '../../data/serum-actives.json' with { type: 'json' };
import scenariosJson from '../../data/scenarios.json' with { type: 'json' };
import routinesJson from '../../data/routines.json' with { type: 'json' };
import adviceJson from '../../data/advice.json' with { type: 'json' };
import defaultProfileJson from '../../data/default-profile.json' with { type: 'json' };

/** The data files' schemas; built only when validating (the built program's data was validated at build time). */
function makeSchemas() {
  const text = v.pipe(v.string(), v.minLength(1, 'must be a non-empty string'));
  const sourceRef = text;
  const picklist = <T extends readonly string[]>(ids: T) =>
    v.picklist(ids, (issue) => `must be one of ${ids.join(', ')}, got ${JSON.stringify(issue.input)}`);

  // Every source is a public reference a reader can open: a URL is required (the build fails without one).
  const SourceSchema = v.object(
    {
      id: text,
      citation: text,
      url: v.pipe(
        v.string('must be the public address (https://…) of the source'),
        v.url('must be a URL'),
        v.regex(/^https:\/\//, 'must be an https:// address'),
      ),
    },
    (issue) => (issue.expected === '"url"' ? 'must be the public address (https://…) of the source' : issue.message),
  );
  const SourcesFile = v.object({ sources: v.array(SourceSchema) });

  const ComparisonFile = v.object({
    rows: v.array(
      v.object({ id: picklist(COMPARISON_IDS), feature: text, mask: text, serum: text, source: sourceRef }),
    ),
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
      v.object({
        id: text,
        name: text,
        when: text,
        why: text,
        steps: v.array(picklist(STEP_KINDS)),
        source: sourceRef,
      }),
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
  return { SourcesFile, ComparisonFile, MaskTypesFile, ActivesFile, ScenariosFile, RoutinesFile, AdviceFile };
}
type Schemas = ReturnType<typeof makeSchemas>;

export interface Source {
  id: string;
  citation: string;
  /** The public address of the source. */
  url: string;
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
  comparison: v.InferOutput<Schemas['ComparisonFile']> & { rows: ComparisonRow[] };
  maskTypes: MaskTypeInfo[];
  actives: ActiveInfo[];
  scenarios: ScenarioInfo[];
  routines: v.InferOutput<Schemas['RoutinesFile']>;
  advice: v.InferOutput<Schemas['AdviceFile']>;
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

/** The data files checked by schema, in the order they are checked. */
function schemaList(): (readonly [string, v.GenericSchema])[] {
  const s = makeSchemas();
  return [
    ['sources.json', s.SourcesFile],
    ['comparison.json', s.ComparisonFile],
    ['mask-types.json', s.MaskTypesFile],
    ['serum-actives.json', s.ActivesFile],
    ['scenarios.json', s.ScenariosFile],
    ['routines.json', s.RoutinesFile],
    ['advice.json', s.AdviceFile],
  ];
}

/**
 * Validates raw JSON documents (one per data file): schemas, unique and complete ids, known sources. Returns the
 * documents as the schemas output them; throws a DataError naming the file and field. The build runs this on the
 * bundled files, so the shipped program skips it (see loadData).
 */
export function checkData(raw: Record<string, unknown>): Record<string, unknown> {
  const schemas = schemaList();
  const out: Record<string, unknown> = { ...raw };
  for (const [file, schema] of schemas) out[file] = parse(schema, raw[file], file);
  const files = out as unknown as CheckedFiles;
  const sourceMap = indexBy(files['sources.json'].sources, 'sources.json', 'sources');
  indexBy(files['mask-types.json'].maskTypes, 'mask-types.json', 'maskTypes', MASK_TYPES);
  indexBy(files['serum-actives.json'].actives, 'serum-actives.json', 'actives', ACTIVES);
  indexBy(files['scenarios.json'].scenarios, 'scenarios.json', 'scenarios', SCENARIO_IDS);
  indexBy(files['comparison.json'].rows, 'comparison.json', 'rows', COMPARISON_IDS);

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
  for (const [file] of schemas.slice(1)) checkSources(file, raw[file], '');
  return out;
}

interface CheckedFiles {
  'sources.json': v.InferOutput<Schemas['SourcesFile']>;
  'comparison.json': Data['comparison'];
  'mask-types.json': { maskTypes: MaskTypeInfo[] };
  'serum-actives.json': { actives: ActiveInfo[] };
  'scenarios.json': { scenarios: ScenarioInfo[] };
  'routines.json': Data['routines'];
  'advice.json': Data['advice'];
  'default-profile.json': unknown;
}

/** Data from documents checkData has passed: no validation here, only indexes. */
function assembleData(checked: Record<string, unknown>): Data {
  const files = checked as unknown as CheckedFiles;
  const sources = files['sources.json'].sources;
  const maskTypes = files['mask-types.json'].maskTypes;
  const actives = files['serum-actives.json'].actives;
  const sourceMap = new Map(sources.map((s) => [s.id, s]));
  const maskMap = new Map(maskTypes.map((m) => [m.id, m]));
  const activeMap = new Map(actives.map((a) => [a.id, a]));
  return {
    sources,
    comparison: files['comparison.json'],
    maskTypes,
    actives,
    scenarios: files['scenarios.json'].scenarios,
    routines: files['routines.json'],
    advice: files['advice.json'],
    defaultProfile: files['default-profile.json'],
    maskType: (id) => maskMap.get(id)!,
    active: (id) => activeMap.get(id)!,
    source: (id) => {
      const found = sourceMap.get(id);
      if (!found) throw new Error(`no source "${id}" in data/sources.json`);
      return found;
    },
  };
}

/** Validates raw JSON documents (one per data file) into Data. Exposed so tests can feed broken data. */
export function buildData(raw: Record<string, unknown>): Data {
  return assembleData(checkData(raw));
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

/** Set by the build (scripts/build.mjs) when it has run checkData on the bundled files and bundled its output. */
declare const GLOWPLAN_DATA_CHECKED: boolean | undefined;

/**
 * True in the built program: the build validated the bundled files (the default profile too, with the profile
 * schema) and bundled what the schemas output, so nothing is validated again at run time.
 */
export const DATA_CHECKED = typeof GLOWPLAN_DATA_CHECKED === 'boolean' && GLOWPLAN_DATA_CHECKED;

let cached: Data | undefined;
/** The validated data, loaded once per process (the built program's data was validated at build time). */
export function loadData(): Data {
  // The test written out rather than DATA_CHECKED: the build, which defines GLOWPLAN_DATA_CHECKED, then leaves the
  // run-time validation (and the schemas only it uses) out of the bundle.
  cached ??=
    typeof GLOWPLAN_DATA_CHECKED === 'boolean' && GLOWPLAN_DATA_CHECKED ? assembleData(RAW_DATA) : buildData(RAW_DATA);
  return cached;
}
