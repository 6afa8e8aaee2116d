import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The CLI tests run the built binary; give a cold machine time.
    testTimeout: 30_000,
  },
});
