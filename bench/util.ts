/** Small measuring helpers: benchmarks print figures, they assert nothing. */
export async function timeIt<T>(fn: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  const start = process.hrtime.bigint();
  const value = await fn();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, value };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Runs `total` tasks with at most `concurrency` in flight. */
export async function pool(total: number, concurrency: number, task: (i: number) => Promise<unknown>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < total) await task(next++);
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
}

export function row(label: string, value: string): void {
  console.log(`  ${label.padEnd(58, ' ')} ${value}`);
}

export const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

/**
 * Lets the event loop turn after a long synchronous write straight into the store: the
 * local cloud's server closes keep-alive sockets idle for 5 s, and a request sent before
 * its overdue timers ran would go out on a socket about to close (ECONNRESET).
 */
export const afterSyncWrites = () => new Promise<void>((resolve) => setTimeout(resolve, 100));
