// Profiles: the JSON format, its validation (one clear message per problem) and flag overrides. No I/O here.
import * as v from 'valibot';
import { ACTIVES, CONCERNS, MASK_TYPES, SKIN_TYPES } from './domain.js';
import type { ActiveId, Concern, MaskType, SkinType } from './domain.js';
import type { MaskProduct, Profile, SerumProduct } from './rules/types.js';
import { closest } from './rules/scenario.js';

/** The fields a profile file may have. */
export const PROFILE_FIELDS = ['skin', 'concerns', 'serums', 'masks', 'masksPerWeek', 'pregnancySafe'] as const;

const got = (input: unknown) =>
  typeof input === 'string'
    ? JSON.stringify(input)
    : input === undefined
      ? 'nothing'
      : (JSON.stringify(input) ?? String(input));

/** "must be one of …, got "x" (did you mean "y"?)" */
export function oneOfMessage(ids: readonly string[], input: unknown): string {
  const hint = typeof input === 'string' ? closest(input, ids) : undefined;
  return `must be one of ${ids.join(', ')}, got ${got(input)}${hint ? ` (did you mean "${hint}"?)` : ''}`;
}

const idOf = <T extends readonly string[]>(ids: T) => v.picklist(ids, (issue) => oneOfMessage(ids, issue.input));
const name = v.pipe(
  v.string((i) => `must be a text, got ${got(i.input)}`),
  v.trim(),
  v.minLength(1, 'must not be empty'),
  v.maxLength(200, 'must be at most 200 characters'),
);
const strictObject = <E extends v.ObjectEntries>(entries: E, what: string) =>
  v.strictObject(entries, (issue) =>
    issue.expected === 'never'
      ? `is not a field (${what} has ${Object.keys(entries).join(', ')})`
      : `must be ${what}, got ${got(issue.input)}`,
  );

const SerumEntry = v.union(
  [
    idOf(ACTIVES),
    strictObject(
      {
        name,
        actives: v.pipe(
          v.array(idOf(ACTIVES), 'must be a list of actives'),
          v.minLength(1, 'must name at least one active'),
        ),
      },
      'a serum id or {name, actives}',
    ),
  ],
  (issue) =>
    typeof issue.input === 'string'
      ? oneOfMessage(ACTIVES, issue.input)
      : `must be a serum id or {"name", "actives"}, got ${got(issue.input)}`,
);
const MaskEntry = v.union(
  [idOf(MASK_TYPES), strictObject({ name, type: idOf(MASK_TYPES) }, 'a mask type or {name, type}')],
  (issue) =>
    typeof issue.input === 'string'
      ? oneOfMessage(MASK_TYPES, issue.input)
      : `must be a mask type or {"name", "type"}, got ${got(issue.input)}`,
);
const wholeNumber = (min: number, max: number) => {
  const message = (issue: { input: unknown }) =>
    `must be a whole number from ${min} to ${max}, got ${got(issue.input)}`;
  return v.pipe(v.number(message), v.integer(message), v.minValue(min, message), v.maxValue(max, message));
};

/** A profile file: every field optional (missing ones come from the built-in default), no unknown fields. */
export const ProfileFileSchema = strictObject(
  {
    skin: v.optional(idOf(SKIN_TYPES)),
    concerns: v.optional(v.array(idOf(CONCERNS), (i) => `must be a list of concerns, got ${got(i.input)}`)),
    serums: v.optional(v.array(SerumEntry, (i) => `must be a list of serums, got ${got(i.input)}`)),
    masks: v.optional(v.array(MaskEntry, (i) => `must be a list of masks, got ${got(i.input)}`)),
    masksPerWeek: v.optional(wholeNumber(0, 7)),
    pregnancySafe: v.optional(v.boolean((i) => `must be true or false, got ${got(i.input)}`)),
  },
  'a profile object',
);

export type ProfileFile = v.InferOutput<typeof ProfileFileSchema>;

/** One problem found in a profile: the field's dotted path and what is wrong. */
export interface ProfileProblem {
  field: string;
  message: string;
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
    const field = v.getDotPath(issue) ?? '';
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
  const unique = <T>(items: T[]) =>
    items.filter((x, i) => items.findIndex((y) => JSON.stringify(y) === JSON.stringify(x)) === i);
  return {
    skin: flags.skin ?? pick('skin') ?? 'normal',
    concerns: unique(flags.concerns ?? pick('concerns') ?? []),
    serums: unique(serums),
    masks: unique(masks),
    masksPerWeek: flags.masksPerWeek ?? pick('masksPerWeek') ?? 3,
    pregnancySafe: flags.pregnancySafe ?? pick('pregnancySafe') ?? false,
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
