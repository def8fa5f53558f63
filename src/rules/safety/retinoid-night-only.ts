import { group, type SafetyRule } from './rule.js';

/** Retinoids go on at night: light breaks them down and they raise sunburn risk. */
export const retinoidNightOnly: SafetyRule = {
  id: 'retinoid-night-only',
  severity: 'avoid',
  message: 'Retinol only in the evening: light breaks it down and it makes skin burn more easily.',
  source: 'retinoid-light',
  slot: (active, ctx) => (group(ctx, 'retinoid').has(active) ? 'pm' : undefined),
};
