import type { SafetyRule } from './rule.js';

/** Vitamin C is a morning antioxidant, under sunscreen. */
export const vitaminCMorning: SafetyRule = {
  id: 'vitamin-c-morning',
  severity: 'tip',
  message: 'Vitamin C in the morning, under sunscreen: it helps protect against daylight damage.',
  source: 'telang-vitc',
  slot: (active) => (active === 'vitamin-c' ? 'am' : undefined),
};
