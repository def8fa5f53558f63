// Profiles: the JSON format, its validation (one clear message per problem) and flag overrides. No I/O here.
import * as v from 'valibot';
import type { IsoDate } from '../domain/dates.js';
import { ACTIVES, CONCERNS, CYCLES, MASK_TYPES, SKIN_TYPES } from '../domain/vocabulary.js';
import type { ActiveId, Concern, Cycle, MaskType, SkinType } from '../domain/vocabulary.js';
import type { MaskProduct, Profile, ProductDates, SerumProduct } from '../rules/types.js';
import { closest } from '../lib/closest.js';
import {
  dateProblem,
  labelProblem,
  LABEL_MAX,
  PAO_MONTHS,
  PATCH_TEST_DAYS,
  wholeProblem,
} from '../domain/validators.js';

/** The fields a profile file may have. */
export const PROFILE_FIELDS = [
  'skin',
  'concerns',
  'serums',
  'masks',
  'masksPerWeek',
  'pregnancySafe',
  'patchTestDays',
  'cycle',
] as const;

/** The fields a serum or mask object may have besides its name and actives or type. */
export const PRODUCT_DATE_FIELDS = ['started', 'patchTested', 'opened', 'paoMonths', 'expires'] as const;

/** A value as it appears in a message: JSON, shortened when long. */
const got = (input: unknown) => {
  if (input === undefined) return 'nothing';
  const text = JSON.stringify(input) ?? String(input);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
};

/** "must be one of …, got "x" (did you mean "y"?)" */
export function oneOfMessage(ids: readonly string[], input: unknown): string {
  const hint = typeof input === 'string' ? closest(input, ids) : undefined;
  return `must be one of ${ids.join(', ')}, got ${got(input)}${hint ? ` (did you mean "${hint}"?)` : ''}`;
}

const isRecord = (input: unknown): input is Record<string, unknown> =>
  typeof input === 'object' && input !== null && !Array.isArray(input);

/** A schema that always fails with `message` (for values of the wrong kind and unknown fields). */
const fail = (message: string) => v.custom<never>(() => false, message);

/**
 * An object with exactly these fields: each unknown field is its own problem (with a "did you mean"), a missing
 * required field says so, and anything that is not an object (arrays included) is `what`.
 */
function fieldsOf<E extends v.ObjectEntries>(entries: E, what: string, shape: string) {
  const keys = Object.keys(entries);
  const required = keys.filter((k) => entries[k]!.type !== 'optional');
  const schema = v.lazy((input: unknown) => {
    if (!isRecord(input)) return fail(`must be ${shape}, got ${got(input)}`);
    const unknown = Object.keys(input).filter((k) => !Object.prototype.hasOwnProperty.call(entries, k));
    const extra = Object.fromEntries(
      unknown.map((k) => {
        const hint = closest(k, keys);
        return [k, fail(`is not a field${hint ? ` (did you mean "${hint}"?)` : ''}; ${what} has ${keys.join(', ')}`)];
      }),
    );
    return v.object({ ...entries, ...extra }, `is missing (${what} needs ${required.join(' and ')})`);
  });
  return schema as unknown as v.GenericSchema<unknown, v.InferOutput<v.ObjectSchema<E, undefined>>>;
}

const idOf = <T extends readonly string[]>(ids: T) => v.picklist(ids, (issue) => oneOfMessage(ids, issue.input));
const listOf = <T extends v.GenericSchema>(item: T, what: string, ids: readonly string[]) =>
  v.array(item, (issue) => {
    const one = typeof issue.input === 'string' && ids.includes(issue.input);
    return `must be a list of ${what}, got ${got(issue.input)}${one ? ` (write [${got(issue.input)}])` : ''}`;
  });
/** A check from src/domain/validators.ts as a valibot action: its message names the value that failed. */
const check = <T>(problem: (value: T) => string | undefined) =>
  v.rawCheck<T>(({ dataset, addIssue }) => {
    const message = dataset.typed ? problem(dataset.value) : undefined;
    if (message) addIssue({ message: `${message}, got ${got(dataset.value)}` });
  });
/**
 * The profile file's schema, made on first use (a run with no profile file never needs it; making it runs much of
 * valibot).
 */
