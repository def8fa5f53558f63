// The masks-vs-serums comparison, assembled from data.
import type { Data } from '../domain/data.js';

/** The serum actives the comparison article itself describes; compare marks them among all glowplan knows. */
export const ARTICLE_ACTIVES: readonly string[] = [
  'hyaluronic-acid',
  'vitamin-c',
  'retinol',
  'niacinamide',
  'peptides',
];

/** What `compare` shows: the six rows, the key features of each, every serum active and every mask type. */
export function comparison(data: Data) {
  return {
    rows: data.comparison.rows.map(({ id, feature, mask, serum }) => ({ id, feature, mask, serum })),
    keyFeatures: {
      mask: { summary: data.comparison.keyFeatures.mask.summary, points: [...data.comparison.keyFeatures.mask.points] },
      serum: {
        summary: data.comparison.keyFeatures.serum.summary,
        points: [...data.comparison.keyFeatures.serum.points],
      },
    },
    serumActives: data.actives.map(({ id, name, purpose, time }) => ({
      id,
      name,
      purpose,
      time,
      inArticle: ARTICLE_ACTIVES.includes(id),
    })),
    maskTypes: data.maskTypes.map(({ id, name, purpose, application, minutes }) => ({
      id,
      name,
      purpose,
      application,
      minutes: minutes ? { min: minutes.min, max: minutes.max } : null,
    })),
    roles: data.comparison.roles.map(({ id, title, text }) => ({ id, title, text })),
    verdict: data.comparison.verdict.text,
    source: data.source('article').citation,
  };
}

export type Comparison = ReturnType<typeof comparison>;
