import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    // Dates in outputs are plain calendar dates; TZ is pinned in the npm script too.
    env: { TZ: 'UTC', NO_COLOR: '1' },
    testTimeout: 60_000,
    pool: 'threads',
  },
})
