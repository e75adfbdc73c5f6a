import fs from 'fs';
import path from 'path';
import { createHash } from 'crypto';
import type { LocalCloud } from '../local-cloud';
import { database } from '../../cloudfunctions/shared/runtime/cloud';
import { now } from '../../cloudfunctions/shared/runtime/clock';
import { newId } from '../../cloudfunctions/shared/runtime/ids';
import { ADMIN, DEMO_CAST } from './demo-cast';
import { seedCatalogue } from './catalogue';
import { seedGroups } from './groups';
import { seedDistribution } from './distribution';
import { seedPolls } from './polls';
import { seedPosts } from './posts';
import { seedPickupPoints } from './pickup-points';
import { seedAddresses } from './addresses';
import { seedFulfilment } from './fulfilment';
import { seedCoCreation } from './cocreation';
import { seedPartners } from './partners';
import { seedRewards } from './rewards';
import { seedAnalyticsHistory } from './analytics-history';
import { castUser, openingGrant } from './users';
import { put } from './put';

const SEED_VERSION = 4;
const ASSETS = path.join(__dirname, 'assets');

/** Seeded ids are derived from a salt stored with the seed, so a re-run after a crash rewrites the same documents. */
export type SeedIds = (slug: string) => string;

/**
 * Fills an empty database. Idempotent: a finished seed is never run again, and
 * an interrupted one is re-run onto the same document ids. `none` still has the admin.
 */
export async function seedDatabase(cloud: LocalCloud, kind: 'demo' | 'none'): Promise<void> {
  const db = database();
  const marker = await db.collection('config').doc('seed').get();
  const state = marker.data?.[0] as { version: number; done: boolean; salt: string } | undefined;
  if (state?.done && state.version >= SEED_VERSION) return;
  const salt = state?.salt ?? newId();
  await db.collection('config').doc('seed').set({ version: SEED_VERSION, done: false, salt, kind });
  const ids: SeedIds = (slug) => createHash('sha256').update(`${salt}:${slug}`).digest('hex').slice(0, 32);

  copyAssets(cloud);
  const at = now();
  const cast = kind === 'demo' ? DEMO_CAST : [ADMIN];
  for (const member of cast) {
    await put(db, 'users', castUser(member, at));
    const opening = openingGrant(member, at);
    if (opening) await put(db, 'grants', opening);
  }
  if (kind === 'demo') {
    await seedCatalogue(db, ids, at);
    await seedPickupPoints(db, ids, at);
    await seedAddresses(cloud);
    await seedDistribution(cloud, ids);
    await seedGroups(cloud, ids);
    await seedFulfilment(cloud, ids);
    await seedCoCreation(cloud, ids);
    await seedPartners(cloud, ids);
    await seedRewards(cloud, ids);
    await seedPolls(cloud);
    await seedPosts(cloud);
    if (cloud.config.history) await seedAnalyticsHistory(cloud, ids);
  }
  await db.collection('config').doc('seed').set({ version: SEED_VERSION, done: true, salt, kind, seededAt: at });
}

/** The demo pictures ship in the repo; locally they live in cloud storage like uploads do. */
function copyAssets(cloud: LocalCloud) {
  const files: [string, string][] = [['brand-logo.png', 'brand/brand-logo.png']];
  const dirs = [['products', 'products'], ['products/thumbs', 'products/thumbs'], ['avatars', 'avatars'], ['ugc', 'ugc/seed'], ['ugc/thumbs', 'ugc/seed/thumbs'], ['partners', 'partners']];
  for (const [dir, to] of dirs) {
    const full = path.join(ASSETS, dir);
    if (!fs.existsSync(full)) continue;
    for (const name of fs.readdirSync(full)) if (name.endsWith('.png')) files.push([`${dir}/${name}`, `${to}/${name}`]);
  }
  for (const [from, to] of files) {
    const src = path.join(ASSETS, from);
    if (fs.existsSync(src)) cloud.storage.put(to, fs.readFileSync(src));
  }
  const fallback = path.join(ASSETS, 'avatars', 'avatar-8.png');
  if (fs.existsSync(fallback)) cloud.storage.put('avatars/default.png', fs.readFileSync(fallback));
}
