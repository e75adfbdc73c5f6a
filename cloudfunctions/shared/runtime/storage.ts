import { cloudApp } from './cloud';
import { readRuntimeConfig } from './config';
import { fileUrls } from './files';

/**
 * Writes a file the function made (an export) to cloud storage and returns its id and
 * a temporary download URL. In CloudBase: the server SDK's uploadFile and
 * getTempFileURL; on the local cloud: its POST /storage/put (exports/ only), served at
 * /storage/<path>.
 */
export async function putFile(cloudPath: string, content: Buffer): Promise<{ fileId: string; url: string }> {
  const { serviceUrl } = readRuntimeConfig();
  let fileId: string;
  if (serviceUrl) {
    const base = serviceUrl.replace(/\/admin\/?$/, '');
    const res = await fetch(`${base}/storage/put?cloudPath=${encodeURIComponent(cloudPath)}`, { method: 'POST', body: new Uint8Array(content) });
    const body = (await res.json()) as { ok: boolean; data?: { fileID: string }; error?: { message: string } };
    if (!body.ok || !body.data) throw new Error(`local storage refused ${cloudPath}: ${body.error?.message ?? res.status}`);
    fileId = body.data.fileID;
  } else {
    const app = cloudApp() as unknown as { uploadFile(o: { cloudPath: string; fileContent: Buffer }): Promise<{ fileID: string }> };
    fileId = (await app.uploadFile({ cloudPath, fileContent: content })).fileID;
  }
  const url = (await fileUrls([fileId])).get(fileId);
  if (!url) throw new Error(`no download URL for ${fileId}`);
  return { fileId, url };
}
