import path from 'path';

/** The local cloud's settings, from the environment, validated in one place. */
export interface LocalCloudConfig {
  host: '127.0.0.1';
  port: number;
  dataDir: string;
  seed: 'demo' | 'none';
  /** The demo seed also writes six weeks of past records for 数据看板 and rolls them up (SEED_HISTORY=1; `npm start` turns it on unless SEED_HISTORY=0). */
  history: boolean;
  /** The h5 build served at `/` (H5_DIR, default dist-h5). */
  h5Dir: string;
  /** How long the local image check takes to answer (GONGYING_MEDIA_CHECK_DELAY_MS, default 300). */
  mediaCheckDelayMs: number;
}

export const ROOT = path.resolve(__dirname, '..');

export function readLocalCloudConfig(env: NodeJS.ProcessEnv = process.env): LocalCloudConfig {
  const port = Number(env.PORT ?? 8787);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be a port number, got "${env.PORT}"`);
  }
  const seed = env.SEED ?? 'demo';
  if (seed !== 'demo' && seed !== 'none') {
    throw new Error(`SEED must be "demo" or "none", got "${seed}"`);
  }
  const mediaCheckDelayMs = Number(env.GONGYING_MEDIA_CHECK_DELAY_MS ?? 300);
  if (!Number.isFinite(mediaCheckDelayMs) || mediaCheckDelayMs < 0) {
    throw new Error(`GONGYING_MEDIA_CHECK_DELAY_MS must be a number of ms >= 0, got "${env.GONGYING_MEDIA_CHECK_DELAY_MS}"`);
  }
  return {
    host: '127.0.0.1',
    port,
    dataDir: path.resolve(env.DATA_DIR ?? path.join(ROOT, '.data')),
    seed,
    history: env.SEED_HISTORY === '1',
    h5Dir: path.resolve(ROOT, env.H5_DIR || 'dist-h5'),
    mediaCheckDelayMs,
  };
}
