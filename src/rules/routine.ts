// The day's routine in layering order (the article's routine options, thinnest to thickest).
import type { Data } from '../domain/data.js';
import type { MaskType } from '../domain/vocabulary.js';
import type { MaskPick, MaskStep, SerumProduct, SerumStep, Step } from './types.js';

/** A serum with the slot it goes in and its layering rank (lower goes on first). */
export interface PlacedSerum {
  serum: SerumProduct;
  name: string;
  slot: 'am' | 'pm' | 'any';
  layer: number;
  /**
   * Where a plan keeps the number sharedRoutine gives the serum's step (0 until it is asked; left out, it is worked
   * out each time).
   */
  routineNumber?: number;
}

/** The serum glowplan suggests when a routine would otherwise have none (the article's daily hydrating serum). */
export const SUGGESTED_SERUM: SerumStep = {
  kind: 'serum',
  name: 'Hydrating serum (hyaluronic acid)',
  actives: ['hyaluronic-acid'],
  suggested: true,
};

/** Serum steps, thinnest first; a suggested hydrating serum when there are none. */
export function serumSteps(serums: readonly PlacedSerum[]): SerumStep[] {
  if (!serums.length) return [{ ...SUGGESTED_SERUM, actives: [...SUGGESTED_SERUM.actives] }];
  return [...serums]
    .sort((a, b) => a.layer - b.layer)
    .map((p) => ({ kind: 'serum' as const, name: p.name, actives: [...p.serum.actives] }));
}

/** Morning: cleanser → serums → moisturizer → sunscreen (always last). */
export function buildMorning(serums: readonly PlacedSerum[], _data: Data): Step[] {
  return [{ kind: 'cleanser' }, ...serumSteps(serums), { kind: 'moisturizer' }, { kind: 'sunscreen', spf: 30 }];
}

/** The mask step for a pick. */
export function maskStep(mask: MaskPick, data: Data): MaskStep {
  const info = data.maskType(mask.type);
  const step: MaskStep = { kind: 'mask', type: mask.type, name: mask.name, application: info.application };
  if (info.minutes) step.minutes = info.minutes.typical;
  else step.overnight = true;
  return step;
}

/**
 * Evening. No mask: cleanser → serums → moisturizer. Sheet, clay, cream, gel: cleanser → mask → serums →
 * moisturizer. Sleeping mask: cleanser → serums → mask, which stays on overnight in place of the moisturizer.
 */
export function buildEvening(serums: readonly PlacedSerum[], mask: MaskPick | null, data: Data): Step[] {
  const steps = serumSteps(serums);
  if (!mask) return [{ kind: 'cleanser' }, ...steps, { kind: 'moisturizer' }];
  const m = maskStep(mask, data);
  if (m.overnight) return [{ kind: 'cleanser' }, ...steps, m];
  return [{ kind: 'cleanser' }, m, ...steps, { kind: 'moisturizer' }];
}

/**
 * The morning or evening routine for these serums (in this order) and this mask, built once per process and shared by
 * every plan that has it: a population's plans hold few distinct routines (about 1,200 among 100,000 generated
 * profiles, against 420,000 built plan by plan), so a batch builds each once and its writer writes its JSON once
 * (isSharedRoutine). Found by small numbers: each serum's number stands for everything its step is made of (its
 * layer, name and actives), the mask's for its type and name (see serumNumber, maskNumber). Shared, so never changed
 * once built: nothing changes a plan's steps (a test renders plans every way and checks). Not frozen: V8 reads frozen
 * lists and objects on slower paths, and every rule and renderer reads these.
 */
export function sharedRoutine(
  slot: 'am' | 'pm',
  serums: readonly PlacedSerum[],
  mask: MaskPick | null,
  data: Data,
): Step[] {
  let kept = routines.get(data);
  // A memo per data set, started again past its size, with numbers of its own (any distinct ones): how often it starts
  // again changes how often a routine is built, never its steps.
  // Stryker disable all
  if (!kept || kept.size > ROUTINES_KEPT)
    routines.set(data, (kept = { size: 0, base: ++generation * NUMBERS, am: new Map(), pm: new Map(), masks: 0 }));
  // Stryker restore all
  // Stryker disable next-line EqualityOperator,ConditionalExpression: the two slots' tries swapped are still two.
  let node = step(kept, slot === 'am' ? kept.am : kept.pm, mask ? maskNumber(kept, mask) : 0);
  for (const p of serums) node = step(kept, node.next, serumNumber(kept, p));
  let steps = node.steps;
  if (!steps) {
    steps = slot === 'am' ? buildMorning(serums, data) : buildEvening(serums, mask, data);
    node.steps = steps;
    shared.add(steps);
  }
  return steps;
}

