// `npm run mutation`: mutation testing of the domain rules (cloudfunctions/shared/domain)
// with the unit tests alone, by StrykerJS. Heavy (about 180 packages) and a couple of minutes long,
// so it is not a dependency of the app and not part of CI: the first run installs
// Stryker into .mutation/ (git-ignored). Extra args go to `stryker run`, e.g.
//   npm run mutation -- --mutate cloudfunctions/shared/domain/order.ts
// The report: reports/mutation/mutation.html (and .json).
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');

const ROOT = path.resolve(__dirname, '..');
const TOOL_DIR = path.join(ROOT, '.mutation');
// StrykerJS 9+ needs Node 22; 8.7.1 is the last that runs on Node 20. Core and runner must match.
const VERSION = '8.7.1';
const PACKAGES = ['@stryker-mutator/core', '@stryker-mutator/jest-runner'];

function installedVersion(name) {
  try {
    return JSON.parse(fs.readFileSync(path.join(TOOL_DIR, 'node_modules', name, 'package.json'), 'utf8')).version;
  } catch {
    return null;
  }
}

function run(command, args, cwd) {
  const result = spawnSync(command, args, { cwd, stdio: 'inherit' });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

if (PACKAGES.some((name) => installedVersion(name) !== VERSION)) {
  console.log(`[mutation] installing StrykerJS ${VERSION} into .mutation/ (once)`);
  fs.mkdirSync(TOOL_DIR, { recursive: true });
  fs.writeFileSync(
    path.join(TOOL_DIR, 'package.json'),
    JSON.stringify({ name: 'gongying-mutation-tools', private: true, description: 'StrykerJS for npm run mutation; not part of the app' }, null, 2) + '\n',
  );
  const status = run('npm', ['install', '--no-audit', '--no-fund', '--save-exact', ...PACKAGES.map((name) => `${name}@${VERSION}`)], TOOL_DIR);
  if (status !== 0) {
    console.error('[mutation] could not install StrykerJS (is the npm registry reachable?)');
    process.exit(status);
  }
}

const stryker = path.join(TOOL_DIR, 'node_modules', '@stryker-mutator', 'core', 'bin', 'stryker.js');
process.exit(run(process.execPath, [stryker, 'run', 'stryker.config.json', ...process.argv.slice(2)], ROOT));
