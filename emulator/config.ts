import path from 'path';

/** The local cloud's settings, from the environment, validated in one place. */
export interface LocalCloudConfig {
  host: '127.0.0.1';
  port: number;
  dataDir: string;
  seed: 'demo' | 'none';
  /** The h5 build served at `/`. */
  h5Dir: string;
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
  return {
    host: '127.0.0.1',
    port,
    dataDir: path.resolve(env.DATA_DIR ?? path.join(ROOT, '.data')),
    seed,
    h5Dir: path.join(ROOT, 'dist-h5'),
  };
}
