// Two kinds of tests: node (domain rules, emulator, functions, browser, simulate)
// and jsdom (React components). `npm test` builds the apps first (scripts/test.js).
const common = {
  transform: { '^.+\\.[jt]sx?$': 'babel-jest' },
  setupFiles: ['<rootDir>/tests/setup-env.ts'],
  // On-demand tools (npm run mutation, npm run check:weapp) and Stryker's sandbox are not ours to test.
  modulePathIgnorePatterns: ['<rootDir>/.stryker-tmp/', '<rootDir>/.mutation/', '<rootDir>/.mpci/'],
  moduleNameMapper: {
    '^@shared/(.*)$': '<rootDir>/cloudfunctions/shared/$1',
    '^@/(.*)$': '<rootDir>/src/$1',
  },
};

module.exports = {
  projects: [
    {
      ...common,
      displayName: 'unit',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/tests/unit/**/*.test.ts'],
    },
    {
      ...common,
      displayName: 'cloud',
      testEnvironment: 'node',
      // Each file starts a local cloud (a demo seed is a few thousand function calls): jest's
      // 5 s default is a unit-test budget, and a busy CI machine took longer than that.
      setupFilesAfterEnv: ['<rootDir>/tests/setup-cloud-timeout.ts'],
      testMatch: ['<rootDir>/tests/{emulator,functions}/**/*.test.ts'],
    },
    {
      ...common,
      displayName: 'app',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/tests/{simulate,browser,weapp}/**/*.test.ts'],
    },
  ],
};