/** A trie of routines: from the slot, by the mask's number, then each serum's in order. */
interface RoutineNode {
  next: Map<number, RoutineNode>;
  steps?: Step[];
}
interface Routines {
  /** Nodes and numbers made: past ROUTINES_KEPT, the trie starts again, with numbers of its own. */
  size: number;
  /**
   * Its numbers are base + 1 and up: a number a plan kept from an earlier trie (which still stands for its serum)
   * is never one of these.
   */
  base: number;
  am: Map<number, RoutineNode>;
  pm: Map<number, RoutineNode>;
  serums?: Map<string, number>;
  /** Each mask type's names, and the number of each. */
  maskNames?: Map<string, Map<string, number>>;
  /** Mask numbers given so far. */
  masks: number;
}
const ROUTINES_KEPT = 1 << 14;
/** More numbers than a trie ever gives (ROUTINES_KEPT and one more at most). */
const NUMBERS = 1 << 20;
let generation = 0;
const routines = new WeakMap<Data, Routines>();
const shared = new WeakSet<readonly Step[]>();

/** True for a list of steps sharedRoutine made (the same list in every plan that has that routine). */
export const isSharedRoutine = (steps: readonly Step[]): boolean => shared.has(steps);

function step(kept: Routines, from: Map<number, RoutineNode>, n: number): RoutineNode {
  let node = from.get(n);
  if (!node) {
    from.set(n, (node = { next: new Map() }));
    // Stryker disable next-line UpdateOperator: a count for when to start again; counted down, it never does.
    kept.size++;
  }
  return node;
}

/**
 * A number for what a serum's step is made of: a shelf's serum named by its active alone (no name of its own) by that
 * active; any other by its layer, name and actives, the name's length first so that no two differ only in where one
 * ends. Kept on the placed serum for the rest of its plan.
 */
function serumNumber(kept: Routines, p: PlacedSerum): number {
  const known = p.routineNumber;
  // Stryker disable next-line ConditionalExpression: a memo; the serum's number found again is the same.
  if (known) return known;
  const plain = !p.serum.name && p.serum.actives.length === 1;
  // Stryker disable next-line StringLiteral: the vocabulary's ids joined without a comma are told apart as well.
  const key = plain ? p.serum.actives[0]! : `${p.layer}:${p.name.length}:${p.name}:${p.serum.actives.join(',')}`;
  const numbers = (kept.serums ??= new Map());
  let n = numbers.get(key);
  if (n === undefined) {
    // Numbers only need to be distinct, this trie's from every other's: counted any way within its range, they are.
    // Stryker disable next-line ArithmeticOperator,UpdateOperator
    numbers.set(key, (n = kept.base + numbers.size + 1));
    // Stryker disable next-line UpdateOperator: a count for when to start again.
    kept.size++;
  }
  // Stryker disable next-line ConditionalExpression: a number kept on a serum no plan keeps it on is never read.
  if (known !== undefined) p.routineNumber = n;
  return n;
}

/** A number for a mask pick's step (its type and name), 1 and up. */
function maskNumber(kept: Routines, mask: MaskPick): number {
  const byType = (kept.maskNames ??= new Map());
  let names = byType.get(mask.type);
  if (!names) byType.set(mask.type, (names = new Map()));
  let n = names.get(mask.name);
  if (n === undefined) {
    // Stryker disable next-line UpdateOperator: numbers counted down are as distinct (and never 0, no mask).
    names.set(mask.name, (n = ++kept.masks));
    // Stryker disable next-line UpdateOperator: a count for when to start again.
    kept.size++;
  }
  return n;
}

/** A name for the evening a person recognises. */
export function nightName(
  mask: MaskPick | null,
  strong: { acid: boolean; retinoid: boolean; other?: boolean },
  hasStrongActives: boolean,
  data: Data,
  ramp: { week: number; level: number } | undefined,
  harshMasks: readonly MaskType[],
): string {
  const words = mask ? maskWords(mask.type, data) : null;
  if (strong.retinoid || strong.acid) {
    if (strong.retinoid && ramp) {
      const base = `retinol night (ramp week ${ramp.week}, ${ramp.level}/7)`;
      return words ? `${base}, ${words.name}` : base;
    }
    if (strong.retinoid) return words ? words.retinol : 'retinol night';
    return words ? words.exfoliation : 'exfoliation night';
  }
  // A clay night is never a recovery night; with strong actives on the shelf, every other plain evening is one.
  if (words && harshMasks.includes(mask!.type)) return words.night;
  if (hasStrongActives && !strong.other) return 'recovery night';
  return words ? words.night : 'serum night';
}

/** A mask type's words in night names, made once per type and data (most evenings repeat a few names). */
interface MaskWords {
  name: string;
  night: string;
  retinol: string;
  exfoliation: string;
}
const maskWordsMemo = new WeakMap<Data, Map<MaskType, MaskWords>>();
function maskWords(type: MaskType, data: Data): MaskWords {
  let byType = maskWordsMemo.get(data);
  // Stryker disable next-line ConditionalExpression: a memo; a fresh map only makes the words again.
  if (!byType) maskWordsMemo.set(data, (byType = new Map()));
  let words = byType.get(type);
  // Stryker disable next-line ConditionalExpression: a memo; making the words again gives the same words.
  if (!words) {
    const name = data.maskType(type).name.toLowerCase();
    words = {
      name,
      night: `${name} night`,
      retinol: `retinol night, ${name}`,
      exfoliation: `exfoliation night, ${name}`,
    };
    byType.set(type, words);
  }
  return words;
}
