/**
 * Bundles each cloud function (as cloudbaserc.json lists them) into a deployable
 * folder dist-cloud/<name>/ with index.js, package.json and config.json. The CloudBase
 * SDK stays a dependency installed by CloudBase (installDependency), not inlined.
 * config.json's `permissions.openapi` (the open APIs the function may call through
 * 云调用) is generated: the union of the `OPEN_APIS` exported by the modules the
 * bundle includes (cloudfunctions/shared/providers/open-api.ts). Other keys of a
 * hand-written cloudfunctions/<name>/config.json are kept.
 */
import fs from 'fs';
import path from 'path';
import { build, type Metafile } from 'esbuild';
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
const DECLARES_OPEN_APIS = new RegExp(`export const ${OPEN_APIS_EXPORT}\\b`);

/** The source files (absolute) whose code is in the bundle, tree-shaken ones left out. */
function bundledSources(meta: Metafile): string[] {
  const [output] = Object.values(meta.outputs);
  return Object.entries(output.inputs)
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

export async function buildFunctions(outRoot = path.join(ROOT, 'dist-cloud')): Promise<string[]> {
  const rc = JSON.parse(fs.readFileSync(path.join(ROOT, 'cloudbaserc.json'), 'utf8'));
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const built: string[] = [];
  for (const fn of rc.functions as { name: string }[]) {
    const outDir = path.join(outRoot, fn.name);
    fs.rmSync(outDir, { recursive: true, force: true });
    const result = await build({
      entryPoints: [path.join(ROOT, 'cloudfunctions', fn.name, 'index.ts')],
      outfile: path.join(outDir, 'index.js'),
      bundle: true,
      platform: 'node',
      target: NODE_TARGET,
      format: 'cjs',
      external: ['@cloudbase/node-sdk'],
      logLevel: 'warning',
      metafile: true,
    });
    const manifest = {
      name: fn.name,
      version: pkg.version,
      private: true,
      main: 'index.js',
      dependencies: { '@cloudbase/node-sdk': pkg.dependencies['@cloudbase/node-sdk'] },
    };
    fs.writeFileSync(path.join(outDir, 'package.json'), JSON.stringify(manifest, null, 2) + '\n');
    const config = functionConfig(fn.name, openApiPermissions(bundledSources(result.metafile)));
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
