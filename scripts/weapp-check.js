// `npm run check:weapp`: WeChat DevTools' own checks, offline, on the built mini-program
// (dist/ from `npm run build:weapp`, or WEAPP_DIR): the 代码质量 panel (compression,
// lazyCodeLoading, package sizes, unused code...) and the DevTools compiler. The same checks run
// in `npm test` (tests/weapp/devtools-checks.test.ts); see scripts/devtools-checks.js.
// Exits non-zero when a check fails. Nothing is uploaded: the key is a placeholder.
const { runDevtoolsChecks } = require('./devtools-checks');

runDevtoolsChecks().then(
  ({ quality, compiledBytes, ms }) => {
    for (const r of quality) {
      const sizes = r.name === 'PACKAGE_SIZE_LIMIT' ? ` ${JSON.stringify(r.detail)}` : '';
      console.log(`${r.success ? 'PASS' : 'FAIL'} ${r.name}${r.success ? '' : ` ${r.text ?? ''}`}${sizes}`);
    }
    console.log(`PASS DevTools compiler (${compiledBytes} bytes compiled; checks took ${ms} ms)`);
    process.exit(quality.every((r) => r.success) ? 0 : 1);
  },
  (err) => {
    console.error(`FAIL ${err?.message ?? err}`);
    process.exit(1);
  },
);
