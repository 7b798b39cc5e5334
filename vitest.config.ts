import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['server/src/**/*.test.ts', 'printers/src/**/*.test.ts', 'kiosk-ui/src/**/*.test.ts', 'test/**/*.test.ts'],
    benchmark: { include: ['test/bench/**/*.bench.ts'] },
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Browser and child-process tests start real servers; two cores, so keep forks modest.
    poolOptions: { forks: { maxForks: 2, minForks: 1 } },
  },
})
