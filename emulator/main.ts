import fs from 'fs';
import path from 'path';
import { startLocalCloud } from './local-cloud';
import { readLocalCloudConfig } from './config';
import { closeAndExport, importIntoDataDir, userPath } from './data-snapshot';

/** `npm start`: the local cloud with the h5 app, until interrupted. */
async function run() {
  // IMPORT=<file>: start from a snapshot (it replaces the data dir's database; the old one is kept as gongying.sqlite.bak).
  const importFile = process.env.IMPORT ? userPath(process.env.IMPORT) : null;
  const exportFile = process.env.EXPORT_ON_EXIT ? userPath(process.env.EXPORT_ON_EXIT) : null;
  if (exportFile && !fs.existsSync(path.dirname(exportFile))) throw new Error(`EXPORT_ON_EXIT: no directory ${path.dirname(exportFile)}`);
  if (importFile) {
    const dataDir = readLocalCloudConfig().dataDir;
    const counts = importIntoDataDir(dataDir, fs.readFileSync(importFile, 'utf8'), { replace: true });
    console.log(`[gongying] imported ${importFile}: ${counts.collections} collections, ${counts.documents} documents`);
  }
  // The demo comes with six weeks of history for 数据看板 (SEED_HISTORY=0: without). A snapshot is not seeded over.
  const cloud = await startLocalCloud({ history: process.env.SEED_HISTORY !== '0', ...(importFile ? { seed: 'none' as const } : {}) });
  const { dataDir, seed } = cloud.config;
  console.log(`[gongying] local cloud ready at ${cloud.url}  (data: ${dataDir}, ${importFile ? `snapshot: ${importFile}` : `seed: ${seed}`})`);
  console.log(`[gongying] open ${cloud.url}/#/pages/index/index`);
  console.log(`[gongying] console ${cloud.url}/console`);
  let stopping = false;
  const stop = () => {
    // Ctrl-C reaches this process twice under npm start (the terminal's and start.js's): the first one counts.
    if (stopping) return;
    stopping = true;
    if (!exportFile) return void cloud.close().then(() => process.exit(0));
    closeAndExport(cloud, exportFile).then(
      (counts) => {
        console.log(`[gongying] wrote ${exportFile}: ${counts.collections} collections, ${counts.documents} documents`);
        process.exit(0);
      },
      (err) => {
        console.error(`[gongying] EXPORT_ON_EXIT failed: ${err?.message ?? err}`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

run().catch((err) => {
  console.error(`[gongying] the local cloud could not start: ${err?.message ?? err}`);
  process.exit(1);
});
