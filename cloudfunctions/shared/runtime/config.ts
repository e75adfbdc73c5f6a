/**
 * Runtime configuration, read and validated in one place.
 * In CloudBase nothing needs setting: the SDK finds the current environment.
 * Locally the emulator sets GONGYING_SERVICE_URL so the same SDK talks to it.
 */
export interface RuntimeConfig {
  /** CloudBase environment id; undefined means "the environment this function runs in". */
  envId?: string;
  /** Local only: the emulator's database endpoint (http://127.0.0.1:PORT/admin). */
  serviceUrl?: string;
  /** Request timeout of the database SDK, ms. */
  timeoutMs: number;
}

export function readRuntimeConfig(env: NodeJS.ProcessEnv = process.env): RuntimeConfig {
  const timeoutMs = Number(env.GONGYING_DB_TIMEOUT_MS ?? 15000);
  if (!Number.isFinite(timeoutMs) || timeoutMs <= 0) {
    throw new Error(`GONGYING_DB_TIMEOUT_MS must be a positive number, got "${env.GONGYING_DB_TIMEOUT_MS}"`);
  }
  const serviceUrl = env.GONGYING_SERVICE_URL || undefined;
  if (serviceUrl && !/^http:\/\/(127\.0\.0\.1|localhost)(:\d+)?\//.test(serviceUrl)) {
    throw new Error(`GONGYING_SERVICE_URL is for the local cloud only (http://127.0.0.1:PORT/admin), got "${serviceUrl}"`);
  }
  return { envId: env.TCB_ENV || undefined, serviceUrl, timeoutMs };
}
