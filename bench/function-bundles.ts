/**
 * Issue 18: every cloud-function bundle ≤ 200 KB with the SDK external, and what a cold
 * start pays to load it. Builds every function of cloudbaserc.json the way
 * `npm run build:functions` does, into a scratch folder inside the repo (so a bundle's
 * `require("@cloudbase/node-sdk")` and `require("zod")` resolve from node_modules, as
 * CloudBase installs them), then times fresh `node -e "require('<bundle>')"` processes
 * against a bare `node -e ''`, run in interleaved rounds so a busy machine weighs on all alike.
 */
import { spawnSync } from 'child_process';
import fs from 'fs';
import path from 'path';
import { BUNDLE_BUDGET_BYTES, buildFunctions } from '../scripts/build-functions';
import { fmt, median, row } from './util';

const ROOT = path.resolve(__dirname, '..');

export interface BundleFigures {
  name: string;
  bytes: number;
  /** The npm packages it requires (its package.json's dependencies). */
  packages: string[];
  /** Median wall time of a fresh node process that requires the bundle, ms. */
  requireMs: number;
  /** requireMs over a bare `node -e ''` of the same run. */
  ratio: number;
  /**
   * requireMs less the median of requiring its packages alone: what our own code costs
   * (within the noise of a shared machine, so not printed per row).
   */
  ownMs: number;
}

export interface FunctionBundleBench {
  bareMs: number;
  bundles: BundleFigures[];
  /** Requiring each set of packages alone: what a cold start pays whatever we bundle. */
  references: { label: string; ms: number; ratio: number }[];
}

/** Wall time of one fresh `node -e <code>`, ms; throws when the process fails. */
function nodeRun(code: string): number {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, ['-e', code], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, NODE_OPTIONS: '' } });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) throw new Error(`node -e ${code} exited ${result.status}: ${result.stderr.toString().trim().slice(0, 500)}`);
  return ms;
}

/** Median cold `node -e` times of each piece of code, `runs` interleaved rounds. */
export function coldRunMedians(codes: Record<string, string>, runs: number): Record<string, number> {
  const times: Record<string, number[]> = Object.fromEntries(Object.keys(codes).map((key) => [key, []]));
  const entries = Object.entries(codes);
  for (let round = 0; round < runs; round++) {
    // Each round starts one further along, so a machine getting busier or quieter within a round weighs on no code more than another.
    for (let i = 0; i < entries.length; i++) {
      const [key, code] = entries[(i + round) % entries.length];
      times[key].push(nodeRun(code));
    }
  }
  return Object.fromEntries(Object.entries(times).map(([key, ms]) => [key, median(ms)]));
}

const requireOf = (specifier: string) => `require(${JSON.stringify(specifier)})`;

export async function benchFunctionBundles(options: { runs?: number } = {}): Promise<FunctionBundleBench> {
  const runs = options.runs ?? Math.max(1, Number(process.env.BENCH_BUNDLE_RUNS) || 7);
  fs.mkdirSync(path.join(ROOT, '.tmp'), { recursive: true });
  const out = fs.mkdtempSync(path.join(ROOT, '.tmp', 'bench-fn-bundles-'));
  try {
    const dirs = await buildFunctions(out);
    const packagesOf = (dir: string) => Object.keys(JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')).dependencies ?? {}).sort();
    const sets = [...new Set(dirs.map((dir) => packagesOf(dir).join(' + ')))].sort();
    const codes: Record<string, string> = { '': '' };
    for (const set of sets) codes[`packages:${set}`] = set ? set.split(' + ').map(requireOf).join(';') : '';
    for (const dir of dirs) codes[path.basename(dir)] = requireOf(path.join(dir, 'index.js'));
    const medians = coldRunMedians(codes, runs);
    const bareMs = medians[''];
    const bundles = dirs.map((dir) => {
      const name = path.basename(dir);
      const packages = packagesOf(dir);
      return { name, bytes: fs.statSync(path.join(dir, 'index.js')).size, packages, requireMs: medians[name], ratio: medians[name] / bareMs, ownMs: medians[name] - medians[`packages:${packages.join(' + ')}`] };
    });
    const references = sets.map((set) => ({ label: set, ms: medians[`packages:${set}`], ratio: medians[`packages:${set}`] / bareMs }));
    print({ bareMs, bundles, references }, runs);
    return { bareMs, bundles, references };
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
}

function print({ bareMs, bundles, references }: FunctionBundleBench, runs: number): void {
  console.log(`\nCloud function bundles (minified, npm packages external; cold require: median of ${runs} fresh node processes)`);
  row("bare node -e ''", `${fmt(bareMs)} ms`);
  for (const ref of references) row(`its packages alone: ${ref.label || 'none'}`, `${fmt(ref.ms)} ms (${fmt(ref.ratio, 1)}× bare)`);
  for (const b of bundles) {
    const over = b.bytes > BUNDLE_BUDGET_BYTES ? '  OVER BUDGET' : '';
    row(b.name, `${fmt(b.bytes / 1024, 1).padStart(6)} KB   require ${fmt(b.requireMs).padStart(5)} ms (${fmt(b.ratio, 1)}× bare)${over}`);
  }
  const largest = bundles.reduce((a, b) => (b.bytes > a.bytes ? b : a));
  const worst = bundles.reduce((a, b) => (b.ratio > a.ratio ? b : a));
  row('largest bundle', `${largest.name} ${fmt(largest.bytes / 1024, 1)} KB (budget ${BUNDLE_BUDGET_BYTES / 1024} KB)`);
  row('worst cold require', `${worst.name} ${fmt(worst.requireMs)} ms, ${fmt(worst.ratio, 1)}× bare node`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === __filename) {
  benchFunctionBundles().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
