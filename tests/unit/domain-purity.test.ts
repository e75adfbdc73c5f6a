import fs from 'fs';
import path from 'path';

/**
 * The domain layer is pure rules: no SDK, no clock, no randomness, no I/O, and it
 * depends on nothing outside itself. The wire contract (`shared/api`) may use domain
 * types; a domain rule never imports the contract, the runtime, a provider or a package.
 */
const DOMAIN = path.resolve(__dirname, '../../cloudfunctions/shared/domain');
const FORBIDDEN = [
  /wx-server-sdk/,
  /Date\.now\(\)/,
  /new Date\(\)/,
  /Math\.random\(\)/,
];

/** Every module a source text names: static and type imports, re-exports, require() and import(). */
function specifiers(text: string): string[] {
  const found: string[] = [];
  const patterns = [/\b(?:import|export)\b[^'";]*?\bfrom\s*['"]([^'"]+)['"]/g, /\bimport\s*['"]([^'"]+)['"]/g, /\b(?:require|import)\s*\(\s*['"]([^'"]+)['"]\s*\)/g];
  for (const pattern of patterns) for (const match of text.matchAll(pattern)) found.push(match[1]);
  return found;
}

/** Where a specifier of a domain file points, when it leaves the domain folder; null when it stays inside. */
function outsideDomain(specifier: string): string | null {
  if (!specifier.startsWith('.')) return specifier; // a package or a Node built-in
  const target = path.resolve(DOMAIN, specifier);
  return path.relative(DOMAIN, target).startsWith('..') ? path.relative(path.dirname(DOMAIN), target) : null;
}

describe('domain rules', () => {
  const files = fs.readdirSync(DOMAIN).filter((f) => f.endsWith('.ts'));

  it('exist', () => expect(files.length).toBeGreaterThan(0));

  it.each(files)('%s reads no clock or randomness', (file) => {
    const text = fs.readFileSync(path.join(DOMAIN, file), 'utf8');
    for (const pattern of FORBIDDEN) expect(text).not.toMatch(pattern);
  });

  it.each(files)('%s imports only other domain rules (no wire contract, runtime, provider, SDK or I/O)', (file) => {
    const text = fs.readFileSync(path.join(DOMAIN, file), 'utf8');
    expect(specifiers(text).map(outsideDomain).filter(Boolean)).toEqual([]);
  });
});

describe('the domain import check', () => {
  it('catches the wire contract, the runtime, providers and SDKs in every import form', () => {
    const text = [
      "import type { Tier } from '../api';",
      "import { Fen } from '../api/member';",
      "export type { PostStatus } from '../api/community';",
      "export * from '../runtime/db';",
      "import pay from '../providers/payment';",
      "import cloud from '@cloudbase/node-sdk';",
      "const fs = require('fs');",
      "const later = import('crypto');",
      "import 'http';",
    ].join('\n');
    expect(specifiers(text).map(outsideDomain)).toEqual([
      'api',
      'api/member',
      'api/community',
      'runtime/db',
      'providers/payment',
      '@cloudbase/node-sdk',
      'http',
      'fs',
      'crypto',
    ]);
  });

  it('lets a rule import another rule', () => {
    const text = "import type { Fen } from './money';\nexport { tierAtLeast } from './poll';";
    expect(specifiers(text).map(outsideDomain)).toEqual([null, null]);
  });
});
