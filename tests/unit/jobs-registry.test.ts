import fs from 'fs';
import path from 'path';
import { JOBS } from '../../cloudfunctions/tick/jobs';
import { JOB_BUDGET_MS, JOB_FUNCTION_TIMEOUT_MS } from '../../cloudfunctions/shared/runtime/jobs';

interface Spec {
  name: string;
  timeout: number;
  triggers?: { name: string; type: string; config: string }[];
}
const ROOT = path.resolve(__dirname, '../..');
const specs = JSON.parse(fs.readFileSync(path.join(ROOT, 'cloudbaserc.json'), 'utf8')).functions as Spec[];
const timers = specs.flatMap((s) => (s.triggers ?? []).filter((t) => t.type === 'timer').map((t) => ({ fn: s, trigger: t })));

describe('one job runner', () => {
  it('every timer in cloudbaserc.json is a registered job with the same cron, and every job has its timer', () => {
    const registered = new Map(JOBS.map((j) => [j.name, j]));
    for (const { fn, trigger } of timers) {
      expect(trigger.name).toBe(fn.name);
      expect(registered.get(trigger.name)?.cron).toBe(trigger.config);
    }
    expect(timers.map((t) => t.trigger.name).sort()).toEqual([...registered.keys()].sort());
    expect(new Set(JOBS.map((j) => j.name)).size).toBe(JOBS.length);
  });

  it('each timer function runs its own job.ts and nothing else (small bundles)', () => {
    for (const job of JOBS) {
      const index = fs.readFileSync(path.join(ROOT, 'cloudfunctions', job.name, 'index.ts'), 'utf8');
      expect(index).toMatch(/createTimerMain\(job\)/);
      expect([...index.matchAll(/from '([^']+)'/g)].map((m) => m[1]).sort()).toEqual(['../shared/runtime/timer', './job']);
    }
  });

  it('each job budget ends well before its function times out, tick included', () => {
    const fns = [...timers.map((t) => t.fn), specs.find((s) => s.name === 'tick')!];
    expect(fns.at(-1)).toBeDefined();
    for (const fn of fns) {
      expect(fn.timeout * 1000).toBe(JOB_FUNCTION_TIMEOUT_MS);
      expect(fn.timeout * 1000 - JOB_BUDGET_MS).toBeGreaterThanOrEqual(10_000);
    }
  });
});
