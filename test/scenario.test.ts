// Scenario matching and the comparison data.
import { describe, expect, it } from 'vitest';
import { comparison } from '../src/rules/compare.js';
import { closest } from '../src/lib/closest.js';
import { matchScenario } from '../src/rules/scenario.js';
import { data } from './helpers.js';

describe('scenario matching', () => {
  const found: [string, string][] = [
    ['post-travel', 'post-travel'],
    ['POST-TRAVEL', 'post-travel'],
    ['Post-travel, tired skin', 'post-travel'],
    ['travel', 'post-travel'],
    ['event', 'big-event'],
    ['Before a big event', 'big-event'],
    ['lines', 'fine-lines'],
    ['weather', 'dry-weather'],
    ['daily', 'daily-maintenance'],
    ['redness', 'breakouts'],
  ];
  it.each(found)('%s → %s', (input, id) => {
    const m = matchScenario(input, data.scenarios);
    expect(m.kind === 'found' && m.scenario.id).toBe(id);
  });
  it('an ambiguous fragment names the candidates', () => {
    const m = matchScenario('skin', data.scenarios);
    expect(m).toEqual({ kind: 'ambiguous', candidates: ['post-travel', 'dry-weather'] });
  });
  it('an unknown name suggests the closest id', () => {
    expect(matchScenario('brekouts', data.scenarios)).toEqual({ kind: 'unknown', suggestion: 'breakouts' });
    expect(matchScenario('zzzzzz', data.scenarios)).toEqual({ kind: 'unknown' });
    expect(matchScenario('  ', data.scenarios)).toEqual({ kind: 'unknown' });
  });
  it('closest only suggests likely typos', () => {
    expect(closest('shet', ['sheet', 'clay'])).toBe('sheet');
    expect(closest('banana', ['sheet', 'clay'])).toBeUndefined();
  });
});

describe('the article as data', () => {
  it('six scenarios with the article choices', () => {
    const choices = Object.fromEntries(data.scenarios.map((s) => [s.id, s.choice]));
    expect(choices).toEqual({
      'daily-maintenance': 'serum',
      'post-travel': 'mask',
      breakouts: 'serum',
      'dry-weather': 'mask',
      'big-event': 'mask',
      'fine-lines': 'both',
    });
    expect(data.scenarios.find((s) => s.id === 'breakouts')!.actives).toEqual(['niacinamide']);
    expect(data.scenarios.find((s) => s.id === 'fine-lines')!.actives).toEqual(['peptides']);
  });
  it('comparison has the six rows, key features, the five actives and five mask types', () => {
    const c = comparison(data);
    expect(c.rows.map((r) => r.id)).toEqual([
      'usage-frequency',
      'treatment-duration',
      'texture',
      'main-purpose',
      'absorption',
      'best-for',
    ]);
    expect(c.rows.find((r) => r.id === 'usage-frequency')!.mask).toMatch(/2 to 4/);
    // Every active glowplan knows, the article's five marked.
    expect(c.serumActives.map((a) => a.id)).toEqual(data.actives.map((a) => a.id));
    expect(c.serumActives.length).toBe(10);
    expect(c.serumActives.filter((a) => a.inArticle).map((a) => a.id)).toEqual([
      'hyaluronic-acid',
      'vitamin-c',
      'retinol',
      'niacinamide',
      'peptides',
    ]);
    expect(c.maskTypes.map((m) => m.id)).toEqual(['sheet', 'clay', 'cream', 'gel', 'sleeping']);
    expect(c.keyFeatures.mask.points.length).toBe(4);
    expect(c.keyFeatures.serum.points.length).toBe(4);
  });
  it('the three routine options, the tips, the FAQ and the bundle are there', () => {
    expect(data.routines.routineOptions.map((o) => o.steps.join('>'))).toEqual([
      'cleanser>mask>serum>moisturizer',
      'cleanser>serum>mask',
      '',
    ]);
    expect(data.advice.tips.length).toBe(4);
    expect(data.advice.faq.length).toBe(4);
    expect(data.advice.bundle.masks.map((m) => m.name)).toEqual([
      'Hyaluronic acid mask',
      'Collagen mask',
      'Vitamin C mask',
    ]);
  });
});
