import fs from 'fs';
import path from 'path';
import { buildFromSnapshot, exportSnapshot, SnapshotCounts, storeHasDocuments } from './db/snapshot';
import { LocalCloud, openStore, storeFile } from './local-cloud';

/** An import refused because the target holds documents and `replace` was not asked for. */
export class NotEmptyError extends Error {}

/** The snapshot of the local cloud's database in `dataDir` (db/snapshot.ts's format). */
export function exportDataDir(dataDir: string): string {
  return exportSnapshot(storeFile(dataDir));
}

/**
 * Builds the snapshot into a new file beside the store, then opens it once as the
 * local cloud does (the project's collections and indexes from database/indexes.json),
 * so that the swap cannot fail later. Nothing of the store is touched here.
 */
function build(dataDir: string, text: string): { file: string; counts: SnapshotCounts } {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = `${storeFile(dataDir)}.importing`;
  const remove = () => ['', '-wal', '-shm', '-journal'].forEach((s) => fs.rmSync(file + s, { force: true }));
  remove();
  const counts = buildFromSnapshot(text, file);
  try {
    openStore(file).close();
  } catch (err) {
    remove();
    throw new Error(`the snapshot does not fit database/indexes.json: ${(err as Error).message}`);
  }
  return { file, counts };
}

/** Opening and closing the last connection folds SQLite's write-ahead log into the file; a log left behind means another process has it open. */
function settle(target: string): void {
  if (!fs.existsSync(target)) return;
  openStore(target).close();
  if (fs.existsSync(`${target}-wal`) || fs.existsSync(`${target}-shm`)) {
    throw new Error(`${target} is open in another process (a local cloud on another PORT?): stop it or import through it`);
  }
}

/** Puts the built file in place of the store; the replaced store stays beside it as gongying.sqlite.bak. */
function swap(built: string, target: string): void {
  if (fs.existsSync(target)) fs.renameSync(target, `${target}.bak`);
  fs.renameSync(built, target);
}

function refuseNonEmpty(target: string, replace: boolean): void {
  if (!replace && storeHasDocuments(target)) {
    throw new NotEmptyError('the database is not empty: import with --replace to replace all of it (the old one is kept as gongying.sqlite.bak)');
  }
}

/** Imports a snapshot into a data dir no local cloud is running on: all of it or, on any bad line, nothing. */
export function importIntoDataDir(dataDir: string, text: string, opts: { replace: boolean }): SnapshotCounts {
  const target = storeFile(dataDir);
  refuseNonEmpty(target, opts.replace);
  const { file, counts } = build(dataDir, text);
  try {
    settle(target);
  } catch (err) {
    fs.rmSync(file, { force: true });
    throw err;
  }
  swap(file, target);
  return counts;
}

/**
 * Imports a snapshot into the running local cloud: the new file is built and checked
 * first, then (synchronously, so no request runs in between) the store is closed,
 * the file swapped and the store reopened. Open transactions of the old store are gone.
 */
export function importIntoCloud(cloud: LocalCloud, text: string, opts: { replace: boolean }): SnapshotCounts {
  const target = storeFile(cloud.config.dataDir);
  refuseNonEmpty(target, opts.replace);
  const { file, counts } = build(cloud.config.dataDir, text);
  const sqlUpdates = cloud.store.sqlUpdates;
  cloud.store.close();
  try {
    settle(target);
    swap(file, target);
  } finally {
    fs.rmSync(file, { force: true });
    cloud.store = openStore(target);
    cloud.store.sqlUpdates = sqlUpdates;
  }
  return counts;
}

/** A file named on the command line or in the environment: relative to where npm was run (INIT_CWD), not the project root. */
export function userPath(file: string): string {
  return path.resolve(process.env.INIT_CWD ?? process.cwd(), file);
}

/** Writes a snapshot file whole or not at all (a temporary file renamed into place). */
export function writeSnapshotFile(file: string, text: string): void {
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    fs.writeFileSync(tmp, text);
    fs.renameSync(tmp, file);
  } finally {
    fs.rmSync(tmp, { force: true });
  }
}

/** EXPORT_ON_EXIT: stops the local cloud (so no write is in flight), then writes its snapshot to `file`. */
export async function closeAndExport(cloud: LocalCloud, file: string): Promise<SnapshotCounts> {
  await cloud.close();
  const text = exportDataDir(cloud.config.dataDir);
  writeSnapshotFile(file, text);
  return snapshotCounts(text);
}

/** How many collections and documents a snapshot's text holds (by its lines' starts, for messages). */
export function snapshotCounts(text: string): SnapshotCounts {
  const collections = text.match(/^\{"collection":"[^"]*","indexes":/gm)?.length ?? 0;
  const documents = text.match(/^\{"collection":"[^"]*","doc":/gm)?.length ?? 0;
  return { collections, documents };
}
