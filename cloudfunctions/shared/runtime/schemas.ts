import { z } from 'zod';

/** Shapes of inputs that many actions share. */
export const idSchema = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/, '格式不正确');
export const quantitySchema = z.number().int().min(1).max(99).default(1);
/** A distribution code from a share card; an unknown code is ignored, a malformed one refused. */
export const codeSchema = z.string().max(32).regex(/^[A-Za-z0-9]*$/, '格式不正确').optional();
export const cursorSchema = z.string().max(200).optional();
