/**
 * `npm run bench`: prints figures about the local cloud and the app. It asserts nothing
 * but the budgets the README states: a call over its round-trip budget, the first
 * screen over 60 KB of JSON or the weapp main package over 512 KB make it exit 1.
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
import { benchPackageSize, MAIN_PACKAGE_BUDGET_KB } from './package-size';
import { benchFeed } from './feed';
import { benchPaymentRush } from './payment-rush';
import { benchAnalytics } from './analytics';
import { benchRoundTrips } from './round-trips';
import { benchHotDeal } from './hot-deal';
import { benchFunctionBundles } from './function-bundles';

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
    await benchHotDeal(cloud);
  } finally {
    await cloud.stop();
    fs.rmSync(scratch, { recursive: true, force: true });
  }
  await benchRoundTrips();
  await benchAnalytics();
  await benchFunctionBundles();
  const weapp = benchPackageSize();
  if (weapp && weapp.main > MAIN_PACKAGE_BUDGET_KB * 1024) process.exitCode = 1;
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
