import { startLocalCloud } from './local-cloud';

/** `npm start`: the local cloud with the h5 app, until interrupted. */
async function run() {
  // The demo comes with six weeks of history for 数据看板 (SEED_HISTORY=0: without).
  const cloud = await startLocalCloud({ history: process.env.SEED_HISTORY !== '0' });
  const { dataDir, seed } = cloud.config;
  console.log(`[gongying] local cloud ready at ${cloud.url}  (data: ${dataDir}, seed: ${seed})`);
  console.log(`[gongying] open ${cloud.url}/#/pages/index/index`);
  const stop = () => void cloud.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

run().catch((err) => {
  console.error(`[gongying] the local cloud could not start: ${err?.message ?? err}`);
  process.exit(1);
});
