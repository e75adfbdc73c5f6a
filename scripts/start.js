// `npm start`: build the h5 app when its sources changed, then run the local cloud
// (database, cloud functions, storage and the app) at http://127.0.0.1:${PORT:-8787}.
const path = require('path');
const { spawn } = require('child_process');
const { buildIfStale, ROOT } = require('./build-if-stale');

require('./check-native');
buildIfStale('h5');
// Node runs the server itself with tsx's loader, so signals reach it directly.
const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'emulator', 'main.ts')], {
  cwd: ROOT,
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
