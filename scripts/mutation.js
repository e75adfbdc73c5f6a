// `npm run mutation`: mutation testing of the domain rules (cloudfunctions/shared/domain)
// with the unit tests alone, by StrykerJS. Heavy (about 180 packages) and a couple of minutes long,
// so it is not a dependency of the app and not part of CI: the first run installs
// Stryker into .mutation/ (git-ignored). Extra args go to `stryker run`, e.g.
//   npm run mutation -- --mutate cloudfunctions/shared/domain/order.ts
// The report: reports/mutation/mutation.html (and .json).
const path = require('path');
const { ROOT, ensureTools, run } = require('./on-demand-tools');

// StrykerJS 9+ needs Node 22; 8.7.1 is the last that runs on Node 20. Core and runner must match.
const dir = ensureTools('.mutation', { '@stryker-mutator/core': '8.7.1', '@stryker-mutator/jest-runner': '8.7.1' }, 'mutation');
const stryker = path.join(dir, 'node_modules', '@stryker-mutator', 'core', 'bin', 'stryker.js');
process.exit(run(process.execPath, [stryker, 'run', 'stryker.config.json', ...process.argv.slice(2)], ROOT));
