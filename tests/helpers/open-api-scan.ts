/**
 * Reads open-API calls out of bundled cloud functions and source files, independently of
 * the build (which writes config.json from the metafile's modules): here the evidence is
 * the text of the bundle itself.
 */
import fs from 'fs';
import path from 'path';
import type { OpenApi } from '@shared/providers/open-api';

export const ROOT = path.resolve(__dirname, '../..');
const FUNCTIONS = path.join(ROOT, 'cloudfunctions');

/** HTTPS API paths of WeChat's server APIs (what callWxOpenApi takes as apiName). */
const API_PATH = /["'`](\/(?:wxa|wxaapi|cgi-bin|datacube|shop|product|intp|xpay|sns|union|channels|tcb)\/[A-Za-z0-9_/]+)["'`]/g;
/** 云调用 names (what callCompatibleWxOpenApi and config.json take), by WeChat's namespaces. */
const CLOUD_CALL_NAME =
  /["'`]((?:wxacode|subscribeMessage|security|phonenumber|urlscheme|urllink|shortlink|customerServiceMessage|uniformMessage|templateMessage|updatableMessage|ocr|img|logistics|immediateDelivery|wxa|analysis|auth|search|serviceMarket|soter|nearbyPoi|operation|redpacketcover|genericLink)\.[A-Za-z]+(?:\.[A-Za-z]+)*)["'`]/g;
/** A call through CloudBase's open-API bridge, in source (TypeScript) or bundle. */
export const OPEN_API_CALL = /\b(?:callWxOpenApi|callCompatibleWxOpenApi)\s*\(|\bcloud\.openapi\b/;

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : walk(full);
    return /\.ts$/.test(entry.name) ? [full] : [];
  });
}

export function functionSources(): string[] {
  return walk(FUNCTIONS);
}

/** Every OPEN_APIS record in cloudfunctions/, by file. */
export function declaredOpenApis(): Map<string, Record<string, OpenApi>> {
  const found = new Map<string, Record<string, OpenApi>>();
  for (const file of functionSources()) {
    if (!/export const OPEN_APIS\b/.test(fs.readFileSync(file, 'utf8'))) continue;
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    found.set(file, require(file).OPEN_APIS);
  }
  return found;
}

/** The open-API names (paths or 云调用 names) written anywhere in a piece of code. */
export function apiNamesIn(code: string): string[] {
  const names = new Set<string>();
  for (const pattern of [API_PATH, CLOUD_CALL_NAME]) {
    for (const match of code.matchAll(pattern)) names.add(match[1]);
  }
  return [...names].sort();
}

export interface PermissionProblems {
  /** API names in the bundle that no OPEN_APIS declares. */
  undeclared: string[];
  /** Permissions the bundle's calls need that config.json does not list. */
  missing: string[];
  /** Permissions config.json lists that nothing in the bundle calls. */
  unused: string[];
}

/**
 * Checks one bundle against its config.json: every API name written in the bundle must be
 * declared by some OPEN_APIS (by apiName or permission), and the permissions so named must
 * be exactly those config.json lists.
 */
export function checkBundle(code: string, config: { permissions?: { openapi?: string[] } }, catalogue: OpenApi[]): PermissionProblems {
  const byName = new Map<string, string>();
  for (const api of catalogue) {
    byName.set(api.apiName, api.permission);
    byName.set(api.permission, api.permission);
  }
  const names = apiNamesIn(code);
  const undeclared = names.filter((name) => !byName.has(name));
  const needed = new Set(names.flatMap((name) => (byName.has(name) ? [byName.get(name) as string] : [])));
  const listed = new Set(config.permissions?.openapi ?? []);
  return {
    undeclared,
    missing: [...needed].filter((p) => !listed.has(p)).sort(),
    unused: [...listed].filter((p) => !needed.has(p)).sort(),
  };
}
