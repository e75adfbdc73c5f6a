// Builds a Taro target unless its output is newer than every source it is made from.
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');

const ROOT = path.resolve(__dirname, '..');
const SOURCES = ['src', 'config', 'cloudfunctions/shared', 'babel.config.js', 'package.json', 'tsconfig.json', 'tests/helpers/test-build-env.json'];
const OUTPUT = { h5: path.join(process.env.H5_DIR || 'dist-h5', 'index.html'), weapp: path.join(process.env.WEAPP_DIR || 'dist', 'app.js') };

function newestMtime(p) {
  let stat;
  try {
    stat = fs.statSync(p);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  return fs.readdirSync(p).reduce((max, name) => Math.max(max, newestMtime(path.join(p, name))), stat.mtimeMs);
}

function isStale(target) {
  const out = path.join(ROOT, OUTPUT[target]);
  if (!fs.existsSync(out)) return true;
  const built = fs.statSync(out).mtimeMs;
  return SOURCES.some((s) => newestMtime(path.join(ROOT, s)) > built);
}

// The weapp builds for tests carry subscription template ids (the app asks for consent only with one),
// unless the environment sets its own: tests/helpers/test-build-env.json.
function testBuildEnv() {
  const defaults = JSON.parse(fs.readFileSync(path.join(ROOT, 'tests/helpers/test-build-env.json'), 'utf8'));
  const env = { ...process.env };
  for (const [key, value] of Object.entries(defaults)) env[key] ??= value;
  return env;
}

function buildIfStale(target) {
  if (!isStale(target)) return;
  console.log(`[gongying] building the ${target} app…`);
  const taro = path.join(ROOT, 'node_modules', '.bin', 'taro');
  const result = spawnSync(taro, ['build', '--type', target], { cwd: ROOT, stdio: 'inherit', env: target === 'weapp' ? testBuildEnv() : process.env });
  if (result.status !== 0) {
    console.error(`[gongying] the ${target} build failed`);
    process.exit(result.status || 1);
  }
}

module.exports = { buildIfStale, ROOT };
