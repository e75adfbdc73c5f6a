import { createHash } from 'crypto';
import { cloudApp } from '../runtime/cloud';
import { readRuntimeConfig } from '../runtime/config';
import type { OpenApi } from './open-api';

/** The open API this module calls (see ./open-api): functions bundling it declare it. */
export const OPEN_APIS = {
  getUnlimited: { permission: 'wxacode.getUnlimited', apiName: 'wxacode.getUnlimited' },
} as const satisfies Record<string, OpenApi>;

/**
 * The mini-program code (小程序码) a share poster carries: wxacode.getUnlimited
 * through CloudBase's open-API call, stored once in cloud storage per page+scene.
 * The local cloud has no WeChat to ask, so it answers null and the h5 poster
 * draws a QR code of the local URL instead.
 */
export async function miniProgramCode(page: string, scene: string): Promise<string | null> {
  if (readRuntimeConfig().serviceUrl) return null;
  const app = cloudApp() as unknown as {
    callCompatibleWxOpenApi(o: { apiName: string; requestData: Buffer }): Promise<unknown>;
    uploadFile(o: { cloudPath: string; fileContent: Buffer }): Promise<{ fileID: string }>;
  };
  const request = Buffer.from(JSON.stringify({ page, scene, check_path: false, width: 280 }));
  const image = await app.callCompatibleWxOpenApi({ apiName: OPEN_APIS.getUnlimited.apiName, requestData: request });
  if (!Buffer.isBuffer(image)) throw new Error(`wxacode.getUnlimited failed: ${JSON.stringify(image).slice(0, 200)}`);
  const name = createHash('sha1').update(`${page}?${scene}`).digest('hex');
  const { fileID } = await app.uploadFile({ cloudPath: `posters/${name}.png`, fileContent: image });
  return fileID;
}
