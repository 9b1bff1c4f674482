import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/globalSetup.ts'],
    testTimeout: 20_000,
    hookTimeout: 30_000,
    // Each file starts its own stand-ins on ephemeral ports; two workers match the 2-core machines.
    maxWorkers: 2,
    // Files share their worker's loaded modules (discord.js and the bot's own take ~1.3 s to load per file,
    // about half the suite's CPU time otherwise). Every test file builds its own bot, stand-ins and stores,
    // and none mocks a module, so nothing a file does leaks into the next one.
    isolate: false,
  },
});
