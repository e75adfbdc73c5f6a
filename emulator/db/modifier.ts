import { update } from 'mingo';
import type { Doc } from './ejson';
import { DbError } from './errors';
import { encodeDoc } from './stored';

const UPDATE_OPERATORS = new Set([
  '$set', '$unset', '$inc', '$mul', '$min', '$max', '$rename', '$currentDate',
  '$push', '$pull', '$pullAll', '$addToSet', '$pop', '$bit',
]);

/** The SDK turns plain fields into `$set`; a raw body may still carry them, and `_.addToSet({ each })` sends `each`. */
export function normalizeModifier(data: Doc): Doc {
  const out: Doc = {};
  const set: Doc = {};
  for (const [key, value] of Object.entries(data)) {
    if (!key.startsWith('$')) set[key] = value;
    else if (!UPDATE_OPERATORS.has(key)) throw new DbError('DATABASE_INVALID_OPERRATOR', `unknown update operator ${key}`);
    else out[key] = key === '$addToSet' ? withEach(value as Doc) : value;
  }
  if (Object.keys(set).length) out.$set = { ...(out.$set as Doc | undefined), ...set };
  return out;
}

function withEach(fields: Doc): Doc {
  const out: Doc = {};
  for (const [field, v] of Object.entries(fields ?? {})) {
    const each = v && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length === 1 ? (v as Doc).each : undefined;
    out[field] = Array.isArray(each) ? { $each: each } : v;
  }
  return out;
}

/** Applies an update modifier in place; returns whether the document changed (MongoDB's "modified"). */
export function applyModifier(doc: Doc, data: Doc): boolean {
  const modifier = normalizeModifier(data);
  if (!Object.keys(modifier).length) return false;
  const before = encodeDoc(doc);
  update(doc, modifier, undefined, undefined, { cloneMode: 'deep' });
  return encodeDoc(doc) !== before;
}

/** `doc().set()`: the whole document replaced, `_id` kept. */
export function replacement(id: unknown, data: Doc): Doc {
  const rest = { ...data };
  delete rest._id;
  return { _id: id, ...rest };
}
