import fs from 'fs';
import path from 'path';
import { fmt, row } from './util';

const ROOT = path.resolve(__dirname, '..');

function sizeOf(p: string, skip: (rel: string) => boolean, rel = ''): number {
  const stat = fs.statSync(p);
  if (!stat.isDirectory()) return stat.size;
  return fs
    .readdirSync(p)
    .filter((name) => !skip(path.posix.join(rel, name)))
    .reduce((sum, name) => sum + sizeOf(path.join(p, name), skip, path.posix.join(rel, name)), 0);
}

/** The weapp main package (everything outside subpackages) against WeChat's 2 MB limit. */
export function benchPackageSize(): void {
  const dist = path.join(ROOT, 'dist');
  console.log('\nMini-program package (dist/)');
  if (!fs.existsSync(path.join(dist, 'app.json'))) {
    row('weapp build', 'missing: run npm run build:weapp first');
    return;
  }
  const app = JSON.parse(fs.readFileSync(path.join(dist, 'app.json'), 'utf8'));
  const roots: string[] = (app.subPackages ?? app.subpackages ?? []).map((s: { root: string }) => s.root.replace(/\/$/, ''));
  const inSub = (rel: string) => roots.some((r) => rel === r || rel.startsWith(r + '/'));
  const main = sizeOf(dist, inSub);
  const total = sizeOf(dist, () => false);
  row('main package', `${fmt(main / 1024, 1)} KB (limit 2048 KB, budget 600 KB)`);
  row('whole app', `${fmt(total / 1024, 1)} KB (limit 20480 KB)`);
}
