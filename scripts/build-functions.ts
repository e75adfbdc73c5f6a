/**
 * Bundles each cloud function (as cloudbaserc.json lists them) into a deployable
 * folder dist-cloud/<name>/ with index.js (+ index.js.map), package.json and config.json.
 * The bundle holds our own code only: the npm packages a function imports (the CloudBase
 * SDK, zod) stay `require`s, listed in its package.json at the versions the tests ran
 * against and installed by CloudBase (installDependency). See `bundleOptions` for why.
 * config.json's `permissions.openapi` (the open APIs the function may call through
 * 云调用) is generated: the union of the `OPEN_APIS` exported by the modules the
 * bundle includes (cloudfunctions/shared/providers/open-api.ts). Other keys of a
 * hand-written cloudfunctions/<name>/config.json are kept.
 */
import fs from 'fs';
import path from 'path';
import { build, type BuildOptions, type Metafile } from 'esbuild';
import { OPEN_APIS_EXPORT, permissionsOf, type OpenApi } from '../cloudfunctions/shared/providers/open-api';

const ROOT = path.resolve(__dirname, '..');

/**
 * The syntax the bundles are written down to: Node 18, the floor of both runtimes
 * (云函数 1.0's Nodejs18.15 as cloudbaserc.json names it, and 云函数 2.0's newer Node,
 * which runs Node 18 code as it is). The functions use only APIs both have
 * (global fetch and AbortSignal.timeout are the newest, both in Node 18);
 * tests/unit/node-target.test.ts fails on an API newer than the floor or one newer
 * Node removed.
 */
export const NODE_TARGET = 'node18';
/**
 * Issue 18: every bundle ≤ 200 KB (tests/functions/bundle-size.test.ts; sizes and cold
 * `require` times in `npm run bench`).
 */
export const BUNDLE_BUDGET_BYTES = 200 * 1024;
const DECLARES_OPEN_APIS = new RegExp(`export const ${OPEN_APIS_EXPORT}\\b`);

/** The bundle's own output in a metafile (which also lists the source map). */
export function bundleOutput(meta: Metafile): Metafile['outputs'][string] {
  const output = Object.values(meta.outputs).find((o) => o.entryPoint);
  if (!output) throw new Error('esbuild wrote no bundle');
  return output;
}

/** The source files (absolute) whose code is in the bundle, tree-shaken ones left out. */
function bundledSources(meta: Metafile): string[] {
  return Object.entries(bundleOutput(meta).inputs)
    .filter(([, input]) => input.bytesInOutput > 0)
    .map(([file]) => path.resolve(ROOT, file));
}

/** The open-API permissions a bundle needs: the OPEN_APIS of every bundled module that exports them. */
export function openApiPermissions(sources: string[]): string[] {
  const declarations: Record<string, OpenApi>[] = [];
  for (const file of sources) {
    if (!file.startsWith(path.join(ROOT, 'cloudfunctions') + path.sep) || !/\.ts$/.test(file)) continue;
    if (!DECLARES_OPEN_APIS.test(fs.readFileSync(file, 'utf8'))) continue;
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const declared = require(file)[OPEN_APIS_EXPORT] as Record<string, OpenApi> | undefined;
    if (!declared || !Object.values(declared).every((api) => api?.permission && api?.apiName)) {
      throw new Error(`${path.relative(ROOT, file)}: ${OPEN_APIS_EXPORT} must map names to { permission, apiName }`);
    }
    declarations.push(declared);
  }
  return permissionsOf(...declarations);
}

/** config.json for the deployed folder: a hand-written one's keys, the generated permissions.openapi. */
function functionConfig(name: string, openapi: string[]): Record<string, unknown> {
  const source = path.join(ROOT, 'cloudfunctions', name, 'config.json');
  const own = fs.existsSync(source) ? JSON.parse(fs.readFileSync(source, 'utf8')) : {};
  if (own.permissions?.openapi) {
    throw new Error(`cloudfunctions/${name}/config.json lists permissions.openapi by hand: declare the API in its module's ${OPEN_APIS_EXPORT} instead (the build writes the list)`);
  }
  return { ...own, permissions: { ...own.permissions, openapi } };
}

