import type { SafetyRule } from './rule.js';

const wantsClay = (ctx: Parameters<NonNullable<SafetyRule['maskRank']>>[1]) =>
  (ctx.profile.concerns.includes('breakouts') || ctx.profile.concerns.includes('oiliness')) &&
  ctx.profile.skin !== 'sensitive' &&
  ctx.profile.skin !== 'dry';

/** Breakouts and oiliness: clay first where the skin allows it, and niacinamide for oil balance. */
export const breakoutsClay: SafetyRule = {
  id: 'breakouts-clay',
  severity: 'tip',
  message:
    'Breakouts or oiliness: a clay mask draws out oil (where your skin allows it), and a niacinamide serum helps balance oil.',
  source: 'article',
  maskRank: (type, ctx) => (type === 'clay' && wantsClay(ctx) ? 2 : 0),
  check: (_days, ctx) =>
    (ctx.profile.concerns.includes('breakouts') || ctx.profile.concerns.includes('oiliness')) &&
    !ctx.profile.serums.some((s) => s.actives.includes('niacinamide'))
      ? [
          {
            rule: 'breakouts-clay',
            message:
              'For breakouts or oiliness, a niacinamide serum (morning or evening) helps balance oil; your shelf has none.',
          },
        ]
      : [],
};
