import { spawnSync } from 'child_process';
import fs from 'fs';
import path from 'path';
import { build, type Metafile } from 'esbuild';
import { BUNDLE_BUDGET_BYTES, bundleOptions, bundleOutput, buildFunctions } from '../../scripts/build-functions';

const ROOT = path.resolve(__dirname, '../..');
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

/** What fills a bundle, biggest first: `zod 98.2 KB, cloudfunctions/admin/actions 33.3 KB, …`. */
function contents(meta: Metafile): string {
  const output = bundleOutput(meta);
  const groups = new Map<string, number>();
  for (const [file, input] of Object.entries(output.inputs)) {
    const inPackage = file.split('node_modules/').slice(1).pop()?.split('/');
    const key = inPackage ? inPackage.slice(0, inPackage[0].startsWith('@') ? 2 : 1).join('/') : file.split('/').slice(0, 3).join('/');
    groups.set(key, (groups.get(key) ?? 0) + input.bytesInOutput);
  }
  return [...groups].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([key, bytes]) => `${key} ${(bytes / 1024).toFixed(1)} KB`).join(', ');
}

/**
 * Requires every bundle in one fresh node process whose sockets, DNS lookups and fetch
 * refuse and are recorded: loading a function must do no work (it connects, reads its
 * configuration and so on when called). Also records timers or handles left behind.
 */
const PROBE = `
const net = require('net'), dns = require('dns');
const found = {}; let current = '';
const note = (what) => { (found[current] ??= []).push(what); };
const refuse = (what) => function () { note(what); throw new Error(what + ' while the bundle loads'); };
net.Socket.prototype.connect = refuse('socket connect');
dns.lookup = refuse('dns.lookup'); dns.promises.lookup = refuse('dns.promises.lookup');
globalThis.fetch = refuse('fetch');
process.stdout; process.stderr; // their pipes open on first use; a bundle's logger may be first
const before = new Set(process.getActiveResourcesInfo());
for (const file of JSON.parse(process.argv[1])) {
  current = file;
  try {
    const loaded = require(file);
    if (typeof loaded.main !== 'function') note('exports no main function');
  } catch (err) { note('throws: ' + String(err && err.message).slice(0, 200)); }
}
current = 'after loading every bundle';
setImmediate(() => {
  const left = process.getActiveResourcesInfo().filter((r) => !before.has(r));
  if (left.length) note('left ' + left.join(', '));
  process.stdout.write(JSON.stringify(found), () => process.exit(0));
});
`;

/** Issue 18: each cloud function bundle ≤ 200 KB, the CloudBase SDK (and zod) installed, not inlined. */
describe('cloud function bundles', () => {
  let out: string;
  let dirs: string[];

  beforeAll(async () => {
    fs.mkdirSync(path.join(ROOT, '.tmp'), { recursive: true });
    // Inside the repo so a bundle's require("@cloudbase/node-sdk") resolves from node_modules, as CloudBase installs it.
    out = fs.mkdtempSync(path.join(ROOT, '.tmp', 'bundle-size-'));
    dirs = await buildFunctions(out);
  }, 120_000);
  afterAll(() => out && fs.rmSync(out, { recursive: true, force: true }));

  it(`every bundle is at most ${BUNDLE_BUDGET_BYTES / 1024} KB`, async () => {
    const over: Record<string, string> = {};
    for (const dir of dirs) {
      const bytes = fs.statSync(path.join(dir, 'index.js')).size;
      if (bytes <= BUNDLE_BUDGET_BYTES) continue;
      const name = path.basename(dir);
      const again = await build({ ...bundleOptions(name, path.join(out, 'again', name, 'index.js'), Object.keys(pkg.dependencies)), write: false });
      over[name] = `${(bytes / 1024).toFixed(1)} KB: ${contents(again.metafile as Metafile)}`;
    }
    expect(over).toEqual({});
  }, 60_000);

  it('each package.json lists exactly the npm packages its bundle requires, at the installed version', () => {
    const problems: string[] = [];
    for (const dir of dirs) {
      const name = path.basename(dir);
      const code = fs.readFileSync(path.join(dir, 'index.js'), 'utf8');
      const required = new Set([...code.matchAll(/\brequire\("((?:@[^/"]+\/)?[^/".][^/"]*)[^"]*"\)/g)].map((m) => m[1]).filter((p) => p in pkg.dependencies));
      const listed: Record<string, string> = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')).dependencies ?? {};
      for (const dep of required) {
        const installed = JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules', dep, 'package.json'), 'utf8')).version;
        if (listed[dep] !== installed) problems.push(`${name}: requires ${dep}, package.json says ${listed[dep] ?? 'nothing'} (installed ${installed})`);
      }
      for (const dep of Object.keys(listed)) if (!required.has(dep)) problems.push(`${name}: package.json lists ${dep}, which the bundle never requires`);
    }
    expect(problems).toEqual([]);
  });

  it('no bundle inlines a package that package.json lists as a dependency', () => {
    const inlined: string[] = [];
    for (const dir of dirs) {
      const { sources } = JSON.parse(fs.readFileSync(path.join(dir, 'index.js.map'), 'utf8')) as { sources: string[] };
      for (const dep of Object.keys(pkg.dependencies)) {
        if (sources.some((s) => s.includes(`node_modules/${dep}/`))) inlined.push(`${path.basename(dir)}: ${dep}`);
      }
    }
    expect(inlined).toEqual([]);
  });

  it('requiring a bundle connects to nothing, leaves no timer behind and gives exports.main', () => {
    const files = dirs.map((dir) => path.join(dir, 'index.js'));
    const result = spawnSync(process.execPath, ['-e', PROBE, JSON.stringify(files)], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual({});
  }, 60_000);
});
