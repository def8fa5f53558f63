import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Rebuilds dist/ first when it is older than src/ or data/: spawned CLI runs never test a stale build.
    globalSetup: ['test/setup/fresh-build.ts'],
    testTimeout: 20000,
    env: { TZ: 'Europe/London' },
  },
});
