// `npm run check:weapp`: WeChat DevTools' own checks, offline, on the built mini-program
// (dist/, from `npm run build:weapp`): the 代码质量 panel (compression, lazyCodeLoading,
// package sizes, unused code...) and the DevTools compiler. miniprogram-ci is about 275 MB,
// so it is installed on first use into .mpci/ (git-ignored), not as a dependency or in CI.
// Exits non-zero when a check fails. Nothing is uploaded: the key is a placeholder.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { ROOT, ensureTools } = require('./on-demand-tools');

if (!fs.existsSync(path.join(ROOT, 'dist', 'app.json'))) {
  console.error('[check:weapp] dist/ has no build: run npm run build:weapp first');
  process.exit(1);
}
const dir = ensureTools('.mpci', { 'miniprogram-ci': '2.1.42' }, 'check-weapp');
const ci = require(path.join(dir, 'node_modules', 'miniprogram-ci'));

(async () => {
  const project = new ci.Project({
    appid: 'wx0000000000000000',
    type: 'miniProgram',
    projectPath: ROOT,
    ignores: ['node_modules/**/*'],
    privateKey: 'local-check-only',
    attr: async () => ci.DefaultProjectAttr,
  });
  const results = await ci.checkCodeQuality(project);
  for (const r of results) {
    const sizes = r.name === 'PACKAGE_SIZE_LIMIT' ? ` ${JSON.stringify(r.detail)}` : '';
    console.log(`${r.success ? 'PASS' : 'FAIL'} ${r.name}${r.success ? '' : ` ${r.text ?? ''}`}${sizes}`);
  }
  const zip = path.join(os.tmpdir(), `gongying-weapp-${process.pid}.zip`);
  await ci.getCompiledResult({ project, setting: { es6: true }, onProgressUpdate() {} }, zip);
  fs.rmSync(zip, { force: true });
  console.log('PASS DevTools compiler');
  process.exit(results.every((r) => r.success) ? 0 : 1);
})().catch((err) => {
  console.error(`FAIL ${err?.message ?? err}`);
  process.exit(1);
});
