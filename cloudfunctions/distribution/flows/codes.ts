import { randomBytes } from 'crypto';
import type { Database } from '../../shared/runtime/cloud';
import { getDoc, insertOnce } from '../../shared/runtime/documents';
import { codeFromBytes } from '../../shared/domain/distribution';

export interface DistributorDoc {
  _id: string; // openid
  code: string;
  status: 'active' | 'suspended';
  source: 'cocreator' | 'application' | 'seed';
  createdAt: Date;
  updatedAt: Date;
}

/**
 * Makes `openid` a distributor with a fresh code, or reactivates them with their
 * old one. The code is a document id (`codes/<code>`), so two distributors can
 * never share one.
 */
export async function ensureDistributor(db: Database, openid: string, source: DistributorDoc['source'], now: Date, code?: string): Promise<DistributorDoc> {
  const existing = await getDoc<DistributorDoc>(db, 'distributors', openid);
  if (existing) {
    if (existing.status !== 'active') await db.collection('distributors').doc(openid).update({ status: 'active', updatedAt: now });
    await db.collection('users').doc(openid).update({ isDistributor: true, distributorCode: existing.code, updatedAt: now });
    return { ...existing, status: 'active' };
  }
  for (let attempt = 0; attempt < 5; attempt++) {
    const candidate = code ?? codeFromBytes(randomBytes(8));
    if (await insertOnce(db, 'codes', { _id: candidate, openid, createdAt: now })) return finish(db, openid, candidate, source, now);
    const owner = await getDoc<{ openid: string }>(db, 'codes', candidate);
    if (owner?.openid === openid) return finish(db, openid, candidate, source, now);
    if (code) throw new Error(`distribution code ${code} belongs to someone else`);
    // taken by someone else: draw again
  }
  throw new Error('could not draw a free distribution code');
}

async function finish(db: Database, openid: string, code: string, source: DistributorDoc['source'], now: Date): Promise<DistributorDoc> {
  const doc: DistributorDoc = { _id: openid, code, status: 'active', source, createdAt: now, updatedAt: now };
  if (!(await insertOnce(db, 'distributors', doc))) return (await getDoc<DistributorDoc>(db, 'distributors', openid))!;
  await db.collection('users').doc(openid).update({ isDistributor: true, distributorCode: code, updatedAt: now });
  return doc;
}

/** The active distributor behind a code, or null. */
export async function distributorByCode(db: Database, code: string): Promise<DistributorDoc | null> {
  const owner = await getDoc<{ openid: string }>(db, 'codes', code);
  if (!owner) return null;
  return getDoc<DistributorDoc>(db, 'distributors', owner.openid);
}
