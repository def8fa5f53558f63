// Writes the README's rules table from the rule modules (src/rules/safety/) and their sources (data/sources.json),
// between the rules-table markers. `--check` changes nothing and exits 1 when the README is out of date (a test runs
// it). An optional path checks or rewrites another copy of the README.
//
//   node scripts/rules-table.mjs            rewrite README.md (npm run rules-table)
//   node scripts/rules-table.mjs --check    exit 1 when README.md is out of date
import { build } from 'esbuild';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format } from 'prettier';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const START = '<!-- rules-table:start (generated from src/rules/safety/ by npm run rules-table: do not edit) -->';
const END = '<!-- rules-table:end -->';

const args = process.argv.slice(2);
const check = args.includes('--check');
const readmePath = resolve(ROOT, args.find((a) => !a.startsWith('--')) ?? 'README.md');
const fail = (message) => {
  process.stderr.write(`rules-table: ${message}\n`);
  process.exit(1);
};

/** The rules and the data, bundled from source in memory (no build of dist/ needed). */
async function loadRules() {
  const out = await build({
    stdin: {
      contents: "export { RULES } from './src/rules/safety/index.ts'; export { loadData } from './src/domain/data.ts';",
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    logLevel: 'error',
  });
  const code = out.outputFiles[0].text;
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}

/** Text for a Markdown table cell: one line, pipes escaped. */
const cell = (text) => text.replace(/\s+/g, ' ').replace(/\|/g, '\\|');

const { RULES, loadData } = await loadRules();
const data = loadData();
const rows = RULES.map((rule) => {
  const source = data.source(rule.source);
  const cited = source.url ? `[${cell(source.citation)}](${source.url})` : cell(source.citation);
  return `| \`${rule.id}\` | ${rule.severity} | ${cell(rule.message)} | ${cited} |`;
});
const table = ['| rule | severity | what it says | source |', '| --- | --- | --- | --- |', ...rows].join('\n');

const readme = readFileSync(readmePath, 'utf8');
const from = readme.indexOf(START);
const to = readme.indexOf(END);
if (from === -1 || to < from) fail(`${readmePath} has no "${START}" ... "${END}" block`);
const config = JSON.parse(readFileSync(resolve(ROOT, '.prettierrc.json'), 'utf8'));
const updated = await format(`${readme.slice(0, from + START.length)}\n\n${table}\n\n${readme.slice(to)}`, {
  ...config,
  filepath: readmePath,
});
if (check) {
  if (updated !== readme) fail(`the rules table in ${readmePath} is out of date: run npm run rules-table`);
} else if (updated !== readme) {
  const tmp = `${readmePath}.${process.pid}.tmp`;
  writeFileSync(tmp, updated);
  renameSync(tmp, readmePath);
  process.stderr.write(`rules-table: updated the rules table in ${readmePath}\n`);
}
