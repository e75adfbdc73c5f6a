/**
 * `npm run db:export -- <file>` and `npm run db:import -- <file> [--replace]`: the local
 * cloud's database as a snapshot file (JSON lines, format in emulator/db/snapshot.ts)
 * and back. With the local cloud running (PORT, default 8787) they go through its
 * /dev/export and /dev/import; otherwise they open the data dir (DATA_DIR, default .data).
 * `-` as the export file writes to stdout.
 */
import fs from 'fs';
import { readLocalCloudConfig } from '../emulator/config';
import { exportDataDir, importIntoDataDir, snapshotCounts, userPath, writeSnapshotFile } from '../emulator/data-snapshot';
import { runningLocalCloud } from './running-cloud';

const USAGE = 'usage: npm run db:export -- <file>   |   npm run db:import -- <file> [--replace]';

async function exportTo(file: string): Promise<string> {
  const url = await runningLocalCloud();
  let text: string;
  if (url) {
    const res = await fetch(`${url}/dev/export`);
    if (!res.ok) throw new Error(`${url}/dev/export answered ${res.status}: ${(await res.text()).slice(0, 300)}`);
    text = await res.text();
  } else {
    text = exportDataDir(readLocalCloudConfig().dataDir);
  }
  if (file === '-') process.stdout.write(text);
  else writeSnapshotFile(userPath(file), text);
  const counts = snapshotCounts(text);
  return `${counts.collections} collections, ${counts.documents} documents from ${url ? `the local cloud at ${url}` : readLocalCloudConfig().dataDir}`;
}

async function importFrom(file: string, replace: boolean): Promise<string> {
  const text = fs.readFileSync(userPath(file), 'utf8');
  const url = await runningLocalCloud();
  if (!url) {
    const dataDir = readLocalCloudConfig().dataDir;
    const counts = importIntoDataDir(dataDir, text, { replace });
    return `${counts.collections} collections, ${counts.documents} documents into ${dataDir}`;
  }
  const res = await fetch(`${url}/dev/import${replace ? '?replace=1' : ''}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-ndjson' },
    body: text,
  });
  const body = (await res.json().catch(() => null)) as { ok?: boolean; data?: { collections: number; documents: number }; error?: { message?: string } } | null;
  if (!body?.ok || !body.data) throw new Error(body?.error?.message ?? `${url}/dev/import answered ${res.status}`);
  return `${body.data.collections} collections, ${body.data.documents} documents into the local cloud at ${url}`;
}

async function main() {
  const [command, ...rest] = process.argv.slice(2);
  const replace = rest.includes('--replace');
  const files = rest.filter((a) => a !== '--replace');
  if ((command !== 'export' && command !== 'import') || files.length !== 1 || (command === 'export' && replace)) {
    console.error(USAGE);
    process.exit(2);
  }
  const done = command === 'export' ? await exportTo(files[0]) : await importFrom(files[0], replace);
  console.error(`[db:${command}] ${files[0]}: ${done}`);
}

main().catch((err) => {
  console.error(`[db] ${err?.message ?? err}`);
  process.exit(1);
});
