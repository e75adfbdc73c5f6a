import fs from 'fs';
import http from 'http';
import path from 'path';
import type { AddressInfo } from 'net';
import { DocumentStore, loadIndexFile } from './db';
import { ROOT, LocalCloudConfig, readLocalCloudConfig } from './config';
import { PersistentClock } from './clock-file';
import { loadFunctions, readDeployment, FunctionMain } from './functions-host';
import { LocalStorage } from './storage';
import { LocalMediaChecks } from './media-checks';
import { now } from '../cloudfunctions/shared/runtime/clock';
import { resetCloudApp } from '../cloudfunctions/shared/runtime/cloud';
import { seedDatabase } from './seed';
import { routeRequest } from './http/routes';

export interface LocalCloud {
  url: string;
  port: number;
  config: LocalCloudConfig;
  store: DocumentStore;
  storage: LocalStorage;
  clock: PersistentClock;
  functions: Map<string, FunctionMain>;
  /** Image-check verdicts on their way to the callback function. */
  mediaChecks: LocalMediaChecks;
  deployment: ReturnType<typeof readDeployment>;
  /** False until the seed has finished: /health answers 503 until then. */
  ready: boolean;
  close(): Promise<void>;
}

/** The local cloud's database file in its data dir. */
export function storeFile(dataDir: string): string {
  return path.join(dataDir, 'gongying.sqlite');
}

/** Opens a database file as the local cloud does: with the project's collections and indexes (database/indexes.json). */
export function openStore(file: string): DocumentStore {
  return DocumentStore.open({ file, ...loadIndexFile(path.join(ROOT, 'database', 'indexes.json')), now: () => now().getTime() });
}

/**
 * Starts the local cloud: the CloudBase database API on SQLite at /admin, the
 * project's cloud functions at /cloud/<name>, file storage, dev endpoints and
 * the h5 build, on 127.0.0.1 only.
 */
export async function startLocalCloud(overrides: Partial<LocalCloudConfig> = {}): Promise<LocalCloud> {
  const config = { ...readLocalCloudConfig(), ...overrides, host: '127.0.0.1' as const };
  fs.mkdirSync(config.dataDir, { recursive: true });
  const clock = new PersistentClock(config.dataDir);
  const store = openStore(storeFile(config.dataDir));
  const storage = new LocalStorage(path.join(config.dataDir, 'storage'));
  const deployment = readDeployment();

  const cloud = { config, store, storage, clock, deployment, ready: false } as LocalCloud;
  const server = http.createServer((req, res) => void routeRequest(cloud, req, res));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, resolve);
  });
  cloud.port = (server.address() as AddressInfo).port;
  cloud.url = `http://127.0.0.1:${cloud.port}`;

  // The functions run in this process with the real SDK, pointed at our /admin.
  process.env.GONGYING_SERVICE_URL = `${cloud.url}/admin`;
  resetCloudApp();
  cloud.functions = loadFunctions(deployment);
  cloud.mediaChecks = new LocalMediaChecks(() => cloud.functions.get('mediaCheckNotify'), config.mediaCheckDelayMs);
  cloud.close = () =>
    new Promise<void>((resolve) => {
      cloud.mediaChecks.close();
      server.closeAllConnections?.();
      server.close(() => {
        cloud.store.close();
        resolve();
      });
    });

  try {
    await seedDatabase(cloud, config.seed);
  } catch (err) {
    await cloud.close();
    throw err;
  }
  cloud.ready = true;
  return cloud;
}
