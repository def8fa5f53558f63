import type { SafetyRule } from './rule.js';

/** Thinnest to thickest: the order every routine is built in. */
export const layeringOrder: SafetyRule = {
  id: 'layering-order',
  severity: 'tip',
  message: 'Layer from thinnest to thickest (serums before moisturizer), and keep the routine short.',
  source: 'cleveland-order',
};