/**
 * esbuild options shared by every function (the build, the bench and the tests use these).
 *
 * - The packages of package.json's `dependencies` stay external: CloudBase installs what a
 *   function's package.json lists (`runtimeDependencies`). For the SDK that was always so;
 *   for zod it is what brings the bundles under the budget. `import { z } from 'zod'` takes
 *   zod whole (391 KB minified, all its locales: `admin` was 938 KB unminified); even as
 *   `import * as z`, tree-shaken, zod 4's classic API stays about 98 KB (every schema
 *   carries every method), leaving `admin` at 218 KB. The price is at a cold start:
 *   `require('zod')` reads some 100 files from node_modules (the bench times the SDK alone
 *   and the SDK with zod: 2.6× and 3.5× a bare `node -e ''` on the shared 2-core machine),
 *   where an inlined, tree-shaken zod loaded some 5–15% faster. zod/mini (about 15 KB
 *   tree-shaken) would let it come back inline.
 * - Minified, but `keepNames`: V8 writes a function's `name` into stack traces, so a log
 *   still says `at placeOrder`; the linked `index.js.map` (no sources inside) maps lines
 *   back to cloudfunctions/ (NODE_OPTIONS=--enable-source-maps, or any source-map tool).
 * - `charset: 'utf8'`: Chinese messages stay as they are (3 bytes a character) instead of
 *   `\uXXXX` escapes (6 bytes).
 */
export function bundleOptions(name: string, outfile: string, dependencies: string[]): BuildOptions {
  return {
    entryPoints: [path.join(ROOT, 'cloudfunctions', name, 'index.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    target: NODE_TARGET,
    format: 'cjs',
    external: dependencies.flatMap((dep) => [dep, `${dep}/*`]),
    minify: true,
    keepNames: true,
    charset: 'utf8',
    sourcemap: 'linked',
    sourcesContent: false,
    logLevel: 'warning',
    metafile: true,
  };
}

/** The package a bare import names: `zod/mini` → zod, `@scope/pkg/x` → @scope/pkg. */
function packageOf(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/**
 * The packages of `dependencies` a bundle `require`s (node built-ins and esbuild's own
 * `<runtime>` are no packages), each at the version installed here (node_modules, as
 * package-lock.json pins it): what the tests ran against.
 */
export function runtimeDependencies(meta: Metafile, dependencies: string[]): Record<string, string> {
  const names = new Set<string>();
  for (const input of Object.values(meta.inputs)) {
    for (const imported of input.imports) {
      if (imported.external && dependencies.includes(packageOf(imported.path))) names.add(packageOf(imported.path));
    }
  }
  const versions: Record<string, string> = {};
  for (const name of [...names].sort()) {
    versions[name] = JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules', name, 'package.json'), 'utf8')).version;
  }
  return versions;
}

export async function buildFunctions(outRoot = path.join(ROOT, 'dist-cloud')): Promise<string[]> {
  const rc = JSON.parse(fs.readFileSync(path.join(ROOT, 'cloudbaserc.json'), 'utf8'));
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const built: string[] = [];
  for (const fn of rc.functions as { name: string }[]) {
    const outDir = path.join(outRoot, fn.name);
    fs.rmSync(outDir, { recursive: true, force: true });
    const dependencies = Object.keys(pkg.dependencies);
    const result = await build(bundleOptions(fn.name, path.join(outDir, 'index.js'), dependencies));
    const manifest = {
      name: fn.name,
      version: pkg.version,
      private: true,
      main: 'index.js',
      dependencies: runtimeDependencies(result.metafile as Metafile, dependencies),
    };
    fs.writeFileSync(path.join(outDir, 'package.json'), JSON.stringify(manifest, null, 2) + '\n');
    const config = functionConfig(fn.name, openApiPermissions(bundledSources(result.metafile as Metafile)));
    fs.writeFileSync(path.join(outDir, 'config.json'), JSON.stringify(config, null, 2) + '\n');
    built.push(outDir);
  }
  return built;
}

if (process.argv[1] && path.resolve(process.argv[1]) === __filename) {
  buildFunctions().then(
    (dirs) => {
      console.log(`[gongying] built ${dirs.length} cloud functions into ${path.relative(ROOT, path.dirname(dirs[0]))}/; open APIs (config.json permissions.openapi):`);
      for (const dir of dirs) {
        const { openapi } = JSON.parse(fs.readFileSync(path.join(dir, 'config.json'), 'utf8')).permissions;
        if (openapi.length) console.log(`  ${path.basename(dir)}: ${openapi.join(', ')}`);
      }
    },
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
}
