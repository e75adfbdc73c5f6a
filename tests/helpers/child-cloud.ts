import net from 'net';
import path from 'path';
import { spawn, ChildProcess } from 'child_process';

const ROOT = path.resolve(__dirname, '../..');

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Runs the local cloud as its own process (`node --import tsx emulator/main.ts`, as
 * `npm start` does) and waits for /health. Node itself runs the server (the tsx CLI
 * would put a second process in between), so a kill reaches the server.
 */
export async function spawnLocalCloud(env: { PORT: number; DATA_DIR: string; SEED: 'demo' | 'none' }): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'emulator', 'main.ts')], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(env.PORT), DATA_DIR: env.DATA_DIR, SEED: env.SEED },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the local cloud exited early:\n${output}`);
    try {
      const res = await fetch(`http://127.0.0.1:${env.PORT}/health`);
      if (res.ok) return child;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  child.kill('SIGKILL');
  throw new Error(`the local cloud did not become healthy:\n${output}`);
}

export function waitForExit(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => (child.exitCode !== null || child.signalCode ? resolve() : child.once('exit', () => resolve())));
}