function makeProfileFileSchema() {
  const name = v.pipe(
    v.string((i) => `must be a text, got ${got(i.input)}`),
    v.trim(),
    v.minLength(1, 'must not be empty'),
    v.check((text) => labelProblem(text) === undefined, `must be at most ${LABEL_MAX} characters`),
  );
  const wholeNumber = (min: number, max: number) =>
    v.pipe(
      v.unknown(),
      check((value) => wholeProblem(value, min, max)),
      v.transform((value) => value as number),
    );
  const date = v.pipe(
    v.unknown(),
    check(dateProblem),
    v.transform((value) => value as IsoDate),
  );
  /** The optional dates of a product object (see ProductDates). */
  const productDates = {
    started: v.optional(date),
    patchTested: v.optional(v.boolean((i) => `must be true or false, got ${got(i.input)}`)),
    opened: v.optional(date),
    paoMonths: v.optional(wholeNumber(PAO_MONTHS.min, PAO_MONTHS.max)),
    expires: v.optional(date),
  };

  /** A string entry is an id; an object entry is a named product; anything else gets `message`. */
  const entry = <S extends v.GenericSchema, O extends v.GenericSchema>(id: S, named: O, message: string) =>
    v.lazy((input: unknown) =>
      typeof input === 'string' ? id : isRecord(input) ? named : fail(`${message}, got ${got(input)}`),
    ) as unknown as v.GenericSchema<unknown, v.InferOutput<S> | v.InferOutput<O>>;

  const SerumEntry = entry(
    idOf(ACTIVES),
    fieldsOf(
      {
        name: v.optional(name),
        actives: v.pipe(listOf(idOf(ACTIVES), 'actives', ACTIVES), v.minLength(1, 'must name at least one active')),
        ...productDates,
      },
      'a serum object',
      '{"name": "…", "actives": […]}',
    ),
    'must be a serum id (e.g. "retinol") or {"name", "actives", "started", …}',
  );
  const MaskEntry = entry(
    idOf(MASK_TYPES),
    fieldsOf(
      { name: v.optional(name), type: idOf(MASK_TYPES), ...productDates },
      'a mask object',
      '{"name": "…", "type": "…"}',
    ),
    'must be a mask type (e.g. "sheet") or {"name", "type", "started", …}',
  );

  /** A profile file: every field optional (missing ones come from the built-in default), no unknown fields. */
  return fieldsOf(
    {
      skin: v.optional(idOf(SKIN_TYPES)),
      concerns: v.optional(listOf(idOf(CONCERNS), 'concerns', CONCERNS)),
      serums: v.optional(listOf(SerumEntry, 'serums', ACTIVES)),
      masks: v.optional(listOf(MaskEntry, 'masks', MASK_TYPES)),
      masksPerWeek: v.optional(wholeNumber(0, 7)),
      pregnancySafe: v.optional(v.boolean((i) => `must be true or false, got ${got(i.input)}`)),
      patchTestDays: v.optional(wholeNumber(PATCH_TEST_DAYS.min, PATCH_TEST_DAYS.max)),
      cycle: v.optional(idOf(CYCLES)),
    },
    'a profile',
    'a JSON object such as {"skin": "dry", "masksPerWeek": 3}',
  );
}

let profileFileSchema: ReturnType<typeof makeProfileFileSchema> | undefined;

export type ProfileFile = v.InferOutput<ReturnType<typeof makeProfileFileSchema>>;

/** One problem found in a profile: the field's path (e.g. `serums[1].actives[0]`) and what is wrong. */
export interface ProfileProblem {
  field: string;
  message: string;
}

/** `serums[1].actives[0]`: the path of an issue as a person would write it. */
function fieldPath(issue: v.BaseIssue<unknown>): string {
  let out = '';
  for (const item of issue.path ?? []) {
    const key = (item as { key: unknown }).key;
    if (typeof key === 'number') out += `[${key}]`;
    else {
      const k = String(key);
      const plain = /^[A-Za-z_$][\w$-]*$/.test(k) ? k : JSON.stringify(k);
      out += out ? `.${plain}` : plain;
    }
  }
  return out;
}

/** Validates raw JSON as a profile file; returns the problems (one per bad field) or the parsed file. */
export function validateProfile(
  input: unknown,
): { ok: true; value: ProfileFile } | { ok: false; problems: ProfileProblem[] } {
  const result = v.safeParse((profileFileSchema ??= makeProfileFileSchema()), input);
  if (result.success) return { ok: true, value: result.output };
  const seen = new Set<string>();
  const problems: ProfileProblem[] = [];
  for (const issue of result.issues) {
    const field = fieldPath(issue);
    if (seen.has(field)) continue;
    seen.add(field);
    problems.push({ field, message: field ? `${field} ${issue.message}` : `the profile ${issue.message}` });
  }
  return { ok: false, problems };
}

