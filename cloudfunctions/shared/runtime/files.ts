import { cloudApp } from './cloud';
import { readRuntimeConfig } from './config';

/**
 * A URL the content-check platform can fetch for a cloud file id. In CloudBase a
 * temporary download URL; on the local cloud its own /storage/<path> route (the ids
 * are `cloud://<env>.<bucket>/<path>` there too).
 */
export async function fileUrls(fileIds: readonly string[]): Promise<Map<string, string>> {
  const urls = new Map<string, string>();
  if (!fileIds.length) return urls;
  const { serviceUrl } = readRuntimeConfig();
  if (serviceUrl) {
    const base = serviceUrl.replace(/\/admin\/?$/, '');
    for (const id of fileIds) urls.set(id, `${base}/storage/${id.replace(/^cloud:\/\/[^/]+\//, '')}`);
    return urls;
  }
  const res = await cloudApp().getTempFileURL({ fileList: fileIds.map((fileID) => ({ fileID, maxAge: 3600 })) });
  for (const file of res.fileList ?? []) {
    if (file.tempFileURL && String(file.code ?? 'SUCCESS') === 'SUCCESS') urls.set(file.fileID, file.tempFileURL);
  }
  return urls;
}
