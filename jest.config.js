/** @type {import('jest').Config} */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json' }],
  },
  testMatch: ['<rootDir>/test/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/test/reality/'],
  maxWorkers: 2,
  // Not the system's temporary directory: a test run leaves nothing there.
  cacheDirectory: '<rootDir>/node_modules/.cache/jest',
  // Tests that run the bundled CLI or action as child processes take seconds on a busy 2-core
  // machine; speed is measured by the benchmark, not here.
  testTimeout: 60_000,
};
