import { CollectionReference } from '@cloudbase/database';
import { startTestCloud, TestCloud } from '../helpers/test-cloud';
import { dist, makeDistributor } from '../helpers/distribution';
import { cm, community } from '../helpers/community';
import { insertOnce, isDuplicateKey } from '../../cloudfunctions/shared/runtime/documents';

const DAY = 86_400_000;
let cloud: TestCloud;
beforeAll(async () => {
  cloud = await startTestCloud({ seed: 'none' });
});
afterAll(() => cloud.stop());
afterEach(() => jest.restoreAllMocks());

/** The next `add` into `collection` fails with `error` (a failure that is not a duplicate key). */
function failNextAdd(collection: string, error: { code: string; message: string }) {
  jest.spyOn(console, 'error').mockImplementation(() => undefined); // the router logs the INTERNAL failure
  const original = CollectionReference.prototype.add;
  const spy = jest.spyOn(CollectionReference.prototype, 'add').mockImplementation(function (this: CollectionReference, data: unknown) {
    if (this.name === collection) {
      spy.mockRestore();
      return Promise.reject(Object.assign(new Error(error.message), error));
    }
    return original.call(this, data);
  });
}

const PERMISSION_DENIED = { code: 'DATABASE_PERMISSION_DENIED', message: '[AuthFailure] permission denied' };

describe('a conditional insert', () => {
  it('tells a duplicate _id (someone else won) from any other failure', async () => {
    const doc = { _id: 'once-1', at: 1 };
    expect(await insertOnce(cloud.db, 'config', doc)).toBe(true);
    expect(await insertOnce(cloud.db, 'config', doc)).toBe(false);
    const duplicate = await cloud.db.collection('config').add(doc).then(() => null, (err: unknown) => err);
    expect(isDuplicateKey(duplicate)).toBe(true);
    expect(isDuplicateKey(Object.assign(new Error('timeout'), { code: 'DATABASE_REQUEST_FAILED' }))).toBe(false);
    failNextAdd('config', PERMISSION_DENIED);
    await expect(insertOnce(cloud.db, 'config', { _id: 'once-2' })).rejects.toMatchObject({ code: 'DATABASE_PERMISSION_DENIED' });
  });

  it('answers INTERNAL, not "already bound", when writing a binding fails for another reason', async () => {
    const code = await makeDistributor(cloud, 'err-leader');
    failNextAdd('bindings', PERMISSION_DENIED);
    expect(await cloud.call('distribution', { action: 'bind', code }, 'err-shopper')).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect((await cloud.db.collection('bindings').doc('err-shopper').get()).data).toEqual([]);
    expect(await dist(cloud, 'err-shopper', { action: 'bind', code })).toMatchObject({ bound: true });
  });

  it('answers INTERNAL, not "liked by a rival tap", when writing a like fails for another reason', async () => {
    const { postId } = await cm(cloud, 'err-author', { action: 'createPost', text: '能量碗真好吃' });
    failNextAdd('likes', PERMISSION_DENIED);
    expect(await community(cloud, 'err-fan', { action: 'likePost', postId })).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect((await cloud.db.collection('likes').where({ postId }).count()).total).toBe(0);
    expect(await cm(cloud, 'err-fan', { action: 'likePost', postId })).toMatchObject({ liked: true, likes: 1 });
  });
});

describe('binding loops', () => {
  it('never binds two people to each other, however many bind to each other at once', async () => {
    const pairs = 15;
    const people = Array.from({ length: pairs * 2 }, (_, i) => `cross-${i}`);
    const codes = new Map<string, string>();
    for (const p of people) codes.set(p, await makeDistributor(cloud, p));
    for (let round = 0; round < 4; round++) {
      const calls = [];
      for (let i = 0; i < pairs; i++) {
        const [a, b] = [people[2 * i], people[2 * i + 1]];
        calls.push(dist(cloud, a, { action: 'bind', code: codes.get(b) }).then((r) => [a, b, r.bound] as const));
        calls.push(dist(cloud, b, { action: 'bind', code: codes.get(a) }).then((r) => [b, a, r.bound] as const));
      }
      const answers = await Promise.all(calls);
      const now = Date.parse((await (await fetch(`${cloud.url}/dev/clock`)).json()).data.now);
      const validTo = async (who: string) => {
        const doc = (await cloud.db.collection('bindings').doc(who).get()).data[0];
        return doc && Date.parse(doc.expiresAt) > now ? (doc.distributorOpenid as string) : null;
      };
      for (const [from, to, bound] of answers) {
        // The answer is the truth: a call told "bound" is never undone afterwards.
        expect(await validTo(from)).toBe(bound ? to : null);
        expect(bound && (await validTo(to)) === from).toBe(false);
      }
      cloud.clock.advance(31 * DAY);
    }
  });
});
