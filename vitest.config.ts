import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/globalSetup.ts'],
    testTimeout: 20_000,
    hookTimeout: 30_000,
    // Each file starts its own stand-ins on ephemeral ports; two workers match the 2-core machines.
    maxWorkers: 2,
  },
});
