/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  // One worker per core: jest's default leaves one core idle, which on a 2-core machine halves the pool.
  maxWorkers: '100%',
  // tsconfig's isolatedModules makes ts-jest only transpile; type checking runs once in `tsc --noEmit` (npm test).
  transform: { '^.+\\.ts$': 'ts-jest' },
  // Turns cdktf's per-token stack traces off before cdktf loads; see the file for why.
  setupFiles: ['<rootDir>/test/jest-setup.ts'],
  moduleFileExtensions: ['ts', 'js', 'json'],
  reporters: ['default', '<rootDir>/test/summary-reporter.js'],
};
