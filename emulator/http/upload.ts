import type { IncomingMessage, ServerResponse } from 'http';
import type { LocalCloud } from '../local-cloud';
import { HttpError, readBody, sendJson } from './io';

const MAX_IMAGE = 10 * 1024 * 1024;
const OPENID = /^[A-Za-z0-9_-]{1,64}$/;
/** A photo's name under the uploader's own folder ugc/<openid>/, or its list-sized copy `<name>.thumb.jpg` (see src/services/storage.ts). */
const PHOTO_NAME = /^([A-Za-z0-9_-]+\/)*[A-Za-z0-9_-]+(\.thumb)?\.(jpg|jpeg|png|gif|webp)$/;

/** The picture formats accepted, by their first bytes (the name's extension is not trusted). */
export function imageKind(bytes: Buffer): 'png' | 'jpeg' | 'gif' | 'webp' | null {
  if (bytes.length >= 8 && bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'png';
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  if (bytes.length >= 6 && /^GIF8[79]a$/.test(bytes.subarray(0, 6).toString('latin1'))) return 'gif';
  if (bytes.length >= 12 && bytes.subarray(0, 4).toString('latin1') === 'RIFF' && bytes.subarray(8, 12).toString('latin1') === 'WEBP') return 'webp';
  return null;
}

const fail = (res: ServerResponse, status: number, code: string, message: string) => sendJson(res, status, { ok: false, error: { code, message } });

/**
 * POST /storage/upload?cloudPath=ugc/<openid>/…: the local stand-in for wx.cloud.uploadFile.
 * The body is the file; the answer is the same `cloud://` file id CloudBase gives,
 * served afterwards at /storage/<cloudPath>. An existing file is never replaced (409).
 */
export async function uploadFile(cloud: LocalCloud, url: URL, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const openid = req.headers['x-wx-openid'];
  if (typeof openid !== 'string' || !OPENID.test(openid)) return fail(res, 401, 'UNAUTHENTICATED', '请先在微信中打开小程序');
  const cloudPath = url.searchParams.get('cloudPath') ?? '';
  const refusal = pathRefusal(cloudPath, openid);
  if (refusal) return fail(res, refusal.status, refusal.code, refusal.message);
  const body = await readBody(req, MAX_IMAGE).catch((err) => {
    if (err instanceof HttpError) return null;
    throw err;
  });
  if (!body) return fail(res, 413, 'INVALID_ARGUMENT', '图片不能超过 10 MB');
  if (!imageKind(body)) return fail(res, 400, 'INVALID_ARGUMENT', '只能上传 JPG、PNG、GIF 或 WebP 图片');
  const fileID = cloud.storage.create(cloudPath, body);
  if (!fileID) return fail(res, 409, 'FILE_EXISTS', '同名文件已存在，不能覆盖，请换个文件名重新上传');
  sendJson(res, 200, { ok: true, data: { fileID } });
}

/** A user writes only new files under ugc/<own openid>/: no way out of it, nobody else's folder. */
export function pathRefusal(cloudPath: string, openid: string): { status: number; code: string; message: string } | null {
  if (!cloudPath || cloudPath.startsWith('/') || cloudPath.includes('\\') || cloudPath.split('/').some((part) => part === '..' || part === '.')) {
    return { status: 400, code: 'INVALID_ARGUMENT', message: '文件路径不正确：不能以 / 开头，不能含 .. 或反斜杠' };
  }
  const own = `ugc/${openid}/`;
  if (!cloudPath.startsWith(own)) return { status: 403, code: 'FORBIDDEN', message: `只能上传到自己的目录 ${own}` };
  if (!PHOTO_NAME.test(cloudPath.slice(own.length))) return { status: 400, code: 'INVALID_ARGUMENT', message: '文件路径不正确' };
  return null;
}

/** An export a cloud function wrote: exports/<yyyymmdd>/<name>.csv, nothing else. */
const EXPORT_PATH = /^exports\/\d{8}\/[A-Za-z0-9_-]+\.csv$/;

/**
 * POST /storage/put?cloudPath=exports/…: the local stand-in for the server SDK's
 * uploadFile, used by the functions for the files they make (CSV exports). Only
 * exports/ paths; an existing file is replaced (the same export made again).
 */
export async function putServerFile(cloud: LocalCloud, url: URL, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const cloudPath = url.searchParams.get('cloudPath') ?? '';
  if (!EXPORT_PATH.test(cloudPath)) return fail(res, 400, 'INVALID_ARGUMENT', '只能写入 exports/ 下的 CSV 文件');
  const body = await readBody(req, 50 * 1024 * 1024);
  sendJson(res, 200, { ok: true, data: { fileID: cloud.storage.put(cloudPath, body) } });
}
