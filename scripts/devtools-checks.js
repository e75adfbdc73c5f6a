// WeChat DevTools' own checks, offline, through WeChat's CI package (miniprogram-ci, installed on
// first use into .mpci/): the 代码质量 panel (checkCodeQuality, 11 checks) and the DevTools
// compiler (getCompiledResult). Used by `npm run check:weapp` and tests/weapp/devtools-checks.test.ts.
//
// The checks run on a copy: a project folder with the built mini-program (dist/, or WEAPP_DIR) as
// its miniprogramRoot and this repository's project.config.json settings (the compression checks
// read them), so a build in another folder is checked the same way. Nothing is uploaded: the key
// is a placeholder and the project attributes are miniprogram-ci's defaults.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { ROOT, ensureTools } = require('./on-demand-tools');
const { CHECK_APPID, configuredAppid } = require('./project-appid');

const MPCI_VERSION = '2.1.42';

/** miniprogram-ci from .mpci/, installed there (about 275 MB, once) when missing. */
function miniprogramCi() {
  const dir = ensureTools('.mpci', { 'miniprogram-ci': MPCI_VERSION }, 'check-weapp');
  return require(path.join(dir, 'node_modules', 'miniprogram-ci'));
}

/** A throwaway DevTools project around a copy of the build; `adjust(dir)` may change it (tests). */
function checkProject(buildDir, adjust) {
  if (!fs.existsSync(path.join(buildDir, 'app.json'))) throw new Error(`${path.relative(ROOT, buildDir) || '.'}/ has no weapp build (app.json): run npm run build:weapp first`);
  const dir = fs.mkdtempSync(path.join(ROOT, '.tmp', 'devtools-check-'));
  fs.cpSync(buildDir, path.join(dir, 'miniprogram'), { recursive: true });
  const config = JSON.parse(fs.readFileSync(path.join(ROOT, 'project.config.json'), 'utf8'));
  delete config.cloudfunctionRoot;
  fs.writeFileSync(path.join(dir, 'project.config.json'), JSON.stringify({ ...config, miniprogramRoot: 'miniprogram/' }, null, 2));
  if (adjust) adjust(dir);
  return dir;
}

/**
 * Runs the checks on a weapp build. Returns `{ quality, compiledBytes, ms }`: quality is
 * checkCodeQuality's answer ({ name, success, text, detail } each), compiledBytes the size of the
 * compiler's zip (null when `compile` is false). Throws when the compiler fails.
 */
async function runDevtoolsChecks({ buildDir, compile = true, adjust } = {}) {
  buildDir ??= path.join(ROOT, process.env.WEAPP_DIR || 'dist');
  const ci = miniprogramCi();
  fs.mkdirSync(path.join(ROOT, '.tmp'), { recursive: true });
  const dir = checkProject(path.resolve(ROOT, buildDir), adjust);
  const started = Date.now();
  try {
    const project = new ci.Project({
      appid: configuredAppid() || CHECK_APPID,
      type: 'miniProgram',
      projectPath: dir,
      ignores: ['node_modules/**/*'],
      privateKey: 'local-check-only',
      attr: async () => ci.DefaultProjectAttr,
    });
    const quality = await ci.checkCodeQuality(project);
    let compiledBytes = null;
    if (compile) {
      const zip = path.join(os.tmpdir(), `gongying-weapp-${process.pid}-${Date.now()}.zip`);
      await ci.getCompiledResult({ project, setting: { es6: true }, onProgressUpdate() {} }, zip);
      compiledBytes = fs.statSync(zip).size;
      fs.rmSync(zip, { force: true });
    }
    return { quality, compiledBytes, ms: Date.now() - started };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Marks the one line of JSON the command prints (miniprogram-ci logs on stdout too). */
const RESULT_MARK = '[devtools-checks] ';

// `node scripts/devtools-checks.js [--build-dir DIR] [--no-compile] [--settings JSON]` prints
// RESULT_MARK + the result as JSON and exits (miniprogram-ci leaves a file watcher running, so
// callers such as the jest test run it as a child process). --settings merges into the copy's
// project.config.json `setting` (the tests switch compression off to see the check fail).
if (require.main === module) {
  const args = process.argv.slice(2);
  const value = (flag) => (args.includes(flag) ? args[args.indexOf(flag) + 1] : undefined);
  const settings = value('--settings') ? JSON.parse(value('--settings')) : null;
  const adjust = settings
    ? (dir) => {
        const file = path.join(dir, 'project.config.json');
        const config = JSON.parse(fs.readFileSync(file, 'utf8'));
        fs.writeFileSync(file, JSON.stringify({ ...config, setting: { ...config.setting, ...settings } }, null, 2));
      }
    : undefined;
  runDevtoolsChecks({ buildDir: value('--build-dir') && path.resolve(value('--build-dir')), compile: !args.includes('--no-compile'), adjust }).then(
    (result) => {
      console.log(RESULT_MARK + JSON.stringify(result));
      process.exit(0);
    },
    (err) => {
      console.log(RESULT_MARK + JSON.stringify({ error: String(err?.message ?? err) }));
      process.exit(1);
    },
  );
}

module.exports = { runDevtoolsChecks, miniprogramCi, MPCI_VERSION, RESULT_MARK };
