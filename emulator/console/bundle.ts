import path from 'path';
import { build } from 'esbuild';

const ENTRY = path.join(__dirname, 'client', 'main.tsx');

let bundled: Promise<string> | undefined;

/**
 * The console's React app, bundled by esbuild in memory on first request (about a
 * quarter of a second) and kept for the life of the process: nothing is written to
 * the repository, and `npm start` needs no extra step. A failed build is retried on
 * the next request.
 */
export function consoleBundle(): Promise<string> {
  bundled ??= build({
    entryPoints: [ENTRY],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    jsx: 'automatic',
    minify: true,
    sourcemap: false,
    legalComments: 'none',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  }).then(
    (result) => result.outputFiles[0].text,
    (err) => {
      bundled = undefined;
      throw err;
    },
  );
  return bundled;
}
