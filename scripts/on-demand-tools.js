// Developer tools too heavy to be dependencies of the app (and not part of CI): each is
// installed on first use into its own git-ignored folder, at a pinned version.
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');

const ROOT = path.resolve(__dirname, '..');

function installedVersion(dir, name) {
  try {
    return JSON.parse(fs.readFileSync(path.join(dir, 'node_modules', name, 'package.json'), 'utf8')).version;
  } catch {
    return null;
  }
}

function run(command, args, cwd) {
  const result = spawnSync(command, args, { cwd, stdio: 'inherit' });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

/** Makes sure `packages` ({ name: version }) are installed in ROOT/<folder>; returns that folder. */
function ensureTools(folder, packages, label) {
  const dir = path.join(ROOT, folder);
  const wanted = Object.entries(packages);
  if (wanted.every(([name, version]) => installedVersion(dir, name) === version)) return dir;
  console.log(`[${label}] installing ${wanted.map(([n, v]) => `${n}@${v}`).join(', ')} into ${folder}/ (once)`);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: `gongying-${label}-tools`, private: true, description: `tools for npm run ${label}; not part of the app` }, null, 2) + '\n');
  const status = run('npm', ['install', '--no-audit', '--no-fund', '--save-exact', ...wanted.map(([n, v]) => `${n}@${v}`)], dir);
  if (status !== 0) {
    console.error(`[${label}] could not install its tools (is the npm registry reachable?)`);
    process.exit(status);
  }
  return dir;
}

module.exports = { ROOT, ensureTools, run };
