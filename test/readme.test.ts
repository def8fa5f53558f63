// The README is the user's manual: it must keep up with the rules, commands, formats, schemas and exit codes.
// (Its examples are run against the built glowplan in readme-examples.test.ts.)
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES } from '../src/rules/safety/index.js';
import { RESULT_FORMATS, FORMATS } from '../src/results/types.js';
import { SCHEMAS } from '../src/commands/schema.js';
import { SIGNAL_EXIT_CODES } from '../src/cli/interrupt.js';
import { RuntimeError, UsageError } from '../src/lib/errors.js';
import { ROOT, readmeSection } from './helpers.js';

const readme = readFileSync(`${ROOT}/README.md`, 'utf8');
const section = (heading: string) => readmeSection(readme, heading);

/** The rows of the first Markdown table in `text` (after its header), as arrays of cells. */
function tableRows(text: string): string[][] {
  const lines = text.split('\n');
  const first = lines.findIndex((line) => line.startsWith('|'));
  const end = lines.findIndex((line, i) => i > first && !line.startsWith('|'));
  return lines.slice(first + 2, end < 0 ? undefined : end).map((line) =>
    line
      .slice(1, -1)
      .split('|')
      .map((cell) => cell.trim()),
  );
}

describe('README', () => {
  it('has the quick start and the test command', () => {
    const quick = section('## Quick start');
    expect(quick).toContain('```sh\nnpm install && npx glowplan week\n```');
    expect(quick).toContain('```sh\nnpm test\n```');
  });
  it.each(RULES.map((r) => r.id))('documents the rule %s', (id) => {
    expect(readme).toContain(`\`${id}\``);
  });
  it.each(['compare', 'scenario', 'plan', 'week', 'rules', 'log', 'history'])('documents glowplan %s', (cmd) => {
    expect(readme).toContain(`### ${cmd}`);
  });
  it('lists every command in the commands table', () => {
    const listed = tableRows(section('## Commands')).map((row) => row[0]!.match(/`glowplan ([a-z]+)/)![1]);
    expect(listed).toEqual([
      'compare',
      'scenario',
      'plan',
      'week',
      'rules',
      'profile',
      'log',
      'history',
      'schema',
      'completion',
    ]);
  });
  it('installs the tarball npm pack writes for this version', () => {
    const { version } = JSON.parse(readFileSync(`${ROOT}/package.json`, 'utf8')) as { version: string };
    expect(section('## Install')).toContain(`npm install -g ./glowplan-${version}.tgz`);
  });
  it('has no heading twice', () => {
    const headings = readme.match(/^#{2,3} .*$/gm)!;
    expect(headings.length).toBeGreaterThan(20);
    expect(new Set(headings).size).toBe(headings.length);
  });
  it('keeps developer matters in CONTRIBUTING.md and names nothing outside the repository', () => {
    expect(readme).not.toMatch(/^## Development/m);
    expect(readme).toContain('`CONTRIBUTING.md`');
    expect(readme).not.toMatch(/\bissues? #?\d|clarification|research notes/i);
  });
});

describe('README formats', () => {
  const rows = tableRows(section('## Output formats'));
  it('lists every format', () => {
    expect(rows.map((row) => row[0])).toEqual(FORMATS.map((f) => `\`${f}\``));
  });
  it.each(FORMATS.filter((f) => f !== 'json'))('names exactly the commands that offer %s', (format) => {
    const row = rows.find((r) => r[0] === `\`${format}\``)!;
    const named = row[1]!.split(', ').map((c) => (c === 'profile show' ? 'profile' : c));
    const offering = Object.entries(RESULT_FORMATS)
      .filter(([, formats]) => (formats as readonly string[]).includes(format))
      .map(([command]) => command);
    expect(named.sort()).toEqual(offering.sort());
  });
});

describe('README schemas', () => {
  it('lists the names glowplan schema prints, in its order', () => {
    const line = readme.match(/glowplan schema +# the names: (.*)/)![1]!;
    expect(line.split(', ')).toEqual(Object.keys(SCHEMAS));
  });
  it('describes every schema in its table', () => {
    const names = tableRows(section('## JSON Schemas: the contract for scripts')).map((row) => row[0]);
    expect(names).toEqual(Object.keys(SCHEMAS).map((n) => `\`${n}\``));
  });
});

describe('README exit codes', () => {
  it('lists the codes glowplan exits with', () => {
    const codes = tableRows(section('## Exit codes')).map((row) => Number(row[0]));
    expect(codes).toEqual([
      0,
      new RuntimeError('x').exitCode,
      new UsageError('x').exitCode,
      SIGNAL_EXIT_CODES.SIGINT,
      SIGNAL_EXIT_CODES.SIGTERM,
    ]);
  });
});
