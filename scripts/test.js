// `npm test`: build the weapp and h5 apps when their sources changed (the simulate
// and browser tests use them), install WeChat's miniprogram-ci into .mpci/ if it is not
// there yet (tests/weapp runs DevTools' checks on the weapp build), then run every jest
// project. Extra args go to jest.
const path = require('path');
const { spawnSync } = require('child_process');
const { buildIfStale, ROOT } = require('./build-if-stale');
const { miniprogramCi } = require('./devtools-checks');

require('./check-native');
buildIfStale('weapp');
buildIfStale('h5');
miniprogramCi();
const jest = path.join(ROOT, 'node_modules', '.bin', 'jest');
const result = spawnSync(jest, process.argv.slice(2), { cwd: ROOT, stdio: 'inherit' });
process.exit(result.status ?? 1);
