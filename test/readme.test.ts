// The README is the user's manual: it must keep up with the rules and commands.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES } from '../src/rules/safety/index.js';
import { ROOT } from './helpers.js';

const readme = readFileSync(`${ROOT}/README.md`, 'utf8');

describe('README', () => {
  it('has the quick start and the test command', () => {
    expect(readme).toContain('npm install && npx glowplan week');
    expect(readme).toContain('npm test');
  });
  it.each(RULES.map((r) => r.id))('documents the rule %s', (id) => {
    expect(readme).toContain(`\`${id}\``);
  });
  it.each(['compare', 'scenario', 'plan', 'week', 'rules'])('documents glowplan %s', (cmd) => {
    expect(readme).toContain(`### ${cmd}`);
  });
});
