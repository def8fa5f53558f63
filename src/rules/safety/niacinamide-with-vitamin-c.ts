import type { SafetyRule } from './rule.js';

/** Niacinamide with vitamin C is fine: this rule exists so that nobody "fixes" it into a warning. */
export const niacinamideWithVitaminC: SafetyRule = {
  id: 'niacinamide-with-vitamin-c',
  severity: 'tip',
  message:
    'Niacinamide and vitamin C can share a routine: the old warning comes from high-heat lab chemistry, not skin.',
  source: 'niacinamide-myth',
};
