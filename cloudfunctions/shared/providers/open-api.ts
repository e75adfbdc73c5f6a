/**
 * A WeChat open API called through CloudBase's 云调用 (`callWxOpenApi` /
 * `callCompatibleWxOpenApi`). A function may call it only if its config.json lists
 * `permission` in `permissions.openapi`.
 *
 * The one list: every module that makes such a call exports `OPEN_APIS` (a record of
 * these) and names the API at the call site through it. `npm run build:functions`
 * writes each function's `dist-cloud/<name>/config.json` from the `OPEN_APIS` of the
 * modules its bundle includes; tests/functions/open-api-permissions.test.ts checks the
 * bundles' calls against those files.
 */
export interface OpenApi {
  /** The name config.json declares (WeChat's 云调用 name), e.g. `subscribeMessage.send`. */
  readonly permission: string;
  /** What the call passes as `apiName`: the HTTPS path (callWxOpenApi) or the 云调用 name (callCompatibleWxOpenApi). */
  readonly apiName: string;
}

/** The export name the build looks for in each bundled module. */
export const OPEN_APIS_EXPORT = 'OPEN_APIS';

/** The permissions `OPEN_APIS` records ask for, sorted and without repeats. */
export function permissionsOf(...declarations: Record<string, OpenApi>[]): string[] {
  return [...new Set(declarations.flatMap((d) => Object.values(d).map((api) => api.permission)))].sort();
}
