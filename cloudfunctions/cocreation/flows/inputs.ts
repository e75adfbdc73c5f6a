import { z } from 'zod';
import { UGC_FILE_ID } from '../../shared/domain/post';
import { idForRequest } from '../../shared/runtime/ids';

const chars = (s: string) => Array.from(s).length;

/** A member's text: trimmed, 1..max characters. */
export const textSchema = (max: number, empty = '写点什么吧') =>
  z.string().trim().min(1, empty).refine((t) => chars(t) <= max, `最多 ${max} 字`);

/** Up to 9 photos uploaded to cloud storage, no repeats. */
export const imagesSchema = z
  .array(z.string().max(300).regex(UGC_FILE_ID, '图片必须是上传到云存储的文件'))
  .max(9, '最多 9 张图片')
  .refine((list) => new Set(list).size === list.length, '图片重复了')
  .default([]);

/** A token the client keeps across retries of one submission, so a retry finds the first write. */
export const clientTokenSchema = z.string().max(64).regex(/^[A-Za-z0-9_-]+$/, '格式不正确').optional();

/** The document id of a submission: derived from the caller and the client's token when given, else fresh. */
export const retryId = idForRequest;
