import fs from 'fs';
import path from 'path';
import { fmt, row } from './util';

const ROOT = path.resolve(__dirname, '..');

/** Issue 18's budget for the weapp main package (WeChat's own limit is 2 MB); the bench prints against it. */
export const MAIN_PACKAGE_BUDGET_KB = 512;
/** Above this the tests fail (tests/weapp/package-size and devtools-checks): room between the budget's warning and a failure. */
export const MAIN_PACKAGE_FAIL_KB = 560;

export interface WeappPackageSizes {
  /** Bytes of every file outside the subpackage roots: what WeChat downloads before the first page. */
  main: number;
  /** Bytes of the whole build. */
  total: number;
  /** Bytes under each subpackage root. */
  subpackages: Record<string, number>;
  /** The main package by part: each top-level file (taro.js, common.js, base.wxml …), each main page (pages/x), each folder (assets/…). */
  parts: Record<string, number>;
}

function files(dir: string, rel = ''): { rel: string; size: number }[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const child = rel ? `${rel}/${entry.name}` : entry.name;
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? files(full, child) : [{ rel: child, size: fs.statSync(full).size }];
  });
}

/** The part of the main package a file counts under: pages/x for a page's files, assets/x for images, else the file or top folder. */
function partOf(rel: string): string {
  const segments = rel.split('/');
  if (segments.length === 1) return rel;
  return segments[0] === 'pages' || segments[0] === 'assets' ? segments.slice(0, 2).join('/') : segments[0];
}

/**
 * The sizes of a weapp build (`dir` holds app.json): the main package is the sum of every file
 * outside the subpackage roots app.json declares. WeChat's code-quality check (PACKAGE_SIZE_LIMIT)
 * counts the same files but the .txt license notes, about 1 KB less (tests/weapp/devtools-checks
 * checks the two agree). The bench and tests/weapp/package-size.test.ts both measure with this.
 */
export function weappPackageSizes(dir: string): WeappPackageSizes {
  const app = JSON.parse(fs.readFileSync(path.join(dir, 'app.json'), 'utf8')) as { subPackages?: { root: string }[]; subpackages?: { root: string }[] };
  const roots = (app.subPackages ?? app.subpackages ?? []).map((s) => s.root.replace(/\/$/, ''));
  const rootOf = (rel: string) => roots.find((r) => rel === r || rel.startsWith(r + '/'));
  const sizes: WeappPackageSizes = { main: 0, total: 0, subpackages: Object.fromEntries(roots.map((r) => [r, 0])), parts: {} };
  for (const { rel, size } of files(dir)) {
    sizes.total += size;
    const root = rootOf(rel);
    if (root) {
      sizes.subpackages[root] += size;
    } else {
      sizes.main += size;
      const part = partOf(rel);
      sizes.parts[part] = (sizes.parts[part] ?? 0) + size;
    }
  }
  return sizes;
}

/** The weapp build the tests use: WEAPP_DIR, else dist/. */
export const weappBuildDir = () => path.resolve(ROOT, process.env.WEAPP_DIR || 'dist');

const kb = (bytes: number) => `${fmt(bytes / 1024, 1)} KB`;

/** The weapp main package (everything outside subpackages) against the budget, its parts, and each subpackage. */
export function benchPackageSize(): WeappPackageSizes | null {
  const dir = weappBuildDir();
  console.log(`\nMini-program package (${path.relative(ROOT, dir) || '.'}/)`);
  if (!fs.existsSync(path.join(dir, 'app.json'))) {
    row('weapp build', 'missing: run npm run build:weapp first (or set WEAPP_DIR)');
    return null;
  }
  const sizes = weappPackageSizes(dir);
  const over = sizes.main > MAIN_PACKAGE_BUDGET_KB * 1024;
  row('main package', `${kb(sizes.main)} (budget ${MAIN_PACKAGE_BUDGET_KB} KB${over ? ': OVER' : ''}; WeChat's limit 2048 KB)`);
  const parts = Object.entries(sizes.parts).sort((a, b) => b[1] - a[1]);
  const small = parts.filter(([, bytes]) => bytes < 2048);
  for (const [part, bytes] of parts.filter(([, b]) => b >= 2048)) row(`  ${part}`, kb(bytes));
  if (small.length) row(`  ${small.length} files under 2 KB each`, kb(small.reduce((sum, [, b]) => sum + b, 0)));
  for (const [root, bytes] of Object.entries(sizes.subpackages)) row(`subpackage ${root}/`, kb(bytes));
  row('whole app', `${kb(sizes.total)} (limit 20480 KB)`);
  return sizes;
}
