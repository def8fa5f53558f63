// The closed vocabularies of glowplan: ids that users type and scripts rely on.

/** Mask types, as named in the article. */
export const MASK_TYPES = ['sheet', 'clay', 'cream', 'gel', 'sleeping'] as const;
export type MaskType = (typeof MASK_TYPES)[number];

/** Serum actives: the article's five, then the ones the safety rules need. */
export const ACTIVES = [
  'hyaluronic-acid',
  'vitamin-c',
  'retinol',
  'niacinamide',
  'peptides',
  'aha',
  'bha',
  'benzoyl-peroxide',
  'azelaic-acid',
  'ceramides',
] as const;
export type ActiveId = (typeof ACTIVES)[number];

export const SKIN_TYPES = ['dry', 'oily', 'combination', 'normal', 'sensitive'] as const;
export type SkinType = (typeof SKIN_TYPES)[number];

export const SCENARIO_IDS = [
  'daily-maintenance',
  'post-travel',
  'breakouts',
  'dry-weather',
  'big-event',
  'fine-lines',
] as const;
export type ScenarioId = (typeof SCENARIO_IDS)[number];

export const STEP_KINDS = ['cleanser', 'mask', 'serum', 'moisturizer', 'sunscreen', 'patch-test'] as const;
export type StepKind = (typeof STEP_KINDS)[number];

export const COMPARISON_IDS = [
  'usage-frequency',
  'treatment-duration',
  'texture',
  'main-purpose',
  'absorption',
  'best-for',
] as const;
export type ComparisonId = (typeof COMPARISON_IDS)[number];

export const CHOICES = ['mask', 'serum', 'both'] as const;
export type Choice = (typeof CHOICES)[number];

export const SEVERITIES = ['avoid', 'caution', 'tip'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const TIMES = ['am', 'pm', 'any'] as const;
export type TimeOfDay = (typeof TIMES)[number];

export const MASK_APPLICATIONS = ['rinse-off', 'leave-on', 'overnight'] as const;
export type MaskApplication = (typeof MASK_APPLICATIONS)[number];

export const CONCERNS = [
  'dullness',
  'dehydration',
  'fine-lines',
  'breakouts',
  'redness',
  'pigmentation',
  'oiliness',
  'firmness',
] as const;
export type Concern = (typeof CONCERNS)[number];

export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** How a person says their skin feels on a day (the journal). */
export const SKIN_STATES = ['good', 'dry', 'oily', 'red', 'stinging', 'peeling', 'breakout'] as const;
export type SkinState = (typeof SKIN_STATES)[number];

/** How evenings are organised: the weekly planner, or the 4-night skin-cycling rotation. */
export const CYCLES = ['weekly', 'skin-cycling'] as const;
export type Cycle = (typeof CYCLES)[number];

/** Version of every JSON document glowplan prints; bumped when a field is removed or changes meaning. */
export const SCHEMA_VERSION = 1;