/** A serum or mask as a profile file lists it: an id, or an object. */
export type SerumFileEntry = NonNullable<ProfileFile['serums']>[number];
export type MaskFileEntry = NonNullable<ProfileFile['masks']>[number];

/** The dates of a product object, only those given, in a fixed order. */
function datesOf(entry: ProductDates): ProductDates {
  const out: ProductDates = {};
  for (const k of PRODUCT_DATE_FIELDS) if (entry[k] !== undefined) (out as Record<string, unknown>)[k] = entry[k];
  return out;
}

const toSerum = (entry: SerumFileEntry): SerumProduct =>
  typeof entry === 'string'
    ? { name: null, actives: [entry] }
    : { name: entry.name ?? null, actives: [...new Set(entry.actives)], ...datesOf(entry) };
const toMask = (entry: MaskFileEntry): MaskProduct =>
  typeof entry === 'string'
    ? { name: null, type: entry }
    : { name: entry.name ?? null, type: entry.type, ...datesOf(entry) };

/**
 * A key equal for equal products (their JSON text, as both are built with their fields in one order), but for a plain
 * one (no name, no dates, a mask type or a single active) its id: most shelves list ids, and a batch resolves a
 * profile per line. A JSON text starts with `{`, which no id does.
 */
function productKey(p: SerumProduct | MaskProduct): string {
  if (p.name === null && PRODUCT_DATE_FIELDS.every((k) => p[k] === undefined)) {
    if ('type' in p) return p.type;
    if (p.actives.length === 1) return p.actives[0]!;
  }
  return JSON.stringify(p);
}

/** Profile-level overrides given as flags (an empty list clears: `--mask none`, `--concern none`). */
export interface ProfileOverrides {
  skin?: SkinType;
  concerns?: Concern[];
  serums?: ActiveId[];
  masks?: MaskType[];
  masksPerWeek?: number;
  pregnancySafe?: boolean;
  cycle?: Cycle;
}

/** The profile flags as commander names them (`--concern` gives `concern`, `--mask` gives `mask`). */
export interface ProfileFlagValues {
  skin?: SkinType;
  concern?: Concern[];
  serum?: ActiveId[];
  /** The masks to rotate; anything else (plan's tonight-only --mask, --no-mask) is not a profile override. */
  mask?: MaskType[] | string | false;
  masksPerWeek?: number;
  pregnancySafe?: boolean;
  cycle?: Cycle;
}

/** The profile overrides that flags give; `masks` false leaves --mask out (plan's --mask is tonight's mask). */
export function overridesFromFlags(flags: ProfileFlagValues, options: { masks?: boolean } = {}): ProfileOverrides {
  const out: ProfileOverrides = {};
  if (flags.skin !== undefined) out.skin = flags.skin;
  if (flags.concern !== undefined) out.concerns = [...flags.concern];
  if (flags.serum !== undefined) out.serums = [...flags.serum];
  if (options.masks !== false && Array.isArray(flags.mask)) out.masks = [...flags.mask];
  if (flags.masksPerWeek !== undefined) out.masksPerWeek = flags.masksPerWeek;
  if (flags.pregnancySafe !== undefined) out.pregnancySafe = flags.pregnancySafe;
  if (flags.cycle !== undefined) out.cycle = flags.cycle;
  return out;
}

