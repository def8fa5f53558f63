// Mutation testing of the planning rules (src/rules/**, and src/lib/closest.ts, the did-you-mean they use): `npm run mutate`. Not part of `npm test`: it takes
// minutes, not seconds. The tests it runs are the in-process ones listed in vitest.stryker.config.ts. Reports go to
// reports/ and the sandboxes to .stryker-tmp/ (both gitignored). `npm run mutate -- --incremental` reuses the last
// run's results for unchanged code and tests.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  packageManager: 'npm',
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.stryker.config.ts' },
  mutate: ['src/rules/**/*.ts', 'src/lib/closest.ts'],
  coverageAnalysis: 'perTest',
  // Module-level code (a rule's id, message and source) runs once per import, so a mutant there needs the whole
  // suite (~20 s) rather than the tests that cover it; with a few hundred of them a run takes hours. They are left
  // out (counted as ignored, not in the score); the rule tables in test/rules check those ids, messages and URLs.
  ignoreStatic: true,
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  incrementalFile: 'reports/stryker-incremental.json',
  concurrency: 2,
  // A mutant may turn a loop endless: give up after twice the normal time plus 10 s.
  timeoutMS: 10000,
  timeoutFactor: 2,
  ignorePatterns: ['/coverage', '/.notes'],
  thresholds: { high: 90, low: 75, break: null },
};
