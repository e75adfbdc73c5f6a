// `npm start`: build the h5 app when its sources changed, then run the local cloud
// (database, cloud functions, storage and the app) at http://127.0.0.1:${PORT:-8787}.
const path = require('path');
const { spawn } = require('child_process');
const { buildIfStale, ROOT } = require('./build-if-stale');

require('./check-native');
buildIfStale('h5');
const tsx = path.join(ROOT, 'node_modules', '.bin', 'tsx');
const child = spawn(tsx, [path.join(ROOT, 'emulator', 'main.ts')], { cwd: ROOT, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
