import fs from 'fs';
import path from 'path';
import { NODE_TARGET } from '../../scripts/build-functions';

/**
 * The functions run on 云函数 1.0 (Node 18.15) and on 2.0 (a newer Node): their
 * code may use only what Node 18 has and what newer Node still has.
 */
const ROOT = path.resolve(__dirname, '../../cloudfunctions');
const NEWER_THAN_18: [RegExp, string][] = [
  [/\.toSorted\(|\.toReversed\(|\.toSpliced\(/, 'change-array-by-copy (Node 20)'],
  [/Object\.groupBy|Map\.groupBy/, 'groupBy (Node 21)'],
  [/Promise\.withResolvers/, 'Promise.withResolvers (Node 22)'],
  [/Array\.fromAsync/, 'Array.fromAsync (Node 22)'],
  [/require\(['"]node:sqlite['"]\)|from ['"]node:sqlite['"]/, 'node:sqlite (Node 22)'],
];
const REMOVED_LATER: [RegExp, string][] = [
  [/crypto\.createCipher\(|crypto\.createDecipher\(|\bcreateCipher\(|\bcreateDecipher\(/, 'createCipher (removed in Node 22)'],
  [/new Buffer\(/, 'new Buffer (deprecated)'],
  [/process\.binding\(/, 'process.binding (deprecated)'],
  [/require\(['"]punycode['"]\)/, 'punycode module (deprecated)'],
];

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? sources(p) : e.name.endsWith('.ts') ? [p] : [];
  });
}

describe('functions build for a runtime-independent Node target', () => {
  it('targets the floor of both runtimes', () => expect(NODE_TARGET).toBe('node18'));

  it.each(sources(ROOT).map((f) => [path.relative(ROOT, f), f]))('%s uses no API outside Node 18 … current', (_, file) => {
    const text = fs.readFileSync(file, 'utf8');
    for (const [pattern, what] of [...NEWER_THAN_18, ...REMOVED_LATER]) {
      if (pattern.test(text)) throw new Error(`${what} in ${file}`);
    }
  });
});
