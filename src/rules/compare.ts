// The masks-vs-serums comparison, assembled from data.
import type { Data } from '../data.js';

/** What `compare` shows: the six rows, the key features of each, serum actives and mask types. */
export function comparison(data: Data) {
  const article = ['hyaluronic-acid', 'vitamin-c', 'retinol', 'niacinamide', 'peptides'];
  return {
    rows: data.comparison.rows.map(({ id, feature, mask, serum }) => ({ id, feature, mask, serum })),
    keyFeatures: {
      mask: { summary: data.comparison.keyFeatures.mask.summary, points: [...data.comparison.keyFeatures.mask.points] },
      serum: {
        summary: data.comparison.keyFeatures.serum.summary,
        points: [...data.comparison.keyFeatures.serum.points],
      },
    },
    serumActives: data.actives
      .filter((a) => article.includes(a.id))
      .map(({ id, name, purpose, time }) => ({ id, name, purpose, time })),
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
