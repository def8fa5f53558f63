import type { SafetyRule } from './rule.js';

/** Serums are daily: when the shelf has none for a routine, glowplan suggests a simple hydrating one. */
export const dailySerum: SafetyRule = {
  id: 'daily-serum',
  severity: 'tip',
  message:
    'Serums work through daily use, morning and evening; a simple hydrating serum fills any routine your shelf leaves empty.',
  source: 'article',
  roles: ['serum'],
};
