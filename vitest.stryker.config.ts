// Vitest config for mutation testing only (`npm run mutate`, see stryker.config.mjs). Stryker mutates
// src/rules/**, so only the test files that run that source in-process are listed: tests that spawn the built
// bin/glowplan.js run dist/ and can never see a mutant. test/batch.test.ts, test/terminal.test.ts and
// test/fuzz.test.ts are left out: they mostly spawn the bin, check formatting or robustness to bad input, and cost
// seconds on every static mutant (fuzz's very large file times out under Stryker's instrumentation). Property tests
// run fewer cases here (FC_RUNS). The pinned plans (test/batch-pinned.test.ts, test/plans-pinned.test.ts) run the
// batch in-process: any change to a night, a step, a warning's words or an explanation fails them.
import { defineConfig } from 'vitest/config';

// Stryker's runner runs the tests in worker threads of its own process, where `test.env` comes too late for the
// time zone: set it here, before any worker starts.
process.env.TZ = 'Europe/London';

export default defineConfig({
  test: {
    include: [
      'test/data.test.ts',
      'test/ics.test.ts',
      'test/markdown.test.ts',
      'test/profile.test.ts',
      'test/prompts.test.ts',
      'test/properties.test.ts',
      'test/readme.test.ts',
      'test/rules/*.test.ts',
      'test/scenario.test.ts',
      'test/schemas.test.ts',
      'test/journal-plan.test.ts',
      'test/batch-pinned.test.ts',
      'test/plans-pinned.test.ts',
    ],
    testTimeout: 20000,
    env: { TZ: 'Europe/London', FC_RUNS: '40' },
  },
});
