// Profiles: the JSON format, its validation (one clear message per problem) and flag overrides. No I/O here.
import * as v from 'valibot';
import { ACTIVES, CONCERNS, MASK_TYPES, SKIN_TYPES } from './domain.js';
import type { ActiveId, Concern, MaskType, SkinType } from './domain.js';
import type { MaskProduct, Profile, SerumProduct } from './rules/types.js';
import { closest } from './lib/closest.js';

/** The fields a profile file may have. */
export const PROFILE_FIELDS = ['skin', 'concerns', 'serums', 'masks', 'masksPerWeek', 'pregnancySafe'] as const;

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
  const schema = v.lazy((input: unknown) => {
    if (!isRecord(input)) return fail(`must be ${shape}, got ${got(input)}`);
    const unknown = Object.keys(input).filter((k) => !Object.prototype.hasOwnProperty.call(entries, k));
    const extra = Object.fromEntries(
      unknown.map((k) => {
        const hint = closest(k, keys);
        return [k, fail(`is not a field${hint ? ` (did you mean "${hint}"?)` : ''}; ${what} has ${keys.join(', ')}`)];
      }),
    );
    return v.object({ ...entries, ...extra }, `is missing (${what} needs ${keys.join(' and ')})`);
  });
  return schema as unknown as v.GenericSchema<unknown, v.InferOutput<v.ObjectSchema<E, undefined>>>;
}

const idOf = <T extends readonly string[]>(ids: T) => v.picklist(ids, (issue) => oneOfMessage(ids, issue.input));
const listOf = <T extends v.GenericSchema>(item: T, what: string, ids: readonly string[]) =>
  v.array(item, (issue) => {
    const one = typeof issue.input === 'string' && ids.includes(issue.input);
    return `must be a list of ${what}, got ${got(issue.input)}${one ? ` (write [${got(issue.input)}])` : ''}`;
  });
const name = v.pipe(
  v.string((i) => `must be a text, got ${got(i.input)}`),
  v.trim(),
  v.minLength(1, 'must not be empty'),
  v.maxLength(200, 'must be at most 200 characters'),
);

/** A string entry is an id; an object entry is a named product; anything else gets `message`. */
const entry = <S extends v.GenericSchema, O extends v.GenericSchema>(id: S, named: O, message: string) =>
  v.lazy((input: unknown) =>
    typeof input === 'string' ? id : isRecord(input) ? named : fail(`${message}, got ${got(input)}`),
  ) as unknown as v.GenericSchema<unknown, v.InferOutput<S> | v.InferOutput<O>>;

const SerumEntry = entry(
  idOf(ACTIVES),
  fieldsOf(
    {
      name,
      actives: v.pipe(listOf(idOf(ACTIVES), 'actives', ACTIVES), v.minLength(1, 'must name at least one active')),
    },
    'a named serum',
    '{"name": "…", "actives": […]}',
  ),
  'must be a serum id (e.g. "retinol") or {"name", "actives"}',
);
const MaskEntry = entry(
  idOf(MASK_TYPES),
  fieldsOf({ name, type: idOf(MASK_TYPES) }, 'a named mask', '{"name": "…", "type": "…"}'),
  'must be a mask type (e.g. "sheet") or {"name", "type"}',
);
const wholeNumber = (min: number, max: number) => {
  const message = (issue: { input: unknown }) =>
    `must be a whole number from ${min} to ${max}, got ${got(issue.input)}`;
  return v.pipe(v.number(message), v.integer(message), v.minValue(min, message), v.maxValue(max, message));
};

/** A profile file: every field optional (missing ones come from the built-in default), no unknown fields. */
export const ProfileFileSchema = fieldsOf(
  {
    skin: v.optional(idOf(SKIN_TYPES)),
    concerns: v.optional(listOf(idOf(CONCERNS), 'concerns', CONCERNS)),
    serums: v.optional(listOf(SerumEntry, 'serums', ACTIVES)),
    masks: v.optional(listOf(MaskEntry, 'masks', MASK_TYPES)),
    masksPerWeek: v.optional(wholeNumber(0, 7)),
    pregnancySafe: v.optional(v.boolean((i) => `must be true or false, got ${got(i.input)}`)),
  },
  'a profile',
  'a JSON object such as {"skin": "dry", "masksPerWeek": 3}',
);

export type ProfileFile = v.InferOutput<typeof ProfileFileSchema>;

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
  const result = v.safeParse(ProfileFileSchema, input);
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

const toSerum = (entry: ActiveId | { name: string; actives: ActiveId[] }): SerumProduct =>
  typeof entry === 'string'
    ? { name: null, actives: [entry] }
    : { name: entry.name, actives: [...new Set(entry.actives)] };
const toMask = (entry: MaskType | { name: string; type: MaskType }): MaskProduct =>
  typeof entry === 'string' ? { name: null, type: entry } : { name: entry.name, type: entry.type };

/** Profile-level overrides given as flags. */
export interface ProfileOverrides {
  skin?: SkinType;
  concerns?: Concern[];
  serums?: ActiveId[];
  masks?: MaskType[];
  masksPerWeek?: number;
  pregnancySafe?: boolean;
}

/** Merges a parsed file over the default, then flags over both; duplicates removed. */
export function resolveProfile(base: ProfileFile, file: ProfileFile | undefined, flags: ProfileOverrides): Profile {
  const pick = <K extends keyof ProfileFile>(k: K) => (file && file[k] !== undefined ? file[k] : base[k]);
  const serums = flags.serums ? flags.serums.map(toSerum) : (pick('serums') ?? []).map(toSerum);
  const masks = flags.masks ? flags.masks.map(toMask) : (pick('masks') ?? []).map(toMask);
  const unique = <T>(items: T[]) => {
    const seen = new Set<string>();
    return items.filter((x) => {
      const key = typeof x === 'string' ? x : JSON.stringify(x);
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
    patchTestDays: 7,
    cycle: 'weekly',
  };
}

/** A profile back in file form (ids where a product has no name), for `profile show` and `profile init`. */
export function toProfileFile(p: Profile): Required<ProfileFile> {
  return {
    skin: p.skin,
    concerns: [...p.concerns],
    serums: p.serums.map((s) =>
      s.name
        ? { name: s.name, actives: [...s.actives] }
        : s.actives.length === 1
          ? s.actives[0]!
          : { name: s.actives.join(' + '), actives: [...s.actives] },
    ),
    masks: p.masks.map((m) => (m.name ? { name: m.name, type: m.type } : m.type)),
    masksPerWeek: p.masksPerWeek,
    pregnancySafe: p.pregnancySafe,
  };
}
