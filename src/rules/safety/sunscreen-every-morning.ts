import { group, planActives, type SafetyRule } from './rule.js';

/** Sunscreen ends every morning; more so with retinol or acids in the plan. */
export const sunscreenEveryMorning: SafetyRule = {
  id: 'sunscreen-every-morning',
  severity: 'caution',
  message: 'Sunscreen is the last morning step: broad-spectrum SPF 30 or higher, reapplied every 2 hours outdoors.',
  source: 'aad-sunscreen',
  check: (days, ctx) => {
    const used = [...planActives(days)].filter((a) => group(ctx, 'retinoid').has(a) || group(ctx, 'acid').has(a));
    if (!used.length) return [];
    const names = used.map((a) => (group(ctx, 'retinoid').has(a) ? a : a.toUpperCase())).join(' and ');
    return [
      {
        rule: 'sunscreen-every-morning',
        message: `Your plan uses ${names}, which ${used.length === 1 ? 'makes' : 'make'} skin more sensitive to the sun: never skip the morning SPF 30+, and reapply outdoors.`,
      },
    ];
  },
};