/** Merges a parsed file over the default, then flags over both; duplicates removed. */
export function resolveProfile(base: ProfileFile, file: ProfileFile | undefined, flags: ProfileOverrides): Profile {
  const pick = <K extends keyof ProfileFile>(k: K) => (file && file[k] !== undefined ? file[k] : base[k]);
  const serums = flags.serums ? flags.serums.map(toSerum) : (pick('serums') ?? []).map(toSerum);
  const masks = flags.masks ? flags.masks.map(toMask) : (pick('masks') ?? []).map(toMask);
  const unique = <T>(items: T[]) => {
    const seen = new Set<string>();
    return items.filter((x) => {
      const key = typeof x === 'string' ? x : productKey(x as SerumProduct | MaskProduct);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  };
  return {
    skin: flags.skin ?? pick('skin') ?? 'normal',
    concerns: unique(flags.concerns ?? pick('concerns') ?? []),
    serums: unique(serums),
    masks: unique(masks),
    masksPerWeek: flags.masksPerWeek ?? pick('masksPerWeek') ?? 3,
    pregnancySafe: flags.pregnancySafe ?? pick('pregnancySafe') ?? false,
    patchTestDays: pick('patchTestDays') ?? PATCH_TEST_DAYS.default,
    cycle: flags.cycle ?? pick('cycle') ?? 'weekly',
  };
}

/** A product named on the command line (`--new`, `--patch-tested`): an active, a mask type or a product name. */
export interface ProductMark {
  target: string;
  /** `--new retinol:2026-12-01`: the start date; absent means today. */
  date?: IsoDate;
}

/** What `--new` and `--patch-tested` say for one run. */
export interface ProductMarks {
  started?: readonly ProductMark[];
  patchTested?: readonly ProductMark[];
}

/**
 * Marks products as started (on the mark's date, else `today`) or patch-tested. An active id matches every serum
 * with it, a mask type every mask of that type, anything else a product name (case-insensitive). An active or mask
 * type not on the shelf adds a generic product of it; a name that matches nothing is a problem (with a "did you
 * mean"), returned for the caller to word.
 */
export function markProducts(
  profile: Profile,
  marks: ProductMarks,
  today: IsoDate,
): { ok: true; profile: Profile } | { ok: false; target: string; message: string } {
  const serums = profile.serums.map((s) => ({ ...s }));
  const masks = profile.masks.map((m) => ({ ...m }));
  const apply = (mark: ProductMark, set: (p: ProductDates) => void): string | undefined => {
    const key = mark.target.trim().toLowerCase();
    if ((ACTIVES as readonly string[]).includes(key)) {
      const hits = serums.filter((s) => (s.actives as string[]).includes(key));
      if (!hits.length) hits.push(serums[serums.push({ name: null, actives: [key as ActiveId] }) - 1]!);
      hits.forEach(set);
      return undefined;
    }
    if ((MASK_TYPES as readonly string[]).includes(key)) {
      const hits = masks.filter((m) => m.type === key);
      if (!hits.length) hits.push(masks[masks.push({ name: null, type: key as MaskType }) - 1]!);
      hits.forEach(set);
      return undefined;
    }
    const named = [...serums, ...masks].filter((p) => p.name !== null && p.name.toLowerCase() === key);
    if (named.length) {
      named.forEach(set);
      return undefined;
    }
    const names = [...serums, ...masks].flatMap((p) => (p.name === null ? [] : [p.name]));
    const hint = closest(mark.target.trim(), [...ACTIVES, ...MASK_TYPES, ...names]);
    const kinds = [`an active (${ACTIVES.join(', ')})`, `a mask type (${MASK_TYPES.join(', ')})`];
    if (names.length) kinds.push(`a product name (${names.map((n) => JSON.stringify(n)).join(', ')})`);
    const choices = `${kinds.slice(0, -1).join(', ')} or ${kinds[kinds.length - 1]!}`;
    return `${JSON.stringify(mark.target)} is no active, mask type or product on the shelf: use ${choices}${hint ? ` (did you mean "${hint}"?)` : ''}`;
  };
  for (const mark of marks.started ?? []) {
    const problem = apply(mark, (p) => (p.started = mark.date ?? today));
    if (problem) return { ok: false, target: mark.target, message: problem };
  }
  for (const mark of marks.patchTested ?? []) {
    const problem = apply(mark, (p) => (p.patchTested = true));
    if (problem) return { ok: false, target: mark.target, message: problem };
  }
  return { ok: true, profile: { ...profile, serums, masks } };
}

/** A product back in file form: an id when it is a plain generic one, else an object. */
function serumEntry(s: SerumProduct): SerumFileEntry {
  const dates = datesOf(s);
  const plain = Object.keys(dates).length === 0;
  if (s.name === null && s.actives.length === 1 && plain) return s.actives[0]!;
  if (s.name === null && plain) return { name: s.actives.join(' + '), actives: [...s.actives] };
  return { ...(s.name !== null ? { name: s.name } : {}), actives: [...s.actives], ...dates };
}
function maskEntry(m: MaskProduct): MaskFileEntry {
  const dates = datesOf(m);
  if (m.name === null && Object.keys(dates).length === 0) return m.type;
  return { ...(m.name !== null ? { name: m.name } : {}), type: m.type, ...dates };
}

/** A profile back in file form (ids where a product is a plain generic one), for `profile show` and `profile init`. */
export function toProfileFile(p: Profile): Required<ProfileFile> {
  return {
    skin: p.skin,
    concerns: [...p.concerns],
    serums: p.serums.map(serumEntry),
    masks: p.masks.map(maskEntry),
    masksPerWeek: p.masksPerWeek,
    pregnancySafe: p.pregnancySafe,
    patchTestDays: p.patchTestDays,
    cycle: p.cycle,
  };
}
