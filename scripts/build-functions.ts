/**
 * Bundles each cloud function (as cloudbaserc.json lists them) into a deployable
 * folder dist-cloud/<name>/ with index.js and package.json. The CloudBase SDK stays
 * a dependency installed by CloudBase (installDependency), not inlined.
 */
import fs from 'fs';
import path from 'path';
import { build } from 'esbuild';

const ROOT = path.resolve(__dirname, '..');

export async function buildFunctions(outRoot = path.join(ROOT, 'dist-cloud')): Promise<string[]> {
  const rc = JSON.parse(fs.readFileSync(path.join(ROOT, 'cloudbaserc.json'), 'utf8'));
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const built: string[] = [];
  for (const fn of rc.functions as { name: string }[]) {
    const outDir = path.join(outRoot, fn.name);
    fs.rmSync(outDir, { recursive: true, force: true });
    await build({
      entryPoints: [path.join(ROOT, 'cloudfunctions', fn.name, 'index.ts')],
      outfile: path.join(outDir, 'index.js'),
      bundle: true,
      platform: 'node',
      target: 'node18',
      format: 'cjs',
      external: ['@cloudbase/node-sdk'],
      logLevel: 'warning',
    });
    const manifest = {
      name: fn.name,
      version: pkg.version,
      private: true,
      main: 'index.js',
      dependencies: { '@cloudbase/node-sdk': pkg.dependencies['@cloudbase/node-sdk'] },
    };
    fs.writeFileSync(path.join(outDir, 'package.json'), JSON.stringify(manifest, null, 2) + '\n');
    const permissions = path.join(ROOT, 'cloudfunctions', fn.name, 'config.json');
    if (fs.existsSync(permissions)) fs.copyFileSync(permissions, path.join(outDir, 'config.json'));
    built.push(outDir);
  }
  return built;
}

if (process.argv[1] && path.resolve(process.argv[1]) === __filename) {
  buildFunctions().then(
    (dirs) => console.log(`[gongying] built ${dirs.length} cloud functions into ${path.relative(ROOT, path.dirname(dirs[0]))}/`),
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
}
