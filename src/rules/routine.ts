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

/** A name for the evening a person recognises. */
export function nightName(
  mask: MaskPick | null,
  strong: { acid: boolean; retinoid: boolean; other?: boolean },
  hasStrongActives: boolean,
  data: Data,
  ramp: { week: number; level: number } | undefined,
  harshMasks: readonly MaskType[],
): string {
  const maskName = mask ? data.maskType(mask.type).name.toLowerCase() : null;
  if (strong.retinoid || strong.acid) {
    const base = strong.retinoid
      ? `retinol night${ramp ? ` (ramp week ${ramp.week}, ${ramp.level}/7)` : ''}`
      : 'exfoliation night';
    return mask ? `${base}, ${maskName}` : base;
  }
  // A clay night is never a recovery night; with strong actives on the shelf, every other plain evening is one.
  if (mask && harshMasks.includes(mask.type)) return `${maskName} night`;
  if (hasStrongActives && !strong.other) return 'recovery night';
  return mask ? `${maskName} night` : 'serum night';
}
