import fs from 'fs';
import { errors } from './errors';
import type { IndexSpec } from './schema';

interface IndexFile {
  collections: Record<string, { indexes?: { name: string; keys: { field: string; direction: unknown }[]; unique?: boolean }[] }>;
}

/** Reads `database/indexes.json`: the collections to create and their indexes. */
export function loadIndexFile(path: string): { collections: string[]; indexes: IndexSpec[] } {
  const parsed = JSON.parse(fs.readFileSync(path, 'utf8')) as IndexFile;
  if (!parsed || typeof parsed.collections !== 'object') throw errors.invalidParam(`${path}: "collections" missing`);
  const collections = Object.keys(parsed.collections);
  const indexes = collections.flatMap((collection) =>
    (parsed.collections[collection].indexes ?? []).map((ix) => ({
      collection,
      name: ix.name,
      keys: ix.keys.map((k) => ({ field: k.field, direction: k.direction === -1 ? -1 : 1 }) as const),
      unique: ix.unique === true,
      // A geo index: `{"field": "location", "direction": "2dsphere"}`, as CloudBase's console declares one.
      ...(ix.keys.some((k) => k.direction === '2dsphere') ? { kind: '2dsphere' as const } : {}),
    })),
  );
  return { collections, indexes };
}
