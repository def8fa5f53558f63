import { ACIDS, RETINOIDS, planActives, type SafetyRule } from './rule.js';

/** Sunscreen ends every morning; more so with retinol or acids in the plan. */
export const sunscreenEveryMorning: SafetyRule = {
  id: 'sunscreen-every-morning',
  severity: 'caution',
  message: 'Sunscreen is the last morning step: broad-spectrum SPF 30 or higher, reapplied every 2 hours outdoors.',
  source: 'aad-sunscreen',
  check: (days) => {
    const used = [...planActives(days)].filter((a) => RETINOIDS.includes(a) || ACIDS.includes(a));
    if (!used.length) return [];
    const names = used.map((a) => (a === 'retinol' ? 'retinol' : a.toUpperCase())).join(' and ');
    return [
      {
        rule: 'sunscreen-every-morning',
        message: `Your plan uses ${names}, which ${used.length === 1 ? 'makes' : 'make'} skin more sensitive to the sun: never skip the morning SPF 30+, and reapply outdoors.`,
      },
    ];
  },
};
