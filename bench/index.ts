/**
 * `npm run bench`: prints figures about the local cloud and the app; asserts nothing.
 * Runs on a throwaway data dir so it never touches .data/.
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import { startTestCloud } from '../tests/helpers/test-cloud';
import { benchConditionalUpdates } from './conditional-updates';
import { benchIndexedQuery } from './indexed-query';
import { benchGroupJoins } from './group-joins';
import { benchSettlement } from './settlement';
import { benchPackageSize } from './package-size';
import { benchFeed } from './feed';
import { benchPaymentRush } from './payment-rush';
import { benchAnalytics } from './analytics';

async function main() {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'gongying-bench-'));
  console.log(`Gongying benchmarks — node ${process.version}, ${os.cpus().length} cores, ${os.cpus()[0]?.model ?? ''}`);
  const cloud = await startTestCloud({ seed: 'none' });
  try {
    await benchConditionalUpdates(cloud, scratch);
    await benchIndexedQuery(cloud);
    await benchGroupJoins(cloud);
    await benchPaymentRush(cloud);
    await benchSettlement(cloud);
    await benchFeed(cloud);
  } finally {
    await cloud.stop();
    fs.rmSync(scratch, { recursive: true, force: true });
  }
  await benchAnalytics();
  benchPackageSize();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
