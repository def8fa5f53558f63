import { shelfActives, type SafetyRule } from './rule.js';

/** Benzoyl peroxide is an oxidiser and can break vitamin C down: never in the same morning. */
export const vitaminCApartFromBenzoylPeroxide: SafetyRule = {
  id: 'vitamin-c-apart-from-benzoyl-peroxide',
  severity: 'caution',
  message:
    'Vitamin C and benzoyl peroxide not in the same routine: benzoyl peroxide, an oxidiser, can break vitamin C down (an effect on how well it works, not a safety risk).',
  source: 'cutis-bpo-oxidiser',
  slot: (active, ctx) =>
    active === 'benzoyl-peroxide' && shelfActives(ctx.profile).has('vitamin-c') ? 'pm' : undefined,
  check: (_days, ctx) =>
    ctx.profile.serums
      .filter((s) => s.actives.includes('vitamin-c') && s.actives.includes('benzoyl-peroxide'))
      .map((s) => ({
        rule: 'vitamin-c-apart-from-benzoyl-peroxide',
        message: `${s.name ?? 'A serum'} holds vitamin C and benzoyl peroxide together; the vitamin C may do little.`,
      })),
};
