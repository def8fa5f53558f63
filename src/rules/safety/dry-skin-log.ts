import type { SafetyRule } from './rule.js';

/** Skin logged dry: the next mask night within a week is a hydrating one rather than clay. */
export const drySkinLog: SafetyRule = {
  id: 'dry-skin-log',
  severity: 'tip',
  message: 'Skin feeling dry: the next mask night within a week is a hydrating mask rather than clay.',
  source: 'aad-exfoliate',
  roles: ['dry-skin-log'],
  preferHydrating: (day) => day.skin.includes('dry'),
};
