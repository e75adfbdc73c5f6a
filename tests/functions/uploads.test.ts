import fs from 'fs';
import path from 'path';
import { startTestCloud, TestCloud } from '../helpers/test-cloud';
import { upload, uploadPhoto } from '../helpers/community';

const ASSETS = path.join(__dirname, '../../emulator/seed/assets/products');
/** BOWL is the picture uploadPhoto sends. */
const [BOWL, OTHER] = ['morning-bowl.png', 'grain-box.png'].map((name) => fs.readFileSync(path.join(ASSETS, name)));

describe('local uploads', () => {
  let cloud: TestCloud;
  beforeAll(async () => {
    cloud = await startTestCloud();
  });
  afterAll(() => cloud?.stop());

  const served = async (cloudPath: string) => Buffer.from(await (await fetch(`${cloud.url}/storage/${cloudPath}`)).arrayBuffer());
  const refusal = async (res: Response) => ({ status: res.status, code: ((await res.json()) as any).error?.code });

  it("never replace another user's photo: writing into their folder is forbidden", async () => {
    await uploadPhoto(cloud, 'alice', 'photo');
    const res = await upload(cloud, 'ugc/alice/photo.png', OTHER, 'bob');
    expect(await refusal(res)).toEqual({ status: 403, code: 'FORBIDDEN' });
    expect((await upload(cloud, 'ugc/alice/new.png', OTHER, 'bob')).status).toBe(403);
    expect((await upload(cloud, 'ugc/alicex/new.png', OTHER, 'alice')).status).toBe(403);
    expect((await served('ugc/alice/photo.png')).equals(BOWL)).toBe(true);
  });

  it('never overwrite a file, not even the uploader’s own (409 FILE_EXISTS)', async () => {
    await uploadPhoto(cloud, 'carol', 'kept');
    const res = await upload(cloud, 'ugc/carol/kept.png', OTHER, 'carol');
    expect(res.status).toBe(409);
    expect(await res.json()).toMatchObject({ ok: false, error: { code: 'FILE_EXISTS', message: expect.stringContaining('同名文件已存在') } });
    expect((await served('ugc/carol/kept.png')).equals(BOWL)).toBe(true);
  });

  it('store exactly one of many uploads racing for one new path, whole', async () => {
    const bodies = Array.from({ length: 20 }, (_, i) => (i % 2 ? OTHER : BOWL));
    const statuses = await Promise.all(bodies.map(async (body) => (await upload(cloud, 'ugc/dave/race.png', body, 'dave')).status));
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(19);
    const stored = await served('ugc/dave/race.png');
    expect(stored.equals(BOWL) || stored.equals(OTHER)).toBe(true);
    expect(fs.readdirSync(path.join(cloud.storage.root, 'ugc', 'dave'))).toEqual(['race.png']);
  });

  it.each([
    'ugc/erin/../alice/photo.png',
    'ugc/erin/%2e%2e/alice/photo.png',
    'ugc/erin/./x.png',
    '/ugc/erin/x.png',
    'ugc\\erin\\x.png',
    'ugc/erin\\..\\alice\\photo.png',
    '',
  ])('refuse a path that climbs out of the folder or is absolute: %j', async (cloudPath) => {
    const res = await upload(cloud, decodeURIComponent(cloudPath), OTHER, 'erin');
    expect(await refusal(res)).toEqual({ status: 400, code: 'INVALID_ARGUMENT' });
    expect((await served('ugc/alice/photo.png')).equals(BOWL)).toBe(true);
  });

  it('refuse bad names, bodies and callers with a clear code, never a 500', async () => {
    expect(await refusal(await upload(cloud, 'ugc/erin/x.exe', BOWL, 'erin'))).toEqual({ status: 400, code: 'INVALID_ARGUMENT' });
    expect(await refusal(await upload(cloud, 'ugc/erin/x.png', 'not a picture', 'erin'))).toEqual({ status: 400, code: 'INVALID_ARGUMENT' });
    expect(await refusal(await upload(cloud, 'ugc/erin/x.png', BOWL))).toEqual({ status: 401, code: 'UNAUTHENTICATED' });
    expect(await refusal(await upload(cloud, 'ugc/../x.png', BOWL, '..'))).toEqual({ status: 401, code: 'UNAUTHENTICATED' });
    const big = await upload(cloud, 'ugc/erin/big.png', Buffer.concat([BOWL, Buffer.alloc(11 * 1024 * 1024)]), 'erin');
    expect(big.status).toBe(413);
    expect(await big.json()).toMatchObject({ ok: false, error: { message: expect.stringContaining('10 MB') } });
  });
});
