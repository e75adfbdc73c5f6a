/**
 * How a script reaches the local cloud's data: through the local cloud when one is
 * running on PORT (default 8787), since it holds the database open; otherwise the
 * script opens the data dir (DATA_DIR, default .data) itself. A cloud still seeding
 * (/health 503) is waited for rather than opened beside.
 */
export async function runningLocalCloud(env: NodeJS.ProcessEnv = process.env, waitMs = 120_000): Promise<string | null> {
  const url = `http://127.0.0.1:${env.PORT ?? 8787}`;
  const deadline = Date.now() + waitMs;
  for (;;) {
    const health = await fetch(`${url}/health`).catch(() => null);
    if (!health) return null;
    if (health.ok) return url;
    if (health.status !== 503 || Date.now() > deadline) throw new Error(`the local cloud at ${url} answers /health with ${health.status}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}
