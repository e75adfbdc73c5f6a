import fs from 'fs';
import path from 'path';
import type { TestCloud } from './test-cloud';

const PNG = fs.readFileSync(path.join(__dirname, '../../emulator/seed/assets/products/morning-bowl.png'));

/** Calls community as `openid`; the whole envelope. */
export const community = (cloud: TestCloud, openid: string, data: Record<string, unknown>) => cloud.call('community', data, openid);

/** Calls community as `openid` and returns data, failing on an error envelope. */
export async function cm<T = any>(cloud: TestCloud, openid: string, data: Record<string, unknown>): Promise<T> {
  const res = await community(cloud, openid, data);
  if (!res.ok) throw new Error(`${String(data.action)} as ${openid}: ${res.error.code} ${res.error.message}`);
  return res.data as T;
}

/** POSTs `body` to the local cloud's upload route at `cloudPath`, as `openid` (no header when left out). */
export const upload = (cloud: TestCloud, cloudPath: string, body: BodyInit = PNG, openid?: string) =>
  fetch(`${cloud.url}/storage/upload?cloudPath=${encodeURIComponent(cloudPath)}`, {
    method: 'POST',
    headers: { 'content-type': 'image/png', ...(openid ? { 'x-wx-openid': openid } : {}) },
    body,
  });

/** Uploads a real PNG as `openid` to its own folder ugc/<openid>/; answers its cloud file id. */
export async function uploadPhoto(cloud: TestCloud, openid: string, name: string, ext = 'png'): Promise<string> {
  const res = await upload(cloud, `ugc/${openid}/${name}.${ext}`, PNG, openid);
  const body = (await res.json()) as { ok: boolean; data: { fileID: string } };
  if (!body.ok) throw new Error(`upload ${name}: ${JSON.stringify(body)}`);
  return body.data.fileID;
}

/** Waits until `check` holds (polling), for results that arrive asynchronously. */
export async function eventually<T>(read: () => Promise<T>, check: (value: T) => boolean, timeoutMs = 5000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (check(value) || Date.now() > until) return value;
    await new Promise((r) => setTimeout(r, 50));
  }
}
